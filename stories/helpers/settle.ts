import { expect, waitFor } from 'storybook/test';

/**
 * Waits until every DataMed widget of a story has left its loading state, so the accessibility
 * check that follows the story judges the final rendering, not the skeleton. Framed widgets say
 * so with `aria-busy` on their body; frameless ones (the search box) with `data-state`.
 */
export async function settleAll(canvasElement: HTMLElement): Promise<void> {
  const widgets = [...canvasElement.querySelectorAll<HTMLElement>('*')].filter((el) =>
    el.tagName.startsWith('DATAMED-'),
  );
  await waitFor(
    () => {
      for (const el of widgets) {
        const state = el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');
        if (state) expect(state).not.toBe('loading');
        else expect(el.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy')).toBe('false');
      }
    },
    { timeout: 5_000 },
  );
}

/** Asserts that the widgets of a story show their loading skeleton. */
export async function expectLoading(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<HTMLElement>('[substance]')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('.skeleton')).toBeTruthy());
}

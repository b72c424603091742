import { expect, waitFor } from 'storybook/test';

/** Every DataMed widget of a story, and the widgets nested in them (the charts of a profile). */
function widgets(canvasElement: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (!el.tagName.startsWith('DATAMED-')) continue;
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(canvasElement);
  return found;
}

/**
 * Waits until every widget of a story has left its loading state and drawn its chart, so the
 * accessibility check that follows the story judges the final rendering, not the skeleton. Framed
 * widgets say so with `aria-busy` on their body; frameless ones (the search box) with `data-state`.
 */
export async function settleAll(canvasElement: HTMLElement): Promise<void> {
  await waitFor(
    () => {
      // Nested widgets appear once the outer one has loaded: look again each time.
      for (const el of widgets(canvasElement)) {
        const root = el.shadowRoot;
        const state = root?.querySelector('[data-state]')?.getAttribute('data-state');
        if (state) expect(state).not.toBe('loading');
        else expect(root?.querySelector('.body')?.getAttribute('aria-busy')).toBe('false');
        const area = root?.querySelector('.chart-area');
        if (area) expect(area.querySelector('svg.chart-svg')).toBeTruthy();
      }
    },
    { timeout: 8_000 },
  );
}

/** Asserts that the widgets of a story show their loading skeleton. */
export async function expectLoading(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<HTMLElement>('[substance]')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('.skeleton')).toBeTruthy());
}

/**
 * Default play of the widgets' stories: everything settles; a story fed by an edge-case fixture
 * (`source: '/mock/fixture/…'`) must show that data, not an error.
 */
export async function settleStory({
  canvasElement,
  args,
}: {
  canvasElement: HTMLElement;
  args: { source?: string };
}): Promise<void> {
  await settleAll(canvasElement);
  if (!args.source?.startsWith('/mock/fixture/')) return;
  for (const el of widgets(canvasElement))
    expect(el.shadowRoot?.querySelector('.state--error')?.textContent ?? '', el.tagName).toBe('');
}

/** A widget whose data never arrives: its loading skeleton (spread into a `state:loading` story). */
export const LOADING = {
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => expectLoading(canvasElement),
};

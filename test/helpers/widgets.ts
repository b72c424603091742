import { waitUntil } from '@open-wc/testing';

/** Waits until a widget has left its loading state (its body no longer busy). */
export async function settled(el: HTMLElement, timeout = 5_000): Promise<void> {
  await waitUntil(
    () => {
      const body = el.shadowRoot?.querySelector('.body');
      return !!body && body.getAttribute('aria-busy') === 'false';
    },
    `${el.tagName.toLowerCase()} did not settle`,
    { timeout },
  );
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** The visible text of a widget's shadow root, whitespace collapsed. */
export function textOf(el: HTMLElement, selector = '.frame'): string {
  const node = el.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function q<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null {
  return el.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function qa<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

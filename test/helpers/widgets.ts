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

/** Mounts a chart building block in a box of the given width, gives it data, waits for the drawing. */
export async function mountChart<
  T extends HTMLElement & { data?: unknown; updateComplete: Promise<unknown> },
>(tag: string, width: number, data: unknown): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  const el = document.createElement(tag) as T;
  wrapper.append(el);
  el.data = data;
  await el.updateComplete;
  // The ResizeObserver measures the width, then the chart draws.
  await waitUntil(() => q(el, 'svg.chart-svg') || q(el, '.state'), `${tag} was not drawn`);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > div[style*="width"]')) el.remove();
});

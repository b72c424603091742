import { fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

/** Waits until a widget has left its loading state (its body no longer busy). */
export async function settled(el: HTMLElement, timeout = 5_000): Promise<void> {
  await waitUntil(
    () => {
      const body = el.shadowRoot?.querySelector('.body');
      return !!body && body.getAttribute('aria-busy') === 'false';
    },
    `${el.tagName.toLowerCase()} did not settle`,
    { timeout, interval: 5 },
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

/** Every element matching `selector` in a widget and the widgets nested in it (shadow roots included). */
export function deepAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const out: T[] = [];
  const visit = (node: Element | ShadowRoot) => {
    out.push(...node.querySelectorAll<T>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return out;
}

/** The text of a widget and of every widget nested in it, whitespace collapsed. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(el.shadowRoot ?? el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until a widget and the charts inside it have loaded and drawn. */
export async function drawn(el: HTMLElement, timeout = 8_000): Promise<void> {
  await settled(el, timeout);
  await waitUntil(
    () => deepAll(el, '.chart-area').every((area) => area.querySelector('svg.chart-svg')),
    `${el.tagName.toLowerCase()}: charts not drawn`,
    { timeout, interval: 5 },
  );
}

/**
 * Mounts a widget inside a page element that records the `event`s bubbling out of it (the listener
 * is there before the widget is). Returns the widget and the events, in order.
 */
export async function mountRecording<T extends HTMLElement>(
  widget: TemplateResult,
  event: string,
): Promise<{ el: T; events: CustomEvent[] }> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const events: CustomEvent[] = [];
  page.addEventListener(event, (e) => events.push(e as CustomEvent));
  render(widget, page);
  return { el: page.firstElementChild as T, events };
}

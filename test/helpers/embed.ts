import { waitUntil } from '@open-wc/testing';
import { settled } from './widgets.js';

/** An iframe on `embed.html?<query>`, loaded, its widget (or message) shown and settled. */
export async function embed(
  query: string,
  height = 300,
): Promise<{ iframe: HTMLIFrameElement; doc: Document }> {
  const PAGE = '/src/embed/embed.html';
  const iframe = document.createElement('iframe');
  iframe.title = 'embed';
  iframe.height = String(height);
  iframe.style.width = '600px';
  iframe.style.border = '0';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = `${PAGE}?${query}`;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.querySelector('main')?.firstElementChild, 'nothing shown', { timeout: 10_000 });
  const widget = doc.querySelector('main')!.firstElementChild as HTMLElement;
  if (widget.tagName.startsWith('DATAMED-')) await settled(widget, 10_000);
  return { iframe, doc };
}

/**
 * `embed-host.js`: optional, for the page that embeds widgets through `embed.html` in iframes.
 * It makes each such iframe as tall as its content, so it never scrolls inside the page:
 *
 * ```html
 * <iframe src="https://cdn.jsdelivr.net/npm/datamed-widgets/dist/cdn/embed.html?widget=key-figure&substance=paracetamol"
 *         title="Chiffres clés : paracétamol" width="100%" height="320" style="border:0" loading="lazy"></iframe>
 * <script type="module" src="https://cdn.jsdelivr.net/npm/datamed-widgets/dist/cdn/embed-host.js"></script>
 * ```
 *
 * Every iframe whose address is an `embed.html` is handled, present or added later. Messages are
 * accepted only from that iframe's window and origin and only in the shape of protocol.ts.
 * Without this script the iframe keeps its own height and scrolls.
 */
import { HELLO, isResize, VERSION, type HelloMessage } from './protocol.js';

const handled = new WeakSet<HTMLIFrameElement>();

/** The origin an iframe's embed page runs at, if the iframe shows an `embed.html`. */
function embedOrigin(iframe: HTMLIFrameElement): string | undefined {
  try {
    const url = new URL(iframe.src, document.baseURI);
    return /\/embed\.html$/.test(url.pathname) && /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Starts resizing one iframe; returns false when it is not an embed. */
export function attach(iframe: HTMLIFrameElement): boolean {
  if (handled.has(iframe) || !embedOrigin(iframe)) return false;
  handled.add(iframe);
  const hello = () => {
    const origin = embedOrigin(iframe);
    const hello: HelloMessage = { type: HELLO, version: VERSION };
    if (origin) iframe.contentWindow?.postMessage(hello, origin);
  };
  iframe.addEventListener('load', hello);
  // Already loaded before this script ran: say hello now (lost harmlessly if it is still loading).
  hello();
  return true;
}

function onMessage(event: MessageEvent): void {
  if (!isResize(event.data)) return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (!handled.has(iframe) || iframe.contentWindow !== event.source) continue;
    if (embedOrigin(iframe) !== event.origin) return;
    // Through the CSSOM: allowed by a strict Content-Security-Policy.
    iframe.style.height = `${event.data.height}px`;
    return;
  }
}

/** Handles every embed iframe of the page, now and as they are added. Idempotent. */
export function start(): void {
  const w = window as { __datamedEmbedHost?: boolean };
  if (w.__datamedEmbedHost) return;
  w.__datamedEmbedHost = true;
  window.addEventListener('message', onMessage);
  const scan = () => document.querySelectorAll('iframe').forEach(attach);
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
}

start();

/**
 * The script of `embed.html`: shows one widget, full width, from the query string
 * (`embed.html?widget=ae-profile&substance=paracetamol&lang=en&theme=dsfr`), and reports its height
 * to a host page that asks for it (see protocol.ts and embed-host.ts).
 *
 * Only the widgets and attributes of params.ts are accepted; values are set with `setAttribute`,
 * never parsed as HTML. A page the server pre-rendered (src/ssr/embed-page.ts) already holds the
 * widget: that element is kept and takes its server HTML over. Each widget's code loads on demand: the page fetches only what it shows.
 */
import { isHello, RESIZE, VERSION, type ResizeMessage } from './protocol.js';
import { EMBED_WIDGETS, parseEmbedParams, type EmbedWidget } from './params.js';
import { loadLanguage, translator } from '../i18n/messages.js';
import { embed } from '../i18n/messages/embed.js';

const t = translator(embed);

const LOADERS: Record<EmbedWidget, () => Promise<unknown>> = {
  'ae-profile': () => import('../components/ae-profile/ae-profile.js'),
  'key-figure': () => import('../components/key-figure/key-figure.js'),
  'med-errors': () => import('../components/med-errors/med-errors.js'),
  'shortage-timeline': () => import('../components/shortage-timeline/shortage-timeline.js'),
  'shortage-overview': () => import('../components/shortage-overview/shortage-overview.js'),
};

/** Puts the requested widget (or a message saying why there is none) into `container`. */
export async function mountEmbed(search: string, container: HTMLElement): Promise<HTMLElement> {
  const request = parseEmbedParams(search);
  const doc = container.ownerDocument;
  if (!request) {
    const message = doc.createElement('p');
    message.className = 'datamed-embed-error';
    message.setAttribute('role', 'alert');
    const lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'fr';
    await loadLanguage(lang).catch(() => undefined); // without the English chunk: French
    message.textContent = t(lang, 'embedUnknownWidget', { widgets: Object.keys(EMBED_WIDGETS).join(', ') });
    container.replaceChildren(message);
    return message;
  }
  if (request.rejected.length)
    console.warn(`datamed embed: ignored parameter(s) ${request.rejected.join(', ')} (unknown or invalid)`);
  const lang = request.attributes.find(([name]) => name === 'lang')?.[1];
  if (lang) doc.documentElement.lang = lang;
  await LOADERS[request.widget]();
  // Pre-rendered by the server (src/ssr/embed-page.ts): the widget is there, drawn, its data in the
  // page. Kept: it takes its server HTML over itself, without fetching (base-element.ts).
  const rendered = container.firstElementChild;
  if (container.childElementCount === 1 && rendered?.localName === request.tag && rendered.shadowRoot) {
    for (const [name, value] of request.attributes)
      if (rendered.getAttribute(name) !== value) rendered.setAttribute(name, value);
    return rendered as HTMLElement;
  }
  const element = doc.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  container.replaceChildren(element);
  return element;
}

/**
 * Answers a host page's hello (from the parent window only) by sending the page's height to that
 * origin, now and whenever it changes. Returns a function that stops it.
 */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let origin: string | undefined;
  let last = -1;
  const send = () => {
    if (!origin) return;
    // Until the widget (or the message saying why there is none) is in the page, the body is only
    // its padding: the iframe keeps the height the host gave it rather than shrinking to 8 px.
    const main = win.document.querySelector('main[data-datamed-embed]');
    if (main && main.getBoundingClientRect().height === 0) return;
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE, version: VERSION, height };
    win.parent.postMessage(message, origin);
  };
  const observer = new ResizeObserver(send);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || !isHello(event.data) || event.origin === 'null') return;
    origin = event.origin;
    last = -1;
    observer.observe(win.document.body);
    send();
  };
  win.addEventListener('message', onMessage);
  return () => {
    win.removeEventListener('message', onMessage);
    observer.disconnect();
  };
}

const main = document.querySelector<HTMLElement>('main[data-datamed-embed]');
if (main) {
  reportHeight();
  void mountEmbed(location.search, main);
}

/**
 * Which language a widget speaks: its own `lang` attribute, else the nearest ancestor's (crossing
 * shadow roots), else the document's, else French. Only French and English are supported; any other
 * language falls back to French, the reference language of the data.
 */
import type { Localized } from '../data/contract.js';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export const DEFAULT_LANG: Lang = 'fr';

/** `en-GB` → `en`, `FR` → `fr`, anything else → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/**
 * The page's language on the server (src/ssr/), where an element has no ancestors to read it from:
 * the elements nested in a server-rendered widget speak it.
 */
let serverPageLang: Lang = DEFAULT_LANG;
export function setServerPageLang(lang: Lang): void {
  serverPageLang = lang;
}

/** The language of an element, read from the DOM (see the module comment). */
export function resolveLang(element: Element): Lang {
  if (typeof document === 'undefined')
    return element.hasAttribute('lang')
      ? (toLang(element.getAttribute('lang')) ?? DEFAULT_LANG)
      : serverPageLang;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = toLang(node.getAttribute('lang'));
      // An explicit but unsupported language (e.g. "de") stops the walk: we answer in French.
      return lang ?? DEFAULT_LANG;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

/** The text of a localized value in a language, falling back to French. */
export function pick(lang: Lang, text: Localized | string | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.fr;
}

/**
 * One MutationObserver for the whole page, however many widgets: any `lang` attribute change
 * anywhere in the document re-renders the registered widgets (Storybook's language toolbar,
 * a site's language switcher).
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}

/** "Source :" in French (no-break space before the colon), "Source:" in English. */
export function withColon(lang: Lang, label: string): string {
  return lang === 'fr' ? `${label}\u00a0:` : `${label}:`;
}

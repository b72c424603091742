/**
 * A widget without a `theme` attribute on a page built with the DSFR (the State design system)
 * takes the DSFR theme, light or dark as the page's display settings say: otherwise it would keep
 * the ANSM font and colours beside Marianne. The DSFR is recognised by the attributes its script
 * sets on <html> (`data-fr-theme`, `data-fr-scheme`) or by its CSS variables. The result goes into
 * the host's `data-datamed-page` attribute, which the theme's rules read only when `theme` is absent.
 */
const hosts = new Set<HTMLElement>();
const ATTRIBUTE = 'data-datamed-page';
let page: string | null | undefined;

/** `dsfr`, `dsfr dark`, `dsfr auto` (the DSFR follows the system), or null off the DSFR. */
export function detectPageTheme(root: HTMLElement = document.documentElement): string | null {
  // The DSFR's script writes the resolved setting in data-fr-theme; data-fr-scheme is the choice.
  const mode = root.getAttribute('data-fr-theme') ?? root.getAttribute('data-fr-scheme');
  if (mode === null && !getComputedStyle(root).getPropertyValue('--background-default-grey')) return null;
  return mode === 'dark' ? 'dsfr dark' : mode === 'system' ? 'dsfr auto' : 'dsfr';
}

const apply = (host: HTMLElement) =>
  page ? host.setAttribute(ATTRIBUTE, page) : host.removeAttribute(ATTRIBUTE);

function refresh(): void {
  page = detectPageTheme();
  hosts.forEach(apply);
}

/** Starts following the page's theme for `host`; returns what stops it. */
export function followPageTheme(host: HTMLElement): () => void {
  if (page === undefined) {
    refresh();
    // Display settings changed by the reader; a style sheet that arrives after the widgets.
    new MutationObserver(refresh).observe(document.documentElement, {
      attributeFilter: ['data-fr-theme', 'data-fr-scheme'],
    });
    if (document.readyState !== 'complete') addEventListener('load', refresh, { once: true });
  }
  hosts.add(host);
  apply(host);
  return () => hosts.delete(host);
}

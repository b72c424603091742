/**
 * The list of the site's pages: which page types exist, where each lives. French under `fr/`,
 * English under `en/`, the same paths below.
 */
import type { Lang } from '../i18n/locale.js';
import type { SiteTree } from './tree.js';

/** The pages rendered from the data, one of each per language (and per substance, product, class). */
export type RenderedPageType =
  | 'home'
  | 'substance'
  | 'product'
  | 'shortages'
  | 'atc'
  | 'all-medicines'
  | 'about'
  | 'substances-az'
  | 'products-az';

/** Every file of the site that is a page or a page-like file. */
export type PageType = RenderedPageType | 'redirect' | 'not-found' | 'sitemap' | 'robots';

/** One page to render. */
export interface PagePlan {
  type: RenderedPageType;
  lang: Lang;
  /** The page's path from the site's root, e.g. `fr/substances/paracetamol.html`. */
  path: string;
  /** The substance code, CIS or ATC letter of the page, for the types that have one. */
  key?: string;
}

/** A file the site build wrote, for tests and reports. */
export interface SitePage {
  type: PageType;
  /** Path from the site's root (`fr/index.html`, `sitemap.xml`). */
  path: string;
  lang?: Lang;
  key?: string;
}

/** The path of a page below its language folder (`substances/paracetamol.html`). */
export function pagePath(type: RenderedPageType, key = ''): string {
  switch (type) {
    case 'home':
      return 'index.html';
    case 'substance':
      return `substances/${key}.html`;
    case 'product':
      return `products/${key}.html`;
    case 'shortages':
      return 'shortages/index.html';
    case 'atc':
      return `shortages/atc-${key}.html`;
    case 'all-medicines':
      return 'all-medicines.html';
    case 'about':
      return 'about.html';
    case 'substances-az':
      return 'substances/index.html';
    case 'products-az':
      return 'products/index.html';
  }
}

/** The path of a page in a language (`fr/substances/paracetamol.html`). */
export const langPath = (lang: Lang, type: RenderedPageType, key?: string): string =>
  `${lang}/${pagePath(type, key)}`;

/** The same page in another language. */
export const otherLangPath = (path: string, lang: Lang): string =>
  `${lang}/${path.slice(path.indexOf('/') + 1)}`;

/** Every page of the site for a tree, in each language. */
export function planPages(tree: SiteTree, langs: readonly Lang[]): PagePlan[] {
  const keyed: [RenderedPageType, string?][] = [['home'], ['about'], ['substances-az']];
  if (tree.provenance.allMedicines) keyed.push(['all-medicines']);
  if (tree.products.length) keyed.push(['products-az']);
  if (tree.provenance.shortages) {
    keyed.push(['shortages']);
    for (const atc of tree.atcClasses) keyed.push(['atc', atc.code]);
  }
  for (const substance of tree.substances) keyed.push(['substance', substance.code]);
  for (const product of tree.products) if (product.hasPage) keyed.push(['product', product.cis]);
  return langs.flatMap((lang) =>
    keyed.map(([type, key]) => ({ type, lang, path: langPath(lang, type, key), ...(key ? { key } : {}) })),
  );
}

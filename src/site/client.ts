/**
 * The site's own script (the library's bundle does the rest): choosing a substance or a product in
 * `<datamed-substance-search>` opens its page. A product without a page of its own (see
 * docs/site.md) opens its first substance's. Pages work without it: the A–Z lists are the search.
 *
 * The search element carries two addresses relative to the page: `data-site-pages`, the folder of
 * the pages in the page's language, and `data-product-pages`, the JSON list of the CIS codes
 * that have a page.
 */
import type { ProductSelectDetail, SubstanceSelectDetail } from '../events.js';

let productPages: Promise<Set<string>> | undefined;

function pagesWithProduct(url: string): Promise<Set<string>> {
  productPages ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((list) => new Set(list))
    .catch(() => new Set<string>());
  return productPages;
}

async function pageOf(search: HTMLElement, detail: Partial<SubstanceSelectDetail & ProductSelectDetail>) {
  const folder = search.dataset.sitePages ?? '';
  if (detail.cis) {
    const withPage = await pagesWithProduct(search.dataset.productPages ?? '');
    if (withPage.has(detail.cis)) return `${folder}products/${detail.cis}.html`;
    const code = detail.product?.substances[0];
    return code ? `${folder}substances/${code}.html` : undefined;
  }
  return detail.code ? `${folder}substances/${detail.code}.html` : undefined;
}

document.addEventListener('datamed-select', (event) => {
  const search = event.target;
  if (!(search instanceof HTMLElement) || search.localName !== 'datamed-substance-search') return;
  if (search.dataset.sitePages === undefined) return;
  event.preventDefault();
  void pageOf(
    search,
    (event as CustomEvent).detail as Partial<SubstanceSelectDetail & ProductSelectDetail>,
  ).then((page) => {
    if (page) window.location.assign(new URL(page, window.location.href).href);
  });
});

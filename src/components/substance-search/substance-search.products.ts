/**
 * What products add to the search box: the options of two kinds, and how a choice drives the
 * elements named by `for` — a product element gets the product's `cis`, a substance element its
 * `substance`; a product chosen for an element that only knows substances shows its first
 * substance; a substance chosen for a product-only element leaves it as it is.
 */
import type { ProductHit } from '../../data/product-match.js';
import type { SearchHit } from './substance-search.model.js';

export type SearchOption = { kind: 'substance'; hit: SearchHit } | { kind: 'product'; hit: ProductHit };

/** Elements that show a product from its `cis` only. */
const PRODUCT_ONLY = new Set(['datamed-product', 'datamed-availability']);
/** Elements that take either a `substance` or a product's `cis` (which wins). */
const EITHER = new Set(['datamed-med-errors', 'datamed-shortage-timeline', 'datamed-key-figure']);

export type Choice = { substance: string } | { cis: string; substances: readonly string[] };

/** Applies a choice to one element named by `for`; false when that element cannot show it. */
export function drive(target: Element, choice: Choice): boolean {
  const tag = target.localName;
  if ('substance' in choice) {
    if (PRODUCT_ONLY.has(tag)) return false;
    if (EITHER.has(tag)) target.removeAttribute('cis');
    target.setAttribute('substance', choice.substance);
    return true;
  }
  if (PRODUCT_ONLY.has(tag) || EITHER.has(tag)) {
    target.setAttribute('cis', choice.cis);
    return true;
  }
  const first = choice.substances[0];
  if (!first) return false;
  target.setAttribute('substance', first);
  return true;
}

/** The few words said beside a product whose availability a patient needs to know at once. */
export function productNote(hit: ProductHit): 'searchProductShortage' | 'searchProductRisk' | undefined {
  const status = hit.product.availability;
  return status === 'rupture' ? 'searchProductShortage' : status === 'risk' ? 'searchProductRisk' : undefined;
}

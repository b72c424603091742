/**
 * The CIS code of a widget's `cis` attribute, checked without loading anything: the widgets that
 * may show a product (key figures, medication errors, the shortage widgets) load the product code
 * (products.ts and its validator) on demand, only when a page gives them a `cis`.
 */
import { CIS_PATTERN, type Localized, type ShortagesFile } from './contract.js';
import { DatamedError } from './errors.js';

/** Refuses what cannot be a CIS code (8 digits): a `config` error naming the `cis` attribute. */
export function checkCis(cis: string): string {
  const code = cis.trim();
  if (!CIS_PATTERN.test(code)) {
    throw new DatamedError('config', `"${cis.slice(0, 60)}" is not a CIS code`, {
      field: 'cis',
      found: cis.slice(0, 60),
    });
  }
  return code;
}

/** The product's name of a shortages file made from a product file (products.ts sets it). */
export const productNames = new WeakMap<ShortagesFile, Localized>();

export function productNameOf(file: ShortagesFile | undefined): Localized | undefined {
  return file && productNames.get(file);
}

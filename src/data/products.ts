/**
 * Products (spécialités), by their CIS code: a static tree's `products/{cis}.json`, validated and
 * with the privacy threshold applied again (treated patients, medication errors), or what a source
 * adapter answers (`SourceAdapter.product`). The shortage scope `cis` is the product's own
 * declarations, from that same file: one request serves the availability, the product page and
 * the timeline of a product.
 */
import { SCHEMA_IDS, TREE, type ProductFile, type ShortagesFile } from './contract.js';
import { checkCis, productNames } from './cis.js';
import { getConfig } from './config.js';
import { protectProduct } from './privacy.js';
import { fetchFile, getClient, resolveSource, unsupported } from './sources.js';
import { validateProduct } from './validate-product.js';

/** The product of a widget's `source` and `cis` attributes, privacy rule applied. */
export function loadProduct(
  attribute: string | null | undefined,
  cis: string,
  signal?: AbortSignal,
): Promise<ProductFile> {
  let code: string;
  try {
    code = checkCis(cis);
  } catch (error) {
    return Promise.reject(error);
  }
  const source = resolveSource(attribute);
  const threshold = getConfig().threshold;
  if (source.kind === 'adapter') {
    const answer = source.adapter.product?.(getClient(), source.url, code, threshold, signal);
    return answer ? answer.then((file) => protectProduct(file, threshold)) : unsupported(source, 'products');
  }
  return fetchFile(
    source.url,
    TREE.product(code),
    `product@${threshold}`,
    (json, label) => protectProduct(validateProduct(json, label), threshold),
    signal,
  );
}

/** A product's shortage declarations as a shortages file (the `cis` scope of the shortage widgets). */
export async function loadProductShortages(
  attribute: string | null | undefined,
  cis: string,
  signal?: AbortSignal,
): Promise<ShortagesFile> {
  const file = await loadProduct(attribute, cis, signal);
  return productShortages(file);
}

// One shortages file per product file: the timeline models are cached by file (shortage-element.ts).
const asShortages = new WeakMap<ProductFile, ShortagesFile>();

/** A product's declarations as a shortages file (the same object for the same product file). */
export function productShortages(file: ProductFile): ShortagesFile {
  let out = asShortages.get(file);
  if (!out) {
    out = { schema: SCHEMA_IDS.shortages, provenance: file.provenance, declarations: file.shortages ?? [] };
    asShortages.set(file, out);
    productNames.set(out, file.product.name);
  }
  return out;
}

/**
 * The products (spécialités) the search box lists. A static tree keeps them in
 * `products-index.json`, apart from `index.json`, so that a page that only looks up substances never
 * downloads them; `index.json` says whether that file exists (`productCount`). A tree built before
 * that file existed lists them in `index.json` itself (`products`): they are taken from there, with
 * no further request. A source adapter supplies them with `SourceAdapter.products`.
 */
import { TREE, type IndexFile, type IndexProduct } from './contract.js';
import { fetchFile, getClient, loadIndex, resolveSource } from './sources.js';
import { validateProductsIndex } from './validate.js';

/**
 * The products of `index`'s source when no request is needed to know them — the index's own
 * (an older tree), or none (a tree without products, an adapter without a list) — else undefined:
 * they must be loaded (`loadProductIndex`).
 */
export function productsAtHand(
  attribute: string | null | undefined,
  index: IndexFile,
): readonly IndexProduct[] | undefined {
  if (index.products) return index.products;
  const source = resolveSource(attribute);
  if (source.kind === 'adapter') return source.adapter.products ? undefined : [];
  return index.productCount ? undefined : [];
}

/**
 * Every product of a widget's `source`, for search: from `products-index.json` on a static tree
 * (fetched only when `index.json` counts products), from `index.json` on an older tree, or from the
 * source adapter. The index is read first (one request per page, shared through the client's cache).
 */
export async function loadProductIndex(
  attribute: string | null | undefined,
  signal?: AbortSignal,
): Promise<readonly IndexProduct[]> {
  const index = await loadIndex(attribute, signal);
  const atHand = productsAtHand(attribute, index);
  if (atHand) return atHand;
  const source = resolveSource(attribute);
  if (source.kind === 'adapter') return source.adapter.products!(getClient(), source.url, signal);
  const file = await fetchFile(
    source.url,
    TREE.productsIndex,
    'products-index',
    validateProductsIndex,
    signal,
  );
  return file.products;
}

/**
 * Matching typed text against the products (spécialités) of the index, for the search box: every
 * word typed must begin a word of the product's name (or of one of its other names), in any order,
 * case and accents ignored — "doliprane 1000" and "1000 doli" both find « DOLIPRANE 1000 mg,
 * comprimé ». Folded once per product index; pure: no DOM.
 */
import type { IndexProduct } from './contract.js';
import { bestFirst, fold, foldedNames, type Folded } from './substance-match.js';

export interface ProductSearchEntry {
  product: IndexProduct;
  name: string;
  folded: Folded;
  aliases: { text: string; folded: Folded }[];
}

export interface ProductHit {
  product: IndexProduct;
  /** Display name of the product. */
  name: string;
  /** Parts of the name that match the query, [start, end) in the name. */
  nameRanges: [number, number][];
  /** The other name that matched, when the name itself did not. */
  alias?: { text: string; ranges: [number, number][] };
}

/** The searchable products of a product index. */
export function productEntries(products: readonly IndexProduct[]): ProductSearchEntry[] {
  return products.map((product) => ({ product, ...foldedNames(product) }));
}

const BOUNDARY = /[\s(\-'/,.+]/;

/** Where each query word begins a word of `text` (the first such place), or undefined if one does not. */
function wordStarts(text: string, words: string[]): number[] | undefined {
  const at: number[] = [];
  for (const word of words) {
    let i = text.indexOf(word);
    while (i >= 0 && i > 0 && !BOUNDARY.test(text[i - 1]!)) i = text.indexOf(word, i + 1);
    if (i < 0) return undefined;
    at.push(i);
  }
  return at;
}

function ranges(f: Folded, starts: number[], words: string[]): [number, number][] {
  return starts.map((s, k) => [f.from[s]!, f.from[s + words[k]!.length]!]);
}

/**
 * Products whose name (else an alias) has every word of the query at the start of one of its
 * words, best first: the name beginning with the first word typed, then other names, then aliases;
 * ties: shorter name, then alphabetical.
 */
export function searchProducts(
  entries: ProductSearchEntry[],
  query: string,
  limit: number,
): { hits: ProductHit[]; total: number } {
  const words = fold(query).text.split(' ').filter(Boolean);
  if (!words.length) return { hits: [], total: 0 };
  const scored: { hit: ProductHit; score: number }[] = [];
  for (const e of entries) {
    const own = wordStarts(e.folded.text, words);
    if (own) {
      scored.push({
        score: own[0] === 0 ? 0 : 1,
        hit: { product: e.product, name: e.name, nameRanges: ranges(e.folded, own, words) },
      });
      continue;
    }
    for (const alias of e.aliases) {
      const at = wordStarts(alias.folded.text, words);
      if (at) {
        scored.push({
          score: 2,
          hit: {
            product: e.product,
            name: e.name,
            nameRanges: [],
            alias: { text: alias.text, ranges: ranges(alias.folded, at, words) },
          },
        });
        break;
      }
    }
  }
  return bestFirst(scored, limit);
}

/**
 * Links shortage declarations to products (CIS codes of the public medicines database). The
 * shortage export names a product in free text: the database's name ("DOLIPRANE 1000 mg,
 * comprimé"), the same with its presentation ("…, gélule, boite de 30"), its brand and dosage
 * ("ZIAGEN 300 mg") or its brand alone ("MABTHERA"). In order:
 * 1. cis: the declaration gives its CIS codes (a producer that has them; the availability file);
 * 2. exact: the same words and numbers, whatever the case, accents, spaces and punctuation;
 * 3. presentation: a product's full name followed by a comma and more ("…, boite de 30");
 * 4. name-and-dosage: the same words before the first comma (brand and dosage), the form telling
 *    products apart when it can;
 * 5. brand: a bare brand (no number, no comma) names every product of that brand, when there are
 *    at most `MAX_BRAND_PRODUCTS` of them (more is a generic name, not a brand).
 * Pure: no Node APIs.
 */
import { foldText } from '../data/vocabulary.js';

export type ProductLinkMethod = 'cis' | 'exact' | 'presentation' | 'name-and-dosage' | 'brand';
export const PRODUCT_LINK_METHODS: readonly ProductLinkMethod[] = [
  'cis',
  'exact',
  'presentation',
  'name-and-dosage',
  'brand',
];

/** More products than this under one bare name: a common name, not a brand, so no link. */
export const MAX_BRAND_PRODUCTS = 20;

export interface ProductLink {
  cis: string[];
  method: ProductLinkMethod;
}

/** Words and numbers of a name, commas kept as tokens: "DOLIPRANE 1000mg, comprimé" → doliprane 1000 mg , comprime. */
export function productTokens(name: string): string[] {
  return foldText(name)
    .replace(/(\d),(\d)/g, '$1.$2') // a decimal comma is no separator: 12,5 mg and 12.5 mg
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/,/g, ' , ')
    .split(/[^a-z0-9,]+/)
    .filter(Boolean);
}

function push(map: Map<string, string[]>, key: string, cis: string): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(cis);
  else map.set(key, [cis]);
}

const headOf = (tokens: string[]) => {
  const comma = tokens.indexOf(',');
  return comma < 0 ? tokens : tokens.slice(0, comma);
};

export class ProductLinker {
  private readonly full = new Map<string, string[]>();
  private readonly head = new Map<string, string[]>();
  private readonly forms = new Map<string, string>();
  private readonly brand = new Map<string, string[]>();
  private readonly cache = new Map<string, ProductLink | undefined>();

  /** @param products CIS code → the database's name */
  constructor(products: Iterable<[string, string]>) {
    for (const [cis, name] of [...products].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const tokens = productTokens(name);
      push(this.full, tokens.join(' '), cis);
      const head = headOf(tokens);
      push(this.head, head.join(' '), cis);
      this.forms.set(cis, tokens.slice(head.length + 1).join(' '));
      const firstNumber = head.findIndex((t) => /^\d/.test(t));
      push(this.brand, (firstNumber < 0 ? head : head.slice(0, firstNumber)).join(' '), cis);
    }
  }

  /** The products a declaration's product text names, or undefined. */
  link(product: string): ProductLink | undefined {
    const text = product.trim();
    if (!text) return undefined;
    if (this.cache.has(text)) return this.cache.get(text);
    const found = this.find(productTokens(text));
    this.cache.set(text, found);
    return found;
  }

  private find(tokens: string[]): ProductLink | undefined {
    const exact = this.full.get(tokens.join(' '));
    if (exact) return { cis: exact, method: 'exact' };
    for (let i = tokens.length - 1; i > 0; i--) {
      if (tokens[i] !== ',') continue;
      const prefix = this.full.get(tokens.slice(0, i).join(' '));
      if (prefix) return { cis: prefix, method: 'presentation' };
    }
    const head = headOf(tokens);
    // The longest start of the head that is a product's brand and dosage: "NEURONTIN 800 mg
    // comprimé pelliculé" (no comma) names "NEURONTIN 800 mg, comprimé pelliculé".
    const firstNumber = head.findIndex((t) => /^\d/.test(t));
    for (let end = head.length; firstNumber >= 0 && end > firstNumber; end--) {
      const sameHead = this.head.get(head.slice(0, end).join(' '));
      if (!sameHead) continue;
      const rest = tokens.slice(end).filter((t) => t !== ',');
      return { cis: this.sameForm(sameHead, rest.join(' ')), method: 'name-and-dosage' };
    }
    if (tokens.some((t) => t === ',' || /^\d/.test(t))) return undefined;
    const brand = this.brand.get(tokens.join(' '));
    if (brand && brand.length <= MAX_BRAND_PRODUCTS) return { cis: brand, method: 'brand' };
    return undefined;
  }

  /** Among products of the same brand and dosage, those of the declaration's form, if any. */
  private sameForm(candidates: string[], form: string): string[] {
    if (!form || candidates.length < 2) return candidates;
    const same = candidates.filter((cis) => {
      const own = this.forms.get(cis)!;
      return own && (form.startsWith(own) || own.startsWith(form));
    });
    return same.length ? same : candidates;
  }
}

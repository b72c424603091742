/**
 * Scopes of shortage declarations that have no file of their own: one product, one ATC class.
 * The static tree holds one file per substance and one with everything; these scopes are cut from
 * the latter in the browser (a server-side source may answer them directly).
 */
import { ATC_PATTERN, type ShortageDeclaration } from './contract.js';
import { DatamedError } from './errors.js';
import { foldText } from './vocabulary.js';

/** Upper-cased ATC code or prefix ("j01" → "J01"); undefined when it cannot be one. */
export function normaliseAtc(atc: string): string | undefined {
  const code = atc.replace(/\s+/g, '').toUpperCase();
  return ATC_PATTERN.test(code) ? code : undefined;
}

/** The ATC code of a widget's `atc` attribute, or a configuration error naming the field. */
export function checkAtc(atc: string): string {
  const code = normaliseAtc(atc);
  if (!code) {
    throw new DatamedError('config', `"${atc.slice(0, 60)}" is not an ATC code`, {
      field: 'atc',
      found: atc.slice(0, 60),
    });
  }
  return code;
}

function productText(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
}

/**
 * Declarations of a product and / or an ATC class (code or prefix: `J01` is every antibacterial).
 * A product matches by its name or the beginning of it, case and accents ignored, up to a word
 * boundary: `DOLIPRANE` matches every Doliprane presentation, `DOLI` none.
 */
export function declarationsInScope(
  declarations: readonly ShortageDeclaration[],
  scope: { product?: string | undefined; atc?: string | undefined },
): ShortageDeclaration[] {
  const product = scope.product?.trim() ? productText(scope.product) : '';
  const atc = scope.atc ? checkAtc(scope.atc) : '';
  if (!product && !atc) return [...declarations];
  return declarations.filter((d) => {
    if (atc && !(d.atc ?? '').toUpperCase().startsWith(atc)) return false;
    if (product) {
      const name = productText(d.product);
      if (!name.startsWith(product)) return false;
      const next = name.charAt(product.length);
      if (next && /[\p{L}\p{N}]/u.test(next)) return false;
    }
    return true;
  });
}

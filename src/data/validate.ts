/**
 * Checks a parsed payload against the data contract and returns it typed, or throws a
 * `DatamedError('invalid' | 'schema')` naming the file and the first offending field.
 *
 * Hand-written rather than a JSON Schema engine: schema engines compile to `new Function`, which a
 * strict Content-Security-Policy forbids, and they weigh more than the whole widget. The JSON Schemas
 * in `schemas/` say the same thing; `test/node/schemas.test.ts` keeps the two in agreement.
 * Unknown extra fields are ignored (newer minor versions may add some); unknown codes are not.
 *
 * This file is the entry: the index and the provenance are checked here; the building blocks live
 * in `validate-checker.ts`, the adverse-effect and shortage files in their own modules.
 */
import {
  ATC_PATTERN,
  AVAILABILITY_STATUSES,
  CIS_PATTERN,
  CODE_PATTERN,
  SCHEMA_IDS,
  type IndexFile,
  type IndexProduct,
  type ProductsIndexFile,
  type Provenance,
} from './contract.js';
import { Checker, checkSchemaId, join, LIMITS } from './validate-checker.js';

export { LIMITS } from './validate-checker.js';
export { validateAdverseEffects } from './validate-adverse-effects.js';
export { validateShortages } from './validate-shortages.js';

/** The provenance a page gives a widget through `.data` (charts, key figures): checked like a file's. */
export function validateProvenance(payload: unknown, file = '.data'): Provenance {
  return new Checker(file).provenance(payload, 'provenance');
}

export function validateIndex(payload: unknown, file = 'index.json'): IndexFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.index);
  const c = new Checker(file);
  const seen = new Set<string>();
  const substances = c.array(o.substances, 'substances', LIMITS.substances).map((item, i) => {
    const p = `substances[${i}]`;
    const s = c.object(item, p);
    const code = c.req(s, 'code', p, (v, q) => c.pattern(v, q, CODE_PATTERN, 'code'));
    if (seen.has(code)) c.fail(join(p, 'code'), 'duplicate', undefined, code);
    seen.add(code);
    const aliases = c.opt(s, 'aliases', p, (v, q) => aliasesOf(c, v, q));
    const atc = c.opt(s, 'atc', p, (v, q) =>
      c.array(v, q, 50).map((a, j) => c.pattern(a, `${q}[${j}]`, ATC_PATTERN, 'ATC code')),
    );
    const bdpm = c.opt(s, 'bdpm', p, (v, q) =>
      c.array(v, q, 50).map((a, j) => c.pattern(a, `${q}[${j}]`, /^\d{1,10}$/, 'BDPM substance code')),
    );
    const d = c.req(s, 'datasets', p, (v, q) => c.object(v, q));
    const adverseEffects = c.opt(d, 'adverseEffects', `${p}.datasets`, (v, q) => c.boolean(v, q));
    const shortages = c.opt(d, 'shortages', `${p}.datasets`, (v, q) => c.boolean(v, q));
    return {
      code,
      name: c.req(s, 'name', p, (v, q) => c.localized(v, q)),
      ...(aliases ? { aliases } : {}),
      ...(atc ? { atc } : {}),
      ...(bdpm ? { bdpm } : {}),
      datasets: {
        ...(adverseEffects !== undefined ? { adverseEffects } : {}),
        ...(shortages !== undefined ? { shortages } : {}),
      },
    };
  });
  const productCount = c.opt(o, 'productCount', '', (v, p) => {
    const n = c.count(v, p);
    if (n > LIMITS.substances) c.fail(p, 'too-many', `≤ ${LIMITS.substances}`, n);
    return n;
  });
  // An older tree lists its products here (products-index.json did not exist yet).
  const products = c.opt(o, 'products', '', (v, p) => indexProducts(c, v, p));
  return {
    schema: SCHEMA_IDS.index,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    substances,
    ...(productCount !== undefined ? { productCount } : {}),
    ...(products ? { products } : {}),
  };
}

/** `products-index.json`: the products the search box lists. */
export function validateProductsIndex(payload: unknown, file = 'products-index.json'): ProductsIndexFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.productsIndex);
  const c = new Checker(file);
  return {
    schema: SCHEMA_IDS.productsIndex,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    products: c.req(o, 'products', '', (v, p) => indexProducts(c, v, p)),
  };
}

/** The index's products: unique CIS codes, names and aliases for search, our substance codes. */
function indexProducts(c: Checker, value: unknown, path: string): IndexProduct[] {
  const seen = new Set<string>();
  return c.array(value, path, LIMITS.substances).map((item, i) => {
    const p = `${path}[${i}]`;
    const s = c.object(item, p);
    const cis = c.req(s, 'cis', p, (v, q) => c.pattern(v, q, CIS_PATTERN, 'CIS code'));
    if (seen.has(cis)) c.fail(join(p, 'cis'), 'duplicate', undefined, cis);
    seen.add(cis);
    const aliases = c.opt(s, 'aliases', p, (v, q) => aliasesOf(c, v, q));
    const availability = c.opt(s, 'availability', p, (v, q) => c.oneOf(v, q, AVAILABILITY_STATUSES));
    return {
      cis,
      name: c.req(s, 'name', p, (v, q) => c.localized(v, q)),
      substances: c.req(s, 'substances', p, (v, q) =>
        c.array(v, q, 200).map((a, j) => c.pattern(a, `${q}[${j}]`, CODE_PATTERN, 'code')),
      ),
      ...(aliases ? { aliases } : {}),
      ...(availability ? { availability } : {}),
    };
  });
}

/** Other names for search, cleaned like every name. */
function aliasesOf(c: Checker, value: unknown, path: string): string[] {
  return c.array(value, path, 200).map((a, j) => c.string(a, `${path}[${j}]`, 300));
}

/**
 * The DataMed GraphQL adapter's work (datamed-graphql-register.ts registers it): the answers of
 * DataMed's public API mapped onto the data contract, then validated and protected by the same functions as static files, so a widget
 * cannot tell the two apart.
 *
 * - `substance` may be a CODEX code, a slug or a name (datamed-resolve.ts).
 * - Adverse effects: `getSubstance` (datamed-map-substance.ts).
 * - Medication errors: DataMed counts them per product. They are a substance's only when it is
 *   sold in one product, of that substance alone; otherwise the file has none and the widget says so.
 * - Shortages: the closed declarations of the substance's products, from one product's
 *   `shortagesHistory` (it covers every product sharing the substance); a product's (`cis`): its
 *   own rows of its history. The API has no list of every declaration (`getGlobalShortages` gives
 *   yearly totals only).
 * - Products: `getSpeciality` (datamed-map-product.ts), listed for the search box from
 *   `getSpecialities` (`graphqlProducts`, at a reader's first search).
 * - All medicines: `getGlobalStatistics` (datamed-map-global.ts).
 */
import {
  CIS_PATTERN,
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type IndexFile,
  type IndexProduct,
  type ProductFile,
  type Provenance,
  type ShortageDeclaration,
  type ShortagesFile,
} from '../contract.js';
import type { JsonClient } from '../client.js';
import { DatamedError } from '../errors.js';
import { DEFAULT_THRESHOLD, protectAdverseEffects, protectProduct } from '../privacy.js';
import type { ShortageScope } from '../sources.js';
import { declarationsInScope } from '../shortages.js';
import {
  validateAdverseEffects,
  validateIndex,
  validateProductsIndex,
  validateShortages,
} from '../validate.js';
import { validateProduct } from '../validate-product.js';
import { globalStatisticsToContract } from './datamed-map-global.js';
import { specialityToProduct } from './datamed-map-product.js';
import { medicalErrorsToContract, shortagesToDeclarations } from './datamed-map-products.js';
import { substanceToContract } from './datamed-map-substance.js';
import {
  GLOBAL_STATISTICS_QUERY,
  PRODUCT_QUERY,
  SUBSTANCE_PRODUCTS_QUERY,
  SUBSTANCE_QUERY,
  type ApiGlobalStatistics,
  type ApiProduct,
  type ApiSubstance,
} from './datamed-queries.js';
import { postQuery, unwrap } from './datamed-request.js';
import { productList, resolveSubstanceCode, substanceList } from './datamed-resolve.js';

const SOURCE = { fr: 'ANSM (DataMed)', en: 'ANSM (DataMed)' };
const today = () => new Date().toISOString().slice(0, 10);
/** Provenance of an index or shortage file read from the API (threshold: DataMed's, and ours). */
const provenance = (): Provenance => ({
  source: SOURCE,
  sourceUrl: 'https://data.ansm.sante.fr/',
  generated: today(),
  threshold: DEFAULT_THRESHOLD,
  demo: false,
});

/** The index: the substances of `getSubstances` (the products come apart: `graphqlProducts`). */
export async function graphqlIndex(
  client: JsonClient,
  endpoint: string,
  signal?: AbortSignal,
): Promise<IndexFile> {
  const list = await substanceList(client, endpoint, signal);
  return validateIndex(
    {
      schema: SCHEMA_IDS.index,
      provenance: provenance(),
      substances: list.map((s) => ({
        code: s.code,
        name: { fr: s.name },
        datasets: { adverseEffects: true, shortages: true },
      })),
    },
    'getSubstances',
  );
}

/**
 * The products the search box lists, from `getSpecialities` (some 15,000 rows: asked for at a
 * reader's first search only), checked like `products-index.json`.
 */
export async function graphqlProducts(
  client: JsonClient,
  endpoint: string,
  signal?: AbortSignal,
): Promise<IndexProduct[]> {
  const specialities = await productList(client, endpoint, signal);
  // getSpecialities names no substances: a product's come with its own page (getSpeciality).
  const products: IndexProduct[] = specialities
    .filter((p) => CIS_PATTERN.test(p.code))
    .map((p) => ({ cis: p.code, name: { fr: p.name }, substances: [] }));
  return validateProductsIndex(
    { schema: SCHEMA_IDS.productsIndex, provenance: provenance(), products },
    'getSpecialities',
  ).products;
}

/** One root field of the API (`getSubstance`, `getSpeciality`…) with its one argument; null when absent. */
function getRoot<T>(
  client: JsonClient,
  endpoint: string,
  root: string,
  variables: Record<string, string>,
  query: string,
  signal?: AbortSignal,
): Promise<T | null> {
  const label = `${root}(${Object.values(variables).join(', ')})`;
  return postQuery(client, endpoint, {
    kind: 'gql',
    query,
    variables,
    label,
    signal,
    parse: (json) => {
      const found = unwrap<Record<string, unknown>>(json, label)[root];
      return found && typeof found === 'object' ? (found as T) : null;
    },
  });
}

/** `getSubstance(subCode)`, or a `not-found` error; `query` chooses the fields. */
async function getSubstance(
  client: JsonClient,
  endpoint: string,
  code: string,
  query: string,
  signal?: AbortSignal,
): Promise<ApiSubstance> {
  const found = await getRoot<ApiSubstance>(
    client,
    endpoint,
    'getSubstance',
    { subCode: code },
    query,
    signal,
  );
  if (!found) {
    const label = `getSubstance(${code})`;
    throw new DatamedError('not-found', `${label}: no such substance`, { url: label });
  }
  return found;
}

/** `getSpeciality(cisCode)`: one query for every use of a product, so they share one request. */
const getProduct = (client: JsonClient, endpoint: string, cis: string, signal?: AbortSignal) =>
  getRoot<ApiProduct>(client, endpoint, 'getSpeciality', { cisCode: cis }, PRODUCT_QUERY, signal);

/** A product that must exist: a CIS code, and the API's answer, or a `config` / `not-found` error. */
async function requireProduct(
  client: JsonClient,
  endpoint: string,
  cis: string,
  signal?: AbortSignal,
): Promise<{ cis: string; found: ApiProduct }> {
  const wanted = cis.trim();
  if (!CIS_PATTERN.test(wanted)) {
    throw new DatamedError('config', `"${wanted.slice(0, 60)}" is not a CIS code (8 digits)`, {
      field: 'cis',
      found: wanted.slice(0, 60),
    });
  }
  const found = await getProduct(client, endpoint, wanted, signal);
  if (!found) {
    const label = `getSpeciality(${wanted})`;
    throw new DatamedError('not-found', `${label}: no such product`, { url: label });
  }
  return { cis: wanted, found };
}

/** The CIS codes of a substance's products. */
function productCodes(s: ApiSubstance): string[] {
  return (s.retrievedSpecialities?.specialities ?? []).flatMap((p) =>
    typeof p?.code === 'string' ? [p.code] : [],
  );
}

export async function graphqlAdverseEffects(
  client: JsonClient,
  endpoint: string,
  substance: string,
  threshold: number,
  signal?: AbortSignal,
): Promise<AdverseEffectsFile> {
  const code = await resolveSubstanceCode(client, endpoint, substance, signal);
  const found = await getSubstance(client, endpoint, code, SUBSTANCE_QUERY, signal);
  const file = substanceToContract(found, code, today());
  const products = productCodes(found);
  if (products.length === 1) {
    const product = await getProduct(client, endpoint, products[0]!, signal);
    const only = product?.dosageSubstances?.length === 1 && product.dosageSubstances[0]?.code === code;
    const errors = only ? medicalErrorsToContract(product.medicalErrors) : undefined;
    if (errors) file.medicationErrors = errors;
  }
  const label = `getSubstance(${code})`;
  return protectAdverseEffects(validateAdverseEffects(file, label), threshold);
}

export async function graphqlShortages(
  client: JsonClient,
  endpoint: string,
  scope: ShortageScope,
  signal?: AbortSignal,
): Promise<ShortagesFile> {
  if (scope.atc) {
    throw new DatamedError('config', 'the DataMed API gives no ATC code per shortage declaration', {
      field: 'atc',
    });
  }
  if (scope.cis?.trim()) return productShortages(client, endpoint, scope.cis, signal);
  if (!scope.substance?.trim()) {
    throw new DatamedError(
      'config',
      'the DataMed API lists shortage declarations per substance or product only (getGlobalShortages ' +
        'gives yearly totals, not declarations): set substance or cis',
      { field: 'substance' },
    );
  }
  const code = await resolveSubstanceCode(client, endpoint, scope.substance, signal);
  const found = await getSubstance(client, endpoint, code, SUBSTANCE_PRODUCTS_QUERY, signal);
  const products = productCodes(found);
  const name = typeof found.name === 'string' ? found.name : code;
  const history = products.length ? await getProduct(client, endpoint, products[0]!, signal) : null;
  const declarations = shortagesToDeclarations(
    history?.shortagesHistory?.shortages,
    { code, name },
    new Set(products),
  );
  const file = shortagesFile(
    declarations,
    { substance: code },
    `getSpeciality(${products[0] ?? code}).shortagesHistory`,
  );
  return scope.product?.trim()
    ? { ...file, declarations: declarationsInScope(file.declarations, scope) }
    : file;
}

/** A validated shortage file of these declarations. */
const shortagesFile = (declarations: ShortageDeclaration[], scope: ShortagesFile['scope'], label: string) =>
  validateShortages(
    { schema: SCHEMA_IDS.shortages, provenance: provenance(), ...(scope ? { scope } : {}), declarations },
    label,
  );

/** A product's own declarations, from its page (the request is shared with the product file). */
async function productShortages(
  client: JsonClient,
  endpoint: string,
  cis: string,
  signal?: AbortSignal,
): Promise<ShortagesFile> {
  const { cis: code, found } = await requireProduct(client, endpoint, cis, signal);
  const name = typeof found.name === 'string' ? found.name : code;
  const declarations = shortagesToDeclarations(found.shortagesHistory?.shortages, { name }, new Set([code]));
  return shortagesFile(declarations, undefined, `getSpeciality(${code}).shortagesHistory`);
}

export async function graphqlProduct(
  client: JsonClient,
  endpoint: string,
  cis: string,
  threshold: number,
  signal?: AbortSignal,
): Promise<ProductFile> {
  const [{ cis: code, found }, list] = await Promise.all([
    requireProduct(client, endpoint, cis, signal),
    substanceList(client, endpoint, signal),
  ]);
  const known = new Set(list.map((s) => s.code));
  const label = `getSpeciality(${code})`;
  return protectProduct(validateProduct(specialityToProduct(found, code, known, today()), label), threshold);
}

export async function graphqlAllMedicines(
  client: JsonClient,
  endpoint: string,
  threshold: number,
  signal?: AbortSignal,
): Promise<AdverseEffectsFile> {
  const label = 'getGlobalStatistics';
  const found = await getRoot<ApiGlobalStatistics>(
    client,
    endpoint,
    label,
    {},
    GLOBAL_STATISTICS_QUERY,
    signal,
  );
  if (!found) throw new DatamedError('not-found', `${label}: no figures`, { url: label });
  const file = validateAdverseEffects(globalStatisticsToContract(found, today()), label);
  return protectAdverseEffects({ ...file, scope: 'all' }, threshold);
}

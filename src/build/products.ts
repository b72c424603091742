/**
 * The products (spécialités) of the tree, from the public medicines database: one
 * `products/{cis}.json` per CIS code of `CIS_bdpm.txt` (description, active substances with their
 * dosage, availability now, shortage declarations) and `products-index.json`. Products with no
 * declaration and no substance of ours are published too: the search finds them. The database has
 * no treated patients nor medication errors per product: those sections are left out (see
 * docs/data-contract.md, "Products"). Pure: no Node APIs.
 */
import {
  SCHEMA_IDS,
  type Availability,
  type AvailabilityStatus,
  type IndexProduct,
  type ProductFile,
  type Provenance,
  type ShortageDeclaration,
} from '../data/contract.js';
import type { BdpmAvailability, BdpmData } from './bdpm.js';
import { displayName } from './names.js';
import { PRODUCT_LINK_METHODS, ProductLinker, type ProductLinkMethod } from './product-linking.js';

export const BDPM_PRODUCT_URL = 'https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=';

/** What the build summary says of the products. */
export interface ProductSummary {
  products: number;
  /** Products with at least one of our substances, with a declaration, with an availability status. */
  withSubstance: number;
  withShortages: number;
  availability: Partial<Record<AvailabilityStatus, number>>;
  /** Declarations linked to at least one product, by method; and those linked to none. */
  linkedDeclarations: number;
  byMethod: Record<ProductLinkMethod, number>;
  unlinkedDeclarations: number;
}

/** The availability file's statuses, from the most pressing: the one a product shows. */
const STATUS_OF: Record<BdpmAvailability['status'], AvailabilityStatus> = {
  1: 'rupture',
  2: 'risk',
  3: 'discontinued',
  4: 'restored',
};
const PRIORITY: BdpmAvailability['status'][] = [1, 2, 4, 3];

/**
 * Links each declaration to the products it names (sets its `cis`, kept when it has one) and
 * counts how. The declarations are the tree's own objects: all.json and the substance files show
 * the same `cis`.
 */
export function linkDeclarationsToProducts(
  bdpm: BdpmData,
  declarations: ShortageDeclaration[],
): Pick<ProductSummary, 'linkedDeclarations' | 'byMethod' | 'unlinkedDeclarations'> {
  const linker = new ProductLinker([...bdpm.products].map(([cis, p]) => [cis, p.name]));
  const byMethod = Object.fromEntries(PRODUCT_LINK_METHODS.map((m) => [m, 0])) as Record<
    ProductLinkMethod,
    number
  >;
  let linked = 0;
  for (const d of declarations) {
    const known = d.cis?.filter((cis) => bdpm.products.has(cis));
    const link = known?.length ? { cis: known, method: 'cis' as const } : linker.link(d.product);
    if (!link) continue;
    d.cis = link.cis;
    linked++;
    byMethod[link.method]++;
  }
  return { linkedDeclarations: linked, byMethod, unlinkedDeclarations: declarations.length - linked };
}

/**
 * Code-point order of the names, then of the CIS codes: the products of one brand side by side,
 * which compression likes (the real product index: 396 KB gzip in CIS order, 276 KB by name), and
 * the same bytes on every machine (no locale).
 */
function byName(a: IndexProduct, b: IndexProduct): number {
  if (a.name.fr !== b.name.fr) return a.name.fr < b.name.fr ? -1 : 1;
  return a.cis < b.cis ? -1 : a.cis > b.cis ? 1 : 0;
}

/** The product files, one at a time, and the product index (ordered by name) with the summary at once. */
export function buildProducts(
  bdpm: BdpmData,
  declarations: ShortageDeclaration[],
  substanceCodeOf: (bdpmCode: string, name: string) => string | undefined,
  provenance: Provenance,
): {
  index: IndexProduct[];
  files: () => Generator<ProductFile>;
  summary: Omit<ProductSummary, 'linkedDeclarations' | 'byMethod' | 'unlinkedDeclarations'>;
} {
  const byCis = new Map<string, ShortageDeclaration[]>();
  for (const d of declarations)
    for (const cis of d.cis ?? []) {
      const list = byCis.get(cis);
      if (list) list.push(d);
      else byCis.set(cis, [d]);
    }
  const availability = availabilityByCis(bdpm);
  const summary = {
    products: 0,
    withSubstance: 0,
    withShortages: 0,
    availability: {} as ProductSummary['availability'],
  };
  const codes = (cis: string) =>
    bdpm
      .activeComponents(cis)
      .map((c) => ({ component: c, code: substanceCodeOf(c.code, bdpm.substanceNames.get(c.code)!) }));
  const ordered = [...bdpm.products.keys()].sort();
  const index: IndexProduct[] = ordered.map((cis) => {
    const product = bdpm.products.get(cis)!;
    const own = [...new Set(codes(cis).flatMap((c) => (c.code ? [c.code] : [])))];
    const status = availability?.(cis, product.marketed)?.status;
    summary.products++;
    if (own.length) summary.withSubstance++;
    if (byCis.has(cis)) summary.withShortages++;
    if (status) summary.availability[status] = (summary.availability[status] ?? 0) + 1;
    return { cis, name: { fr: product.name }, substances: own, ...(status ? { availability: status } : {}) };
  });
  index.sort(byName);
  function* files(): Generator<ProductFile> {
    for (const cis of ordered) {
      const p = bdpm.products.get(cis)!;
      const atc = atcOf(byCis.get(cis));
      const now = availability?.(cis, p.marketed);
      const shortages = [...(byCis.get(cis) ?? [])].sort((a, b) =>
        a.reported !== b.reported ? (a.reported < b.reported ? 1 : -1) : a.id < b.id ? 1 : -1,
      );
      yield {
        schema: SCHEMA_IDS.product,
        provenance,
        product: {
          cis,
          name: { fr: p.name },
          ...(p.form ? { form: { fr: p.form } } : {}),
          ...(p.routes ? { routes: p.routes } : {}),
          ...(p.holder ? { laboratory: p.holder } : {}),
          ...(atc ? { atc: { code: atc } } : {}),
          bdpmUrl: `${BDPM_PRODUCT_URL}${cis}`,
          ...(p.marketed !== undefined ? { marketed: p.marketed } : {}),
        },
        substances: codes(cis).map(({ component: c, code }) => ({
          ...(code ? { code } : {}),
          bdpm: c.code,
          name: { fr: displayName(bdpm.substanceNames.get(c.code)!) },
          ...(c.dosage ? { dosage: c.dosage } : {}),
          ...(c.reference ? { dosageReference: c.reference } : {}),
        })),
        ...(now ? { availability: now } : {}),
        ...(shortages.length ? { shortages } : {}),
      };
    }
  }
  return { index, files, summary };
}

/**
 * Availability now of a product, when the build has the availability file: its most pressing
 * status (rupture, risk, restored, discontinued), a line for the whole product or for one of its
 * presentations alike; `available` for a marketed product the file does not name, `not-marketed`
 * for one the database says is not marketed. `asOf`: the file's newest date.
 */
function availabilityByCis(
  bdpm: BdpmData,
): ((cis: string, marketed: boolean | undefined) => Availability | undefined) | undefined {
  const asOf = bdpm.latestDate();
  if (!bdpm.kinds.has('dispo') || !asOf) return undefined;
  const best = new Map<string, BdpmAvailability>();
  for (const a of bdpm.availability) {
    const known = best.get(a.cis);
    const rank = PRIORITY.indexOf(a.status);
    const knownRank = known ? PRIORITY.indexOf(known.status) : Infinity;
    if (rank < knownRank || (rank === knownRank && a.start > known!.start)) best.set(a.cis, a);
  }
  return (cis, marketed) => {
    const a = best.get(cis);
    if (!a) return { status: marketed === false ? 'not-marketed' : 'available', asOf };
    const restored = a.status === 4;
    return {
      status: STATUS_OF[a.status],
      since: restored && a.back ? a.back : a.start,
      ...(a.updated ? { updated: a.updated } : {}),
      ...(!restored && a.status !== 3 && a.back && a.back >= asOf ? { expectedReturn: a.back } : {}),
      ...(a.url ? { url: a.url } : {}),
      asOf,
    };
  };
}

/** The most specific ATC code the product's declarations give, the most frequent first. */
function atcOf(declarations: ShortageDeclaration[] | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const d of declarations ?? []) if (d.atc) counts.set(d.atc, (counts.get(d.atc) ?? 0) + 1);
  return [...counts].sort(
    (a, b) => b[0].length - a[0].length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  )[0]?.[0];
}

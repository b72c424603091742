/**
 * What the site needs to know of a data tree before it renders any page: the substances and
 * products that get pages, the ATC classes of the shortages, the latest declarations, the
 * provenance of the files (sources, periods, privacy threshold, demo flag). Plain data, so the
 * main thread reads it once and hands a copy to each worker.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  TREE,
  type AvailabilityStatus,
  type IndexFile,
  type ProductsIndexFile,
  type Localized,
  type ProductFile,
  type Provenance,
  type ShortageClassification,
  type ShortageDeclaration,
  type ShortagesFile,
} from '../data/contract.js';
import { ATC_LEVEL1 } from '../data/vocabulary.js';

export interface SiteSubstance {
  code: string;
  name: Localized;
  hasAdverseEffects: boolean;
  hasShortages: boolean;
}

export interface SiteProduct {
  cis: string;
  name: Localized;
  /** Our codes of its active substances. */
  substances: string[];
  availability?: AvailabilityStatus;
  /** Whether the product has a page of its own (see `productHasPage`). */
  hasPage: boolean;
}

export interface AtcCount {
  code: string;
  declarations: number;
  open: number;
}

/** An ATC anatomical main group (first level) with its shortage declarations. */
export interface AtcClass extends AtcCount {
  label: Localized;
  /** Counts per second-level group (`J01`); `code` is empty for declarations with no finer code. */
  subclasses: AtcCount[];
}

export interface LatestDeclaration {
  product: string;
  classification: ShortageClassification;
  reported: string;
  substanceCode?: string;
  cis?: string[];
}

export interface SiteTree {
  /** The provenance of each kind of file the site shows. */
  provenance: { index: Provenance; allMedicines?: Provenance; shortages?: Provenance };
  /** The largest privacy threshold of the files: no count below it is published. */
  threshold: number;
  demo: boolean;
  substances: SiteSubstance[];
  products: SiteProduct[];
  atcClasses: AtcClass[];
  /** The newest shortage declarations, newest first. */
  latest: LatestDeclaration[];
}

/** How many of the newest declarations the home page lists. */
export const LATEST_COUNT = 8;

async function readJson<T>(dataDir: string, path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, path), 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/**
 * Which products get a page of their own: those a reader may come looking for because something
 * is wrong — a shortage declaration, an availability other than "available", medication errors.
 * The others are listed A–Z with a link to their substance. On a tree with the whole public
 * medicines database (≈ 15,000 products) this keeps the site near 3,000 pages (docs/site.md).
 */
export function productHasPage(file: ProductFile, declared: boolean): boolean {
  const status = file.availability?.status;
  const errors = file.medicationErrors;
  const hasErrors = !!errors && Object.values(errors).some((value) => value !== undefined);
  return declared || (file.shortages?.length ?? 0) > 0 || (!!status && status !== 'available') || hasErrors;
}

function atcClasses(declarations: ShortageDeclaration[]): AtcClass[] {
  const groups = new Map<string, AtcClass>();
  for (const declaration of declarations) {
    const atc = declaration.atc ?? '';
    const label = ATC_LEVEL1[atc.charAt(0)];
    if (!label) continue;
    const open = declaration.state === 'open' ? 1 : 0;
    let group = groups.get(atc.charAt(0));
    if (!group)
      groups.set(
        atc.charAt(0),
        (group = { code: atc.charAt(0), label, declarations: 0, open: 0, subclasses: [] }),
      );
    group.declarations++;
    group.open += open;
    const subcode = /^[A-Z]\d\d/.test(atc) ? atc.slice(0, 3) : '';
    let sub = group.subclasses.find((s) => s.code === subcode);
    if (!sub) group.subclasses.push((sub = { code: subcode, declarations: 0, open: 0 }));
    sub.declarations++;
    sub.open += open;
  }
  for (const group of groups.values())
    group.subclasses.sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code)));
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Reads what the site needs of the data tree in `dataDir`. */
export async function readSiteTree(dataDir: string): Promise<SiteTree> {
  const index = await readJson<IndexFile>(dataDir, TREE.index);
  if (!index) throw new Error(`${dataDir} holds no ${TREE.index}: is it a DataMed data tree?`);
  const allMedicines = await readJson<{ provenance: Provenance }>(dataDir, TREE.allMedicines);
  const shortages = await readJson<ShortagesFile>(dataDir, TREE.shortagesAll);
  const declarations = shortages?.declarations ?? [];
  const declaredCis = new Set(declarations.flatMap((d) => d.cis ?? []));

  // The products: in products-index.json, or in index.json itself for a tree built before it.
  const productList =
    index.products ?? (await readJson<ProductsIndexFile>(dataDir, TREE.productsIndex))?.products ?? [];
  const products: SiteProduct[] = [];
  await eachLimited([...productList], 32, async (entry) => {
    const file = await readJson<ProductFile>(dataDir, TREE.product(entry.cis));
    products.push({
      cis: entry.cis,
      name: entry.name,
      substances: entry.substances,
      ...(entry.availability ? { availability: entry.availability } : {}),
      hasPage: !!file && productHasPage(file, declaredCis.has(entry.cis)),
    });
  });
  products.sort((a, b) => a.cis.localeCompare(b.cis));

  const provenances = [index.provenance, allMedicines?.provenance, shortages?.provenance].filter(
    (p): p is Provenance => !!p,
  );
  const latest = [...declarations]
    .sort((a, b) => b.reported.localeCompare(a.reported) || a.id.localeCompare(b.id))
    .slice(0, LATEST_COUNT)
    .map((d) => ({
      product: d.product,
      classification: d.classification,
      reported: d.reported,
      ...(d.substanceCode ? { substanceCode: d.substanceCode } : {}),
      ...(d.cis ? { cis: d.cis } : {}),
    }));
  return {
    provenance: {
      index: index.provenance,
      ...(allMedicines ? { allMedicines: allMedicines.provenance } : {}),
      ...(shortages ? { shortages: shortages.provenance } : {}),
    },
    threshold: Math.max(...provenances.map((p) => p.threshold)),
    demo: provenances.some((p) => p.demo),
    substances: index.substances.map((s) => ({
      code: s.code,
      name: s.name,
      hasAdverseEffects: !!s.datasets.adverseEffects,
      hasShortages: !!s.datasets.shortages,
    })),
    products,
    atcClasses: atcClasses(declarations),
    latest,
  };
}

/**
 * The data contract: the shape of the static JSON files the widgets fetch.
 *
 * Written down for humans in `docs/data-contract.md` and for machines in `schemas/*.schema.json`;
 * `src/data/validate.ts` checks payloads against it in the browser. Keep the four in step: the
 * node test `test/node/schemas.test.ts` runs the JSON Schemas and the validator over the same fixtures.
 */

/** Schema identifiers, one per file type. The number after the slash is the major version. */
export const SCHEMA_IDS = {
  index: 'datamed.index/1',
  adverseEffects: 'datamed.adverse-effects/1',
  shortages: 'datamed.shortages/1',
  product: 'datamed.product/1',
  productsIndex: 'datamed.products-index/1',
} as const;

export type SchemaId = (typeof SCHEMA_IDS)[keyof typeof SCHEMA_IDS];

/** A text in French, optionally in English. French is the reference language. */
export interface Localized {
  fr: string;
  en?: string;
}

/** Where the figures come from; every file carries one. */
export interface Provenance {
  /** Source label shown in the widget footer, e.g. "ANSM (BNPV, Open Medic)". */
  source: string | Localized;
  /** Optional link to the source's page. Only http(s) URLs are ever rendered as links. */
  sourceUrl?: string;
  /** Data period, ISO dates `YYYY-MM-DD`. */
  period?: { start: string; end: string };
  /** Generation date of the file, ISO date or date-time. */
  generated: string;
  /** Privacy threshold applied: no count between 1 and `threshold - 1` is published. */
  threshold: number;
  /** True for fictional demonstration data: widgets then show a "Données fictives" badge. */
  demo: boolean;
}

/**
 * A published count. A suppressed count is explicit: `{ "count": null, "suppressed": true }`,
 * never silently missing.
 */
export interface Cell {
  count: number | null;
  suppressed?: boolean;
}

/** One category of a distribution (a sex, an age band, a reporter type…). */
export interface CategoryCell extends Cell {
  key: string;
  /** Display label; optional when the key belongs to a known vocabulary. */
  label?: Localized;
}

export type UsageLevel = 'very-low' | 'low' | 'moderate' | 'high' | 'very-high';

export interface SubstanceRef {
  /** Stable identifier, URL-safe: lower-case letters, digits and hyphens. */
  code: string;
  name: Localized;
}

/** Cases with at least one effect in a MedDRA System Organ Class. */
export interface OrganClassCell extends Cell {
  /** MedDRA SOC code (8 digits), one of the 27 in `src/data/vocabulary.ts`. */
  code: string;
  bySex?: CategoryCell[];
  byAge?: CategoryCell[];
  /** Finer groups (e.g. MedDRA HLT) within the class; they overlap too. */
  subgroups?: (Cell & { label: Localized })[];
}

export interface YearCell extends Cell {
  year: number;
  /** Treated patients that year (Open Medic). */
  patients?: Cell;
}

export interface MedicationErrors {
  cases?: Cell;
  /** Keys `with` / `without` an adverse effect. */
  adverseEffect?: CategoryCell[];
  population?: CategoryCell[];
  step?: CategoryCell[];
  nature?: CategoryCell[];
}

/**
 * `substances/{code}.json`, and `all-medicines.json` (`scope: "all"`: every report of the period,
 * whatever the medicine; its `substance` is `{ code: "all-medicines", name: "Tous les médicaments" }`).
 */
export interface AdverseEffectsFile {
  schema: typeof SCHEMA_IDS.adverseEffects;
  provenance: Provenance;
  /** `all` for the all-medicines file; absent for a substance. */
  scope?: 'all';
  /**
   * How an all-medicines file counts. Absent: reports (each case once, as DataMed's own API counts
   * them). `substance-sums`: each count is the sum of the counts published per substance — a case
   * that names several substances counts once for each, and hidden per-substance counts are left
   * out (what `datamed-build` can publish from per-substance tables; docs/data-contract.md).
   */
  counting?: 'substance-sums';
  substance: SubstanceRef;
  /** Reported cases over the period. */
  cases?: Cell;
  patients?: {
    /** Sum over the years of the yearly number of treated patients. */
    patientYears?: Cell;
    usageLevel?: UsageLevel;
    bySex?: CategoryCell[];
    byAge?: CategoryCell[];
  };
  sex?: CategoryCell[];
  /** Age bands in the order the data give them. */
  age?: CategoryCell[];
  organClasses?: {
    /** The cases the organ-class tables count: the denominator of the class percentages (each class ≤ base ≤ cases). */
    base?: Cell;
    items: OrganClassCell[];
  };
  seriousness?: CategoryCell[];
  seriousnessCriteria?: CategoryCell[];
  reporters?: CategoryCell[];
  years?: YearCell[];
  medicationErrors?: MedicationErrors;
}

/** The public medicines database's code of a product (spécialité): 8 digits. */
export const CIS_PATTERN = /^\d{8}$/;

/** A product (spécialité) as the index and other files name it. */
export interface ProductRef {
  /** CIS code, 8 digits. */
  cis: string;
  /** Its name as the public medicines database gives it ("DOLIPRANE 1000 mg, comprimé"). */
  name: Localized;
}

/** One active substance of a product. */
export interface ProductSubstance {
  /** Our substance code (`substances/{code}.json`, `shortages/{code}.json`) when we have one. */
  code?: string;
  /** The database's substance code (DataMed's `subCode`), digits. */
  bdpm?: string;
  name: Localized;
  /** Dosage as written by the database ("1000 mg"), with what it refers to ("un comprimé"). */
  dosage?: string;
  dosageReference?: string;
}

/**
 * Availability now, from the database's availability file (`CIS_CIP_Dispo_Spec.txt`):
 * `rupture` (status 1), `risk` (2, tension d'approvisionnement), `discontinued` (3), `restored` (4,
 * remise à disposition); `available` when the file says nothing of a marketed product,
 * `not-marketed` when the database says it is not marketed.
 */
export const AVAILABILITY_STATUSES = [
  'available',
  'rupture',
  'risk',
  'restored',
  'discontinued',
  'not-marketed',
] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

export interface Availability {
  status: AvailabilityStatus;
  /** ISO dates: since when the status holds, when the source last updated it, expected return. */
  since?: string;
  updated?: string;
  expectedReturn?: string;
  /** Only http(s) URLs are ever rendered as links (the agency's page about this shortage). */
  url?: string;
  /** The date the availability file describes (its newest date): "as of". */
  asOf: string;
}

/** `products/{cis}.json` */
export interface ProductFile {
  schema: typeof SCHEMA_IDS.product;
  provenance: Provenance;
  product: ProductRef & {
    /** Pharmaceutical form ("comprimé pelliculé sécable"). */
    form?: Localized;
    routes?: string[];
    /** Marketing authorisation holder(s). */
    laboratory?: string;
    atc?: { code: string; label?: Localized };
    /** Link to the product's page in the public medicines database (http(s) only). */
    bdpmUrl?: string;
    marketed?: boolean;
  };
  /** Active substances, in the database's order. */
  substances: ProductSubstance[];
  availability?: Availability;
  /** Treated patients of this product (Open Medic); the level uses DataMed's product thresholds. */
  patients?: {
    patientYears?: Cell;
    usageLevel?: UsageLevel;
  };
  medicationErrors?: MedicationErrors;
  /** This product's shortage declarations, newest first. */
  shortages?: ShortageDeclaration[];
}

/** A product in the index: searchable by every word of its name and aliases. */
export interface IndexProduct extends ProductRef {
  /** Our codes of its active substances (those we have). */
  substances: string[];
  aliases?: string[];
  /** Availability status now, for search results ("en rupture"). */
  availability?: AvailabilityStatus;
}

export interface IndexEntry extends SubstanceRef {
  /** Other names for search: brand names, older spellings, salts. */
  aliases?: string[];
  atc?: string[];
  /** Substance codes of the public medicines database (BDPM), when the producer had its files. */
  bdpm?: string[];
  datasets: { adverseEffects?: boolean; shortages?: boolean };
}

/** `index.json` */
export interface IndexFile {
  schema: typeof SCHEMA_IDS.index;
  provenance: Provenance;
  substances: IndexEntry[];
  /**
   * How many products `products-index.json` lists, when the tree has that file (the producer had
   * the public medicines database). Readers fetch it only when this is above 0.
   */
  productCount?: number;
  /**
   * Products (spécialités) listed in the index itself: trees built before `products-index.json`
   * existed. A reader takes them from here when present, and then fetches no product index.
   */
  products?: IndexProduct[];
}

/**
 * `products-index.json`: every product, for the search box (`<datamed-substance-search>`), apart
 * from `index.json` so that a page that only resolves substance names never downloads it.
 * Ordered by name, so that compression finds the products of one brand side by side.
 */
export interface ProductsIndexFile {
  schema: typeof SCHEMA_IDS.productsIndex;
  provenance: Provenance;
  products: IndexProduct[];
}

/** The closed vocabularies of a declaration: the one list each, the types derived from them. */
export const SHORTAGE_CLASSIFICATIONS = ['rupture', 'risk', 'discontinuation', 'other'] as const;
export const SHORTAGE_STATES = ['open', 'closed'] as const;
export const CIRCUITS = ['community', 'hospital'] as const;
export type ShortageClassification = (typeof SHORTAGE_CLASSIFICATIONS)[number];
export type ShortageState = (typeof SHORTAGE_STATES)[number];
export type Circuit = (typeof CIRCUITS)[number];

export interface ShortageDeclaration {
  id: string;
  product: string;
  /** CIS codes of the products the declaration concerns, when it could be linked. */
  cis?: string[];
  substance: string;
  substanceCode?: string;
  atc?: string;
  laboratory?: string;
  classification: ShortageClassification;
  state: ShortageState;
  /** ISO dates `YYYY-MM-DD`. */
  reported: string;
  start?: string;
  end?: string;
  expectedReturn?: { community?: string; hospital?: string };
  /** One of the 16 standard causes (see `SHORTAGE_CAUSES`), or `other`. */
  cause?: string;
  /** The cause as declared, when it differs from the standard label. */
  causeText?: string;
  measures?: string[];
  measureText?: string;
  circuits?: Circuit[];
  therapeuticClass?: string;
}

/** `shortages/all.json`, `shortages/{code}.json` and `shortages/atc/{letter}.json` */
export interface ShortagesFile {
  schema: typeof SCHEMA_IDS.shortages;
  provenance: Provenance;
  /** Present in per-substance files (`substance`) and per-ATC-group files (`atc`: the letter). */
  scope?: { substance?: string; atc?: string };
  declarations: ShortageDeclaration[];
}

/** Relative paths of the static tree, from its base URL. */
export const TREE = {
  index: 'index.json',
  productsIndex: 'products-index.json',
  adverseEffects: (code: string) => `substances/${encodeURIComponent(code)}.json`,
  shortagesAll: 'shortages/all.json',
  shortagesOf: (code: string) => `shortages/${encodeURIComponent(code)}.json`,
  /** The declarations of one ATC first-level group (`J`), upper case as in the data. */
  shortagesOfAtcGroup: (letter: string) => `shortages/atc/${encodeURIComponent(letter)}.json`,
  product: (cis: string) => `products/${encodeURIComponent(cis)}.json`,
  allMedicines: 'all-medicines.json',
} as const;

/** The `substance.code` of the all-medicines file (`scope: "all"`), which no substance may take. */
export const ALL_MEDICINES_CODE = 'all-medicines';

/** A substance code: URL-safe, so a code can never escape its folder. */
export const CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** An ATC code of level 1 to 5 ("J", "J01", "J01C", "J01CA", "J01CA04"). */
export const ATC_PATTERN = /^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$/;

/**
 * Writes the demo data tree (`demo-data/`) that the package ships and `npm start` serves.
 *
 * FICTIONAL DATA. Real substance names so the demo reads naturally, invented figures. Every file
 * says `"demo": true` and every widget shows a "Données fictives" badge.
 *
 * Deterministic: a seeded generator and a fixed generation date, so the same script always writes
 * byte-identical files (`test/node/demo-data.test.ts` checks that the committed tree is up to date).
 * It deliberately covers the edge cases a widget must handle: suppressed cells, zero cases, too few
 * cases, unknown sex, very large counts, finer age bands, partial data, long names with
 * apostrophes and accents, medication errors, a substance with no shortage, open shortages with
 * no end date.
 *
 * The tables (substances, their shares and products, causes, measures) are in
 * scripts/demo-data.fixture.json; this script draws the figures from them.
 *
 * Usage: npm run demo-data   (writes ./demo-data, replacing it)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCHEMA_IDS,
  TREE,
  type AdverseEffectsFile,
  type CategoryCell,
  type IndexEntry,
  type IndexFile,
  type Localized,
  type OrganClassCell,
  type ProductsIndexFile,
  type Provenance,
  type ShortageDeclaration,
  type ShortagesFile,
} from '../src/data/contract.js';
import { format, resolveConfig } from 'prettier';
import { demoFilesModule } from './demo-files-module.js';
import { atcGroupFiles } from '../src/build/atc-groups.js';
import { demoAllMedicines } from './demo-all-medicines.js';
import { protectAdverseEffects } from '../src/data/privacy.js';
import { REPORTER_LABELS, usageLevelOf } from '../src/data/vocabulary.js';
import {
  validateAdverseEffects,
  validateIndex,
  validateProductsIndex,
  validateShortages,
} from '../src/data/validate.js';
import { validateProduct } from '../src/data/validate-product.js';
import { demoProducts, type ProductPage } from './demo-products.js';

const GENERATED = '2026-11-23';
const THRESHOLD = 11;
const PERIOD = { start: '2019-01-01', end: '2023-12-31' };
const YEARS = [2019, 2020, 2021, 2022, 2023];

/** mulberry32: small, fast, good enough for plausible fake figures. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder: exact sum). */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    parts[i]!++;
  }
  return parts;
}

const demoProvenance = (period = PERIOD): Provenance => ({
  source: {
    fr: 'Données fictives de démonstration (DataMed Widgets), sur le modèle de l’ANSM (BNPV, Open Medic)',
    en: 'Fictional demonstration data (DataMed Widgets), modelled on ANSM (BNPV, Open Medic)',
  },
  period,
  generated: GENERATED,
  threshold: THRESHOLD,
  demo: true,
});

type AgeScheme = 'datamed' | 'fine';
const AGE_BANDS: Record<AgeScheme, { key: string; label: Required<Localized> }[]> = {
  datamed: [
    { key: '0-19', label: { fr: '0-19 ans', en: '0-19 years' } },
    { key: '20-59', label: { fr: '20-59 ans', en: '20-59 years' } },
    { key: '60+', label: { fr: '60 ans et plus', en: '60 years and over' } },
  ],
  fine: [
    { key: '0-27d', label: { fr: '0-27 jours', en: '0-27 days' } },
    { key: '28d-23m', label: { fr: '28 jours-23 mois', en: '28 days-23 months' } },
    { key: '2-11', label: { fr: '2-11 ans', en: '2-11 years' } },
    { key: '12-17', label: { fr: '12-17 ans', en: '12-17 years' } },
    { key: '18-44', label: { fr: '18-44 ans', en: '18-44 years' } },
    { key: '45-64', label: { fr: '45-64 ans', en: '45-64 years' } },
    { key: '65-74', label: { fr: '65-74 ans', en: '65-74 years' } },
    { key: '75+', label: { fr: '75 ans et plus', en: '75 years and over' } },
    { key: 'unknown', label: { fr: 'Âge inconnu', en: 'Age unknown' } },
  ],
};

interface Spec {
  code: string;
  name: Required<Localized>;
  aliases: string[];
  atc: string;
  cases: number;
  /** Average treated patients per year; 0 = unknown (no patients section). */
  patientsPerYear: number;
  female: number;
  unknownSex?: number;
  ages: AgeScheme;
  ageWeights: number[];
  /** Share of cases touching each organ class (they overlap), by SOC code. */
  soc: Record<string, number>;
  subgroups?: Record<string, { label: Required<Localized>; share: number }[]>;
  serious: number;
  trend: number[];
  reporters?: number[];
  medicationErrors?: boolean;
  /** Sections to leave out (partial data). */
  omit?: (keyof AdverseEffectsFile)[];
  hasShortages: boolean;
}

/** A substance in demo-data.fixture.json: organ classes by short name, over the common shares or not. */
type FixtureSubstance = Omit<Spec, 'soc'> & {
  withCommonOrganClasses?: boolean;
  organClasses: Record<string, number>;
};

/** demo-data.fixture.json: the tables; this script turns them into files. */
interface DemoFixture {
  organClassCodes: Record<string, string>;
  /** Shares of cases by organ class most substances start from. */
  commonOrganClassShares: Record<string, number>;
  substances: FixtureSubstance[];
  /** Products in shortage, by substance code. */
  products: Record<string, { product: string; laboratory: string }[]>;
  /** Products outside the demo substances, so the all-medicines timeline is busy enough. */
  otherProducts: { product: string; substance: string; atc: string; laboratory: string }[];
  /** Products with a page (`products/{cis}.json`): see demo-products.ts. */
  productPages: ProductPage[];
  causes: string[];
  measures: string[];
}

/** The tables the figures are made from: substances, their products, causes and measures. */
const FIXTURE = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'demo-data.fixture.json'), 'utf8'),
) as DemoFixture;

/** MedDRA organ class codes of a fixture's short names (`skin`, `cardiac`…). */
function organClassCode(shortName: string): string {
  const code = FIXTURE.organClassCodes[shortName];
  if (!code) throw new Error(`unknown organ class short name ${shortName}`);
  return code;
}

/** A substance of the fixture as the generator reads it: organ class shares by MedDRA code. */
function specOf(s: FixtureSubstance): Spec {
  const { withCommonOrganClasses, organClasses, subgroups, ...rest } = s;
  // The common shares first, then the substance's own (which override them, in the common order).
  const shares = { ...(withCommonOrganClasses ? FIXTURE.commonOrganClassShares : {}), ...organClasses };
  return {
    ...rest,
    soc: Object.fromEntries(Object.entries(shares).map(([k, v]) => [organClassCode(k), v])),
    ...(subgroups
      ? { subgroups: Object.fromEntries(Object.entries(subgroups).map(([k, v]) => [organClassCode(k), v])) }
      : {}),
  };
}

const SPECS: Spec[] = FIXTURE.substances.map(specOf);

/** In the vocabulary's order: GP, specialist, pharmacist, nurse, dentist, other professional, patient, unknown (the demo tells GPs from specialists). */
// Keys of other sources left out: `physician` (no GP / specialist split), `legal` (DataMed's lawyers).
const REPORTER_KEYS = Object.keys(REPORTER_LABELS).filter((k) => k !== 'physician' && k !== 'legal');
const DEFAULT_REPORTERS = [0.21, 0.33, 0.12, 0.04, 0.005, 0.06, 0.22, 0.015];
const CRITERIA = [
  ['death', 0.04],
  ['life-threatening', 0.07],
  ['hospitalisation', 0.52],
  ['disability', 0.05],
  ['congenital-anomaly', 0.004],
  ['other-serious', 0.41],
] as const;

function cells(
  keys: readonly string[],
  counts: number[],
  labels?: (Localized | undefined)[],
): CategoryCell[] {
  return keys.map((key, i) => ({ key, ...(labels?.[i] ? { label: labels[i] } : {}), count: counts[i]! }));
}

function jitter(random: () => number, weights: number[], amount = 0.15): number[] {
  return weights.map((w) => w * (1 - amount + 2 * amount * random()));
}

function adverseEffects(spec: Spec): AdverseEffectsFile {
  const random = rng(seedOf(spec.code));
  const total = spec.cases;
  const sexWeights = [
    spec.female * (1 - (spec.unknownSex ?? 0)),
    (1 - spec.female) * (1 - (spec.unknownSex ?? 0)),
    spec.unknownSex ?? 0,
  ];
  const sexKeys = spec.unknownSex ? ['female', 'male', 'unknown'] : ['female', 'male'];
  const sexCounts = split(total, sexWeights.slice(0, sexKeys.length));
  const bands = AGE_BANDS[spec.ages];
  const ageCounts = split(total, spec.ageWeights);
  const yearCounts = split(total, spec.trend);
  const patientYearsByYear = YEARS.map((_, i) =>
    Math.round(spec.patientsPerYear * (0.94 + 0.03 * i + 0.04 * random())),
  );
  const patientYears = patientYearsByYear.reduce((a, b) => a + b, 0);

  const organItems: OrganClassCell[] = Object.entries(spec.soc)
    .map(([code, share]): OrganClassCell => {
      const count = Math.min(total, Math.round(total * share * (0.9 + 0.2 * random())));
      const item: OrganClassCell = {
        code,
        count,
        bySex: cells(sexKeys, split(count, jitter(random, sexWeights.slice(0, sexKeys.length)))),
        byAge: cells(
          bands.map((b) => b.key),
          split(count, jitter(random, spec.ageWeights)),
          bands.map((b) => b.label),
        ),
      };
      const groups = spec.subgroups?.[code];
      if (groups)
        item.subgroups = groups.map((g) => ({ label: g.label, count: Math.round(count * g.share) }));
      return item;
    })
    .sort((a, b) => b.count! - a.count! || a.code.localeCompare(b.code));

  const seriousCount = Math.round(total * spec.serious);
  const unknownSeriousness = total > 100 ? Math.round(total * 0.01) : 0;
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: demoProvenance(),
    substance: { code: spec.code, name: spec.name },
    cases: { count: total },
    sex: cells(sexKeys, sexCounts),
    age: cells(
      bands.map((b) => b.key),
      ageCounts,
      bands.map((b) => b.label),
    ),
    organClasses: { base: { count: total }, items: organItems },
    seriousness: cells(
      ['serious', 'non-serious', ...(unknownSeriousness ? ['unknown'] : [])],
      [
        seriousCount,
        total - seriousCount - unknownSeriousness,
        ...(unknownSeriousness ? [unknownSeriousness] : []),
      ],
    ),
    seriousnessCriteria: cells(
      CRITERIA.map(([k]) => k),
      CRITERIA.map(([, share]) => Math.round(seriousCount * share * (0.8 + 0.4 * random()))),
    ),
    reporters: cells(REPORTER_KEYS, split(total, jitter(random, spec.reporters ?? DEFAULT_REPORTERS))),
    years: YEARS.map((year, i) => ({
      year,
      count: yearCounts[i]!,
      patients: { count: patientYearsByYear[i]! },
    })),
  };
  if (spec.patientsPerYear > 0) {
    file.patients = {
      patientYears: { count: patientYears },
      usageLevel: usageLevelOf(patientYears / YEARS.length),
      bySex: cells(
        ['female', 'male'],
        split(patientYears, [spec.female * 0.9 + 0.05, (1 - spec.female) * 0.9 + 0.05]),
      ),
      byAge: cells(
        bands.filter((b) => b.key !== 'unknown').map((b) => b.key),
        split(
          patientYears,
          jitter(random, spec.ageWeights.slice(0, bands.filter((b) => b.key !== 'unknown').length), 0.3),
        ),
        bands.map((b) => b.label),
      ),
    };
  } else {
    for (const y of file.years!) delete y.patients;
  }
  if (spec.medicationErrors) {
    const errors = Math.round(total * 0.07) + 40;
    const withEffect = Math.round(errors * 0.38);
    file.medicationErrors = {
      cases: { count: errors },
      adverseEffect: cells(['with', 'without'], [withEffect, errors - withEffect]),
      population: cells(
        ['newborn', 'infant', 'child', 'adult', 'elderly', 'pregnant', 'unknown'],
        split(errors, jitter(random, [0.01, 0.12, 0.24, 0.31, 0.27, 0.02, 0.03])),
      ),
      step: cells(
        ['prescription', 'preparation', 'dispensing', 'administration', 'monitoring', 'other'],
        split(errors, jitter(random, [0.24, 0.06, 0.19, 0.43, 0.05, 0.03])),
      ),
      nature: cells(
        ['dose', 'frequency', 'drug', 'route', 'patient'],
        [0.46, 0.27, 0.12, 0.04, 0.03].map((s) => Math.round(errors * s)),
        [
          { fr: 'Erreur de dose', en: 'Wrong dose' },
          { fr: 'Erreur de fréquence d’administration', en: 'Wrong frequency' },
          { fr: 'Erreur de médicament', en: 'Wrong drug' },
          { fr: 'Erreur de voie d’administration', en: 'Wrong route' },
          { fr: 'Erreur de patient', en: 'Wrong patient' },
        ],
      ),
    };
  }
  if (total === 0) {
    delete file.organClasses;
    delete file.seriousnessCriteria;
  }
  for (const key of spec.omit ?? []) delete (file as unknown as Record<string, unknown>)[key];
  return protectAdverseEffects(file, THRESHOLD);
}

/* ------------------------------------------------------------------ shortages */

const { products: PRODUCTS, otherProducts: OTHER_PRODUCTS, causes: CAUSES, measures: MEASURES } = FIXTURE;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

function shortageDeclarations(): ShortageDeclaration[] {
  const random = rng(20_141_031);
  const out: ShortageDeclaration[] = [];
  const today = GENERATED;
  const pickOne = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const products = [
    ...SPECS.filter((s) => s.hasShortages).flatMap((s) =>
      (PRODUCTS[s.code] ?? []).map((p) => ({
        ...p,
        substance: s.name.fr,
        substanceCode: s.code,
        atc: s.atc,
      })),
    ),
    ...OTHER_PRODUCTS.map((p) => ({ ...p, substanceCode: undefined as string | undefined })),
  ];
  let serial = 0;
  for (const p of products) {
    const episodes = 2 + Math.floor(random() * 5);
    let cursor = addDays('2014-01-01', Math.floor(random() * 900));
    for (let e = 0; e < episodes && cursor < today; e++) {
      const reported = cursor;
      const hasStart = random() < 0.6;
      const start = hasStart ? addDays(reported, Math.floor(random() * 20) - 5) : undefined;
      const length = Math.floor(15 + random() * random() * 500);
      const ends = addDays(start ?? reported, length);
      const open = ends >= today || (e === episodes - 1 && random() < 0.25);
      const roll = random();
      const classification =
        roll < 0.58 ? 'rupture' : roll < 0.92 ? 'risk' : roll < 0.97 ? 'discontinuation' : 'other';
      const circuits =
        random() < 0.45 ? ['community', 'hospital'] : random() < 0.5 ? ['community'] : ['hospital'];
      const year = Number(reported.slice(2, 4));
      const d: ShortageDeclaration = {
        id: `${year}${classification === 'risk' ? 'RR' : 'RS'}${String(++serial).padStart(4, '0')}`,
        product: p.product,
        substance: p.substance,
        ...(p.substanceCode ? { substanceCode: p.substanceCode } : {}),
        atc: p.atc,
        laboratory: p.laboratory,
        classification,
        state: open ? 'open' : 'closed',
        reported,
        ...(start ? { start } : {}),
        ...(!open ? { end: ends } : {}),
        cause: pickOne(CAUSES),
        measures: random() < 0.7 ? [pickOne(MEASURES)] : [],
        circuits: circuits as ('community' | 'hospital')[],
      };
      if (open && random() < 0.6) {
        const expected = addDays(today, Math.floor(20 + random() * 200));
        d.expectedReturn = circuits.includes('community') ? { community: expected } : { hospital: expected };
      }
      if (!d.measures!.length) delete d.measures;
      out.push(d);
      cursor = addDays(open ? today : ends, Math.floor(60 + random() * 700));
      if (open) break;
    }
  }
  // Guaranteed edge cases: an open shortage with no expected end, for a well-known substance.
  out.push({
    id: '26RS9001',
    product: 'AMOXICILLINE BIOGARAN 500 mg, gélule',
    substance: 'Amoxicilline',
    substanceCode: 'amoxicilline',
    atc: 'J01CA04',
    laboratory: 'BIOGARAN',
    classification: 'rupture',
    state: 'open',
    reported: '2026-09-14',
    start: '2026-09-21',
    cause: 'sales-increase',
    causeText: 'Augmentation des volumes de vente (épidémie hivernale précoce)',
    measures: ['quantitative-quota', 'import'],
    circuits: ['community'],
  });
  return out.sort((a, b) => a.reported.localeCompare(b.reported) || a.id.localeCompare(b.id));
}

/* ---------------------------------------------------------------------- write */

function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

export function buildDemoTree(): Map<string, string> {
  const files = new Map<string, string>();
  const declarations = shortageDeclarations();
  const productProvenance: Provenance = {
    ...demoProvenance(),
    source: {
      fr: 'Données fictives de démonstration (DataMed Widgets), sur le modèle de l’ANSM (BDPM, BNPV, Open Medic)',
      en: 'Fictional demonstration data (DataMed Widgets), modelled on ANSM (BDPM, BNPV, Open Medic)',
    },
  };
  const products = demoProducts({
    pages: FIXTURE.productPages,
    declarations,
    provenance: productProvenance,
    asOf: GENERATED,
    years: YEARS.length,
    threshold: THRESHOLD,
    random: rng(seedOf('products')),
    split,
  });
  for (const product of products.files)
    files.set(`products/${product.product.cis}.json`, json(validateProduct(product, product.product.cis)));
  const shortageProvenance: Provenance = {
    ...demoProvenance({ start: '2014-01-01', end: GENERATED }),
    source: {
      fr: 'Données fictives de démonstration (DataMed Widgets)',
      en: 'Fictional demonstration data (DataMed Widgets)',
    },
  };
  const entries: IndexEntry[] = [];
  for (const spec of SPECS) {
    const ae = validateAdverseEffects(adverseEffects(spec), spec.code);
    files.set(`substances/${spec.code}.json`, json(ae));
    const own = declarations.filter((d) => d.substanceCode === spec.code);
    const shortageFile: ShortagesFile = {
      schema: SCHEMA_IDS.shortages,
      provenance: shortageProvenance,
      scope: { substance: spec.code },
      declarations: own,
    };
    files.set(`shortages/${spec.code}.json`, json(validateShortages(shortageFile, spec.code)));
    entries.push({
      code: spec.code,
      name: spec.name,
      aliases: [
        ...spec.aliases,
        ...new Set((PRODUCTS[spec.code] ?? []).map((p) => p.product.split(/[ ,]/)[0]!)),
      ].filter((a, i, all) => all.indexOf(a) === i),
      atc: [spec.atc],
      datasets: { adverseEffects: true, shortages: true },
    });
  }
  const all: ShortagesFile = {
    schema: SCHEMA_IDS.shortages,
    provenance: shortageProvenance,
    declarations,
  };
  files.set('shortages/all.json', json(validateShortages(all, 'all')));
  for (const { path, value } of atcGroupFiles(declarations, shortageProvenance))
    files.set(path, json(validateShortages(value, path)));
  const index: IndexFile = {
    schema: SCHEMA_IDS.index,
    provenance: demoProvenance(),
    substances: entries.sort((a, b) => a.name.fr.localeCompare(b.name.fr, 'fr')),
    productCount: products.index.length,
  };
  files.set(TREE.index, json(validateIndex(index)));
  const productsIndex: ProductsIndexFile = {
    schema: SCHEMA_IDS.productsIndex,
    provenance: productProvenance,
    products: products.index,
  };
  files.set(TREE.productsIndex, json(validateProductsIndex(productsIndex)));
  files.set(
    TREE.allMedicines,
    json(validateAdverseEffects(demoAllMedicines(demoProvenance(), YEARS), 'all')),
  );
  return files;
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'demo-data');
  // Build everything first: a failure must not leave the tree half written.
  const files = buildDemoTree();
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const module = resolve(root, '../src/data/demo-files.ts');
  writeFileSync(
    module,
    await format(demoFilesModule(files.keys()), { ...(await resolveConfig(module)), filepath: module }),
  );
  console.log(`demo-data: ${files.size} files written to ${root}, their URLs to ${module}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

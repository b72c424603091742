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
 * Usage: npm run demo-data   (writes ./demo-data, replacing it)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type CategoryCell,
  type IndexEntry,
  type IndexFile,
  type Localized,
  type OrganClassCell,
  type Provenance,
  type ShortageDeclaration,
  type ShortagesFile,
} from '../src/data/contract.js';
import { format, resolveConfig } from 'prettier';
import { demoFilesModule } from './demo-files-module.js';
import { protectAdverseEffects } from '../src/data/privacy.js';
import { REPORTER_LABELS, usageLevelOf } from '../src/data/vocabulary.js';
import { validateAdverseEffects, validateIndex, validateShortages } from '../src/data/validate.js';

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

/** Short names of the MedDRA organ classes, for the tables below. */
const SOC: Record<string, string> = {
  'blood-lymph': '10005329',
  cardiac: '10007541',
  congenital: '10010331',
  ear: '10013993',
  endocrine: '10014698',
  eye: '10015919',
  gastrointestinal: '10017947',
  general: '10018065',
  hepatobiliary: '10019805',
  'immune-system': '10021428',
  infections: '10021881',
  'injury-poisoning': '10022117',
  investigations: '10022891',
  metabolism: '10027433',
  musculoskeletal: '10028395',
  neoplasms: '10029104',
  'nervous-system': '10029205',
  pregnancy: '10036585',
  psychiatric: '10037175',
  'renal-urinary': '10038359',
  'reproductive-breast': '10038604',
  respiratory: '10038738',
  skin: '10040785',
  'social-circumstances': '10041244',
  procedures: '10042613',
  vascular: '10047065',
  'product-issues': '10077536',
};
const soc = (shares: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(shares).map(([k, v]) => {
      const code = SOC[k];
      if (!code) throw new Error(`unknown SOC short name ${k}`);
      return [code, v];
    }),
  );

const COMMON_SOC = {
  skin: 0.22,
  general: 0.2,
  gastrointestinal: 0.18,
  'nervous-system': 0.14,
  investigations: 0.06,
  'immune-system': 0.05,
  'blood-lymph': 0.03,
  psychiatric: 0.03,
  respiratory: 0.03,
  vascular: 0.02,
  cardiac: 0.02,
  'injury-poisoning': 0.02,
  musculoskeletal: 0.02,
  'renal-urinary': 0.015,
  hepatobiliary: 0.015,
  metabolism: 0.01,
  eye: 0.008,
  ear: 0.004,
  infections: 0.008,
  'reproductive-breast': 0.004,
  endocrine: 0.002,
  neoplasms: 0.002,
  pregnancy: 0.002,
  congenital: 0.001,
  'product-issues': 0.003,
  procedures: 0.002,
  'social-circumstances': 0.001,
};

const SPECS: Spec[] = [
  {
    code: 'paracetamol',
    name: { fr: 'Paracétamol', en: 'Paracetamol' },
    aliases: ['Doliprane', 'Dafalgan', 'Efferalgan', 'Acétaminophène'],
    atc: 'N02BE01',
    cases: 18_412,
    patientsPerYear: 74_000_000,
    female: 0.58,
    unknownSex: 0.012,
    ages: 'datamed',
    ageWeights: [0.21, 0.46, 0.33],
    soc: soc({ ...COMMON_SOC, hepatobiliary: 0.19, 'injury-poisoning': 0.16, skin: 0.25 }),
    subgroups: {
      [SOC.hepatobiliary!]: [
        {
          label: {
            fr: 'Atteintes hépatocellulaires et hépatites',
            en: 'Hepatocellular damage and hepatitis',
          },
          share: 0.62,
        },
        { label: { fr: 'Insuffisances hépatiques', en: 'Hepatic failure' }, share: 0.21 },
        { label: { fr: 'Cholestases et ictères', en: 'Cholestasis and jaundice' }, share: 0.14 },
        {
          label: { fr: 'Autres atteintes hépatobiliaires', en: 'Other hepatobiliary disorders' },
          share: 0.004,
        },
      ],
      [SOC.skin!]: [
        { label: { fr: 'Éruptions et exanthèmes', en: 'Rashes and eruptions' }, share: 0.48 },
        { label: { fr: 'Urticaires', en: 'Urticaria' }, share: 0.31 },
        {
          label: {
            fr: 'Réactions cutanées graves (syndrome de Stevens-Johnson, Lyell)',
            en: 'Severe cutaneous reactions (Stevens-Johnson syndrome, TEN)',
          },
          share: 0.05,
        },
      ],
    },
    serious: 0.47,
    trend: [1, 1.04, 0.97, 1.08, 1.12],
    medicationErrors: true,
    hasShortages: true,
  },
  {
    code: 'ibuprofene',
    name: { fr: 'Ibuprofène', en: 'Ibuprofen' },
    aliases: ['Advil', 'Nurofen', 'Spedifen', 'Antarène'],
    atc: 'M01AE01',
    cases: 6_120,
    patientsPerYear: 21_500_000,
    female: 0.55,
    unknownSex: 0.01,
    ages: 'datamed',
    ageWeights: [0.27, 0.52, 0.21],
    soc: soc({ ...COMMON_SOC, infections: 0.12, 'renal-urinary': 0.07, gastrointestinal: 0.24 }),
    serious: 0.41,
    trend: [1, 1.35, 0.9, 1, 1.05],
    hasShortages: true,
  },
  {
    code: 'amoxicilline',
    name: { fr: 'Amoxicilline', en: 'Amoxicillin' },
    aliases: ['Clamoxyl', 'Agram', 'Amodex'],
    atc: 'J01CA04',
    cases: 9_845,
    patientsPerYear: 12_600_000,
    female: 0.54,
    unknownSex: 0.015,
    ages: 'datamed',
    ageWeights: [0.3, 0.41, 0.29],
    soc: soc({ ...COMMON_SOC, skin: 0.52, 'immune-system': 0.14 }),
    serious: 0.29,
    trend: [1, 0.82, 0.85, 1.1, 1.16],
    hasShortages: true,
  },
  {
    code: 'levothyroxine-sodique',
    name: { fr: 'Lévothyroxine sodique', en: 'Levothyroxine sodium' },
    aliases: ['Levothyrox', 'L-Thyroxin', 'Thyrofix', 'Tcaps'],
    atc: 'H03AA01',
    cases: 31_702,
    patientsPerYear: 3_100_000,
    female: 0.86,
    unknownSex: 0.002,
    ages: 'datamed',
    ageWeights: [0.02, 0.55, 0.43],
    soc: soc({
      ...COMMON_SOC,
      general: 0.61,
      'nervous-system': 0.44,
      psychiatric: 0.28,
      musculoskeletal: 0.27,
    }),
    serious: 0.08,
    trend: [3.9, 0.5, 0.3, 0.2, 0.15],
    reporters: [0.08, 0.03, 0.02, 0.01, 0, 0.01, 0.84, 0.01],
    hasShortages: true,
  },
  {
    code: 'metformine',
    name: { fr: 'Metformine (chlorhydrate de)', en: 'Metformin hydrochloride' },
    aliases: ['Glucophage', 'Stagid'],
    atc: 'A10BA02',
    cases: 2_314,
    patientsPerYear: 3_400_000,
    female: 0.45,
    ages: 'datamed',
    ageWeights: [0.004, 0.35, 0.646],
    soc: soc({ ...COMMON_SOC, metabolism: 0.31, gastrointestinal: 0.33, 'renal-urinary': 0.12 }),
    serious: 0.62,
    trend: [1, 1, 0.95, 0.98, 1.02],
    hasShortages: false,
  },
  {
    code: 'atorvastatine',
    name: { fr: 'Atorvastatine calcique', en: 'Atorvastatin calcium' },
    aliases: ['Tahor'],
    atc: 'C10AA05',
    cases: 2_980,
    patientsPerYear: 2_900_000,
    female: 0.44,
    ages: 'datamed',
    ageWeights: [0.001, 0.27, 0.729],
    soc: soc({ ...COMMON_SOC, musculoskeletal: 0.41, investigations: 0.14, hepatobiliary: 0.06 }),
    serious: 0.36,
    trend: [1, 0.95, 1.01, 1.03, 0.99],
    hasShortages: true,
  },
  {
    code: 'omeprazole',
    name: { fr: 'Oméprazole', en: 'Omeprazole' },
    aliases: ['Mopral', 'Zoltum'],
    atc: 'A02BC01',
    cases: 1_406,
    patientsPerYear: 4_800_000,
    female: 0.57,
    ages: 'datamed',
    ageWeights: [0.03, 0.43, 0.54],
    soc: soc({ ...COMMON_SOC, metabolism: 0.12, 'renal-urinary': 0.07 }),
    serious: 0.44,
    trend: [1, 0.9, 1.1, 1.05, 1.1],
    hasShortages: true,
  },
  {
    code: 'tramadol',
    name: { fr: 'Tramadol (chlorhydrate de)', en: 'Tramadol hydrochloride' },
    aliases: ['Topalgic', 'Contramal', 'Ixprim', 'Zaldiar'],
    atc: 'N02AX02',
    cases: 4_218,
    patientsPerYear: 5_900_000,
    female: 0.64,
    unknownSex: 0.008,
    ages: 'datamed',
    ageWeights: [0.03, 0.58, 0.39],
    soc: soc({
      ...COMMON_SOC,
      'nervous-system': 0.39,
      psychiatric: 0.26,
      gastrointestinal: 0.31,
      'injury-poisoning': 0.18,
    }),
    serious: 0.52,
    trend: [1, 1.1, 1.2, 1.08, 1.01],
    reporters: [0.16, 0.22, 0.21, 0.05, 0.01, 0.04, 0.3, 0.01],
    hasShortages: true,
  },
  {
    code: 'abacavir-sulfate',
    name: { fr: 'Abacavir (sulfate d’)', en: 'Abacavir sulfate' },
    aliases: ['Ziagen', "Abacavir (sulfate d')", 'Kivexa', 'Triumeq'],
    atc: 'J05AF06',
    cases: 388,
    patientsPerYear: 29_000,
    female: 0.33,
    ages: 'datamed',
    ageWeights: [0.012, 0.78, 0.208],
    soc: soc({ ...COMMON_SOC, 'immune-system': 0.23, skin: 0.19, hepatobiliary: 0.05 }),
    serious: 0.58,
    trend: [1.3, 1.1, 0.9, 0.85, 0.8],
    hasShortages: true,
  },
  {
    code: 'acide-acetylsalicylique',
    name: { fr: 'Acide acétylsalicylique', en: 'Acetylsalicylic acid' },
    aliases: ['Aspirine', 'Kardégic', 'Aspégic', 'Resitune'],
    atc: 'B01AC06',
    cases: 3_590,
    patientsPerYear: 6_300_000,
    female: 0.42,
    ages: 'datamed',
    ageWeights: [0.006, 0.19, 0.804],
    soc: soc({
      ...COMMON_SOC,
      gastrointestinal: 0.36,
      'blood-lymph': 0.09,
      vascular: 0.14,
      'injury-poisoning': 0.08,
    }),
    serious: 0.71,
    trend: [1, 1.02, 1, 1.01, 1.03],
    hasShortages: true,
  },
  {
    code: 'valproate-de-sodium',
    name: { fr: 'Valproate de sodium', en: 'Sodium valproate' },
    aliases: ['Dépakine', 'Dépakote', 'Micropakine', 'Dépamide'],
    atc: 'N03AG01',
    cases: 1_987,
    patientsPerYear: 410_000,
    female: 0.61,
    unknownSex: 0.02,
    ages: 'datamed',
    ageWeights: [0.26, 0.5, 0.24],
    soc: soc({ ...COMMON_SOC, congenital: 0.21, pregnancy: 0.19, 'nervous-system': 0.33 }),
    serious: 0.68,
    trend: [1.4, 1.2, 1, 0.9, 0.85],
    medicationErrors: true,
    hasShortages: true,
  },
  {
    code: 'methotrexate',
    name: { fr: 'Méthotrexate', en: 'Methotrexate' },
    aliases: ['Novatrex', 'Imeth', 'Metoject', 'Nordimet'],
    atc: 'L04AX03',
    cases: 1_204,
    patientsPerYear: 190_000,
    female: 0.7,
    ages: 'datamed',
    ageWeights: [0.04, 0.48, 0.48],
    soc: soc({
      ...COMMON_SOC,
      'blood-lymph': 0.27,
      infections: 0.18,
      respiratory: 0.12,
      'injury-poisoning': 0.14,
    }),
    serious: 0.74,
    trend: [1, 0.95, 1.05, 1.1, 1],
    medicationErrors: true,
    hasShortages: true,
  },
  {
    code: 'isotretinoine',
    name: { fr: 'Isotrétinoïne', en: 'Isotretinoin' },
    aliases: ['Roaccutane', 'Curacné', 'Procuta', 'Contracné'],
    atc: 'D10BA01',
    cases: 612,
    patientsPerYear: 95_000,
    female: 0.52,
    ages: 'datamed',
    ageWeights: [0.55, 0.45, 0],
    soc: soc({ ...COMMON_SOC, psychiatric: 0.41, skin: 0.38, pregnancy: 0.04 }),
    serious: 0.33,
    trend: [1, 0.9, 1.2, 1.1, 1.3],
    hasShortages: false,
  },
  {
    code: 'vaccin-pneumococcique-conjugue-13-valent',
    name: {
      fr: 'Vaccin pneumococcique polyosidique conjugué (13-valent, adsorbé) — forme pédiatrique « nourrissons et enfants »',
      en: 'Pneumococcal polysaccharide conjugate vaccine (13-valent, adsorbed) — paediatric form “infants and children”',
    },
    aliases: ['Prevenar 13', 'Prévenar'],
    atc: 'J07AL02',
    cases: 1_633,
    patientsPerYear: 1_250_000,
    female: 0.48,
    unknownSex: 0.04,
    ages: 'fine',
    ageWeights: [0.01, 0.64, 0.12, 0.03, 0.03, 0.05, 0.06, 0.05, 0.01],
    soc: soc({ ...COMMON_SOC, general: 0.71, skin: 0.15, 'nervous-system': 0.18 }),
    serious: 0.22,
    trend: [1, 0.8, 1.1, 1.05, 0.96],
    hasShortages: false,
  },
  {
    code: 'levonorgestrel',
    name: { fr: 'Lévonorgestrel', en: 'Levonorgestrel' },
    aliases: ['Norlevo', 'Mirena', 'Jaydess', 'Kyleena', 'Microval'],
    atc: 'G03AC03',
    cases: 3_812,
    patientsPerYear: 1_700_000,
    female: 1,
    ages: 'datamed',
    ageWeights: [0.12, 0.87, 0.01],
    soc: soc({ ...COMMON_SOC, 'reproductive-breast': 0.47, pregnancy: 0.11, psychiatric: 0.18 }),
    serious: 0.19,
    trend: [1.8, 1.1, 0.8, 0.7, 0.7],
    reporters: [0.12, 0.18, 0.04, 0.03, 0, 0.12, 0.5, 0.01],
    hasShortages: false,
  },
  {
    code: 'baclofene',
    name: { fr: 'Baclofène', en: 'Baclofen' },
    aliases: ['Liorésal', 'Baclocur'],
    atc: 'M03BX01',
    cases: 845,
    patientsPerYear: 160_000,
    female: 0.41,
    ages: 'datamed',
    ageWeights: [0.03, 0.69, 0.28],
    soc: soc({ ...COMMON_SOC, 'nervous-system': 0.52, psychiatric: 0.37 }),
    serious: 0.57,
    trend: [1.3, 1.1, 0.9, 0.8, 0.75],
    hasShortages: true,
  },
  {
    code: 'hydroxychloroquine',
    name: { fr: 'Hydroxychloroquine (sulfate d’)', en: 'Hydroxychloroquine sulfate' },
    aliases: ['Plaquenil'],
    atc: 'P01BA02',
    cases: 702,
    patientsPerYear: 55_000,
    female: 0.79,
    ages: 'datamed',
    ageWeights: [0.02, 0.61, 0.37],
    soc: soc({ ...COMMON_SOC, cardiac: 0.29, eye: 0.09, skin: 0.21 }),
    serious: 0.49,
    trend: [0.4, 3.1, 0.8, 0.4, 0.3],
    hasShortages: true,
  },
  {
    code: 'trientine',
    name: { fr: 'Trientine (dichlorhydrate de)', en: 'Trientine dihydrochloride' },
    aliases: ['Cufence', 'Cuprior'],
    atc: 'A16AX12',
    cases: 34,
    patientsPerYear: 310,
    female: 0.56,
    ages: 'datamed',
    ageWeights: [0.1, 0.75, 0.15],
    soc: soc({
      gastrointestinal: 0.38,
      'nervous-system': 0.35,
      'blood-lymph': 0.12,
      skin: 0.09,
      general: 0.33,
    }),
    serious: 0.5,
    trend: [1, 1.2, 0.8, 1.1, 0.9],
    hasShortages: true,
  },
  {
    code: 'ivermectine',
    name: { fr: 'Ivermectine', en: 'Ivermectin' },
    aliases: ['Stromectol', 'Soolantra'],
    atc: 'P02CF01',
    cases: 156,
    patientsPerYear: 0,
    female: 0.51,
    ages: 'datamed',
    ageWeights: [0.18, 0.49, 0.33],
    soc: {},
    serious: 0.2,
    trend: [1, 1.5, 1.3, 0.8, 0.7],
    // Partial data: only the number of cases and the sex distribution.
    omit: ['age', 'organClasses', 'seriousness', 'seriousnessCriteria', 'reporters', 'years', 'patients'],
    hasShortages: true,
  },
  {
    code: 'lanoline',
    name: { fr: 'Lanoline', en: 'Lanolin' },
    aliases: ['Graisse de laine'],
    atc: 'D02AC',
    cases: 0,
    patientsPerYear: 2_100,
    female: 0.5,
    ages: 'datamed',
    ageWeights: [0.2, 0.5, 0.3],
    soc: {},
    serious: 0,
    trend: [1, 1, 1, 1, 1],
    hasShortages: false,
  },
  {
    code: 'fampridine',
    name: { fr: 'Fampridine', en: 'Fampridine' },
    aliases: ['Fampyra'],
    atc: 'N07XX07',
    cases: 7,
    patientsPerYear: 4_200,
    female: 0.71,
    ages: 'datamed',
    ageWeights: [0, 0.6, 0.4],
    soc: soc({ 'nervous-system': 0.6, general: 0.3 }),
    serious: 0.3,
    trend: [1, 1, 1, 1, 1],
    hasShortages: false,
  },
];

/** In the vocabulary's order: GP, specialist, pharmacist, nurse, dentist, other professional, patient, unknown (the demo tells GPs from specialists). */
const REPORTER_KEYS = Object.keys(REPORTER_LABELS).filter((k) => k !== 'physician');
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

const PRODUCTS: Record<string, { product: string; laboratory: string }[]> = {
  paracetamol: [
    { product: 'DOLIPRANE 1000 mg, comprimé', laboratory: 'OPELLA HEALTHCARE FRANCE' },
    { product: 'PARACETAMOL KABI 10 mg/mL, solution pour perfusion', laboratory: 'FRESENIUS KABI FRANCE' },
    {
      product: 'DOLIPRANE 2,4 %, suspension buvable (enfants de 3 à 26 kg)',
      laboratory: 'OPELLA HEALTHCARE FRANCE',
    },
  ],
  ibuprofene: [{ product: 'ADVIL 200 mg, comprimé enrobé', laboratory: 'HALEON FRANCE' }],
  amoxicilline: [
    {
      product:
        'AMOXICILLINE/ACIDE CLAVULANIQUE BIOGARAN 100 mg/12,5 mg par mL ENFANTS, poudre pour suspension buvable en flacon (rapport amoxicilline/acide clavulanique : 8/1)',
      laboratory: 'BIOGARAN',
    },
    { product: 'CLAMOXYL 250 mg/5 mL, poudre pour suspension buvable', laboratory: 'GLAXOSMITHKLINE' },
    { product: 'AMOXICILLINE SANDOZ 1 g, comprimé dispersible', laboratory: 'SANDOZ' },
  ],
  'levothyroxine-sodique': [
    { product: 'L-THYROXIN HENNING 100 microgrammes, comprimé', laboratory: 'SANOFI AVENTIS FRANCE' },
  ],
  atorvastatine: [{ product: 'TAHOR 10 mg, comprimé pelliculé', laboratory: 'VIATRIS SANTE' }],
  omeprazole: [{ product: 'MOPRAL 20 mg, gélule gastro-résistante', laboratory: 'ASTRAZENECA' }],
  tramadol: [{ product: 'TOPALGIC 50 mg, gélule', laboratory: 'SANOFI AVENTIS FRANCE' }],
  'abacavir-sulfate': [{ product: 'ZIAGEN 20 mg/mL, solution buvable', laboratory: 'VIIV HEALTHCARE' }],
  'acide-acetylsalicylique': [
    {
      product: 'KARDEGIC 75 mg, poudre pour solution buvable en sachet',
      laboratory: 'OPELLA HEALTHCARE FRANCE',
    },
  ],
  'valproate-de-sodium': [
    { product: 'DEPAKINE 200 mg/mL, solution buvable', laboratory: 'SANOFI AVENTIS FRANCE' },
  ],
  methotrexate: [{ product: 'IMETH 10 mg, comprimé sécable', laboratory: 'NORDIC PHARMA' }],
  baclofene: [{ product: 'LIORESAL 10 mg, comprimé sécable', laboratory: 'NOVARTIS PHARMA SAS' }],
  hydroxychloroquine: [
    { product: 'PLAQUENIL 200 mg, comprimé pelliculé', laboratory: 'SANOFI AVENTIS FRANCE' },
  ],
  trientine: [{ product: 'CUPRIOR 150 mg, comprimé pelliculé', laboratory: 'ORPHALAN' }],
  ivermectine: [{ product: 'STROMECTOL 3 mg, comprimé', laboratory: 'MSD FRANCE' }],
};

/** Products outside the demo substances, so the all-medicines timeline is busy enough. */
const OTHER_PRODUCTS = [
  {
    product: 'CISPLATINE ACCORD 1 mg/mL, solution à diluer pour perfusion',
    substance: 'cisplatine',
    atc: 'L01XA01',
    laboratory: 'ACCORD HEALTHCARE FRANCE',
  },
  {
    product: 'SALBUTAMOL ARROW 100 µg/dose, suspension pour inhalation',
    substance: 'salbutamol',
    atc: 'R03AC02',
    laboratory: 'ARROW GENERIQUES',
  },
  {
    product: 'INSULATARD FlexPen 100 UI/mL, suspension injectable',
    substance: 'insuline humaine',
    atc: 'A10AC01',
    laboratory: 'NOVO NORDISK',
  },
  {
    product: 'HEPARINE SODIQUE PANPHARMA 5 000 UI/mL, solution injectable',
    substance: 'héparine sodique',
    atc: 'B01AB01',
    laboratory: 'PANPHARMA',
  },
  {
    product: 'FUROSEMIDE RENAUDIN 10 mg/mL, solution injectable',
    substance: 'furosémide',
    atc: 'C03CA01',
    laboratory: 'LABORATOIRE RENAUDIN',
  },
  {
    product: 'PREDNISOLONE BIOGARAN 20 mg, comprimé orodispersible',
    substance: 'prednisolone',
    atc: 'H02AB06',
    laboratory: 'BIOGARAN',
  },
  {
    product: 'TAMOXIFENE TEVA 20 mg, comprimé pelliculé',
    substance: 'tamoxifène',
    atc: 'L02BA01',
    laboratory: 'TEVA SANTE',
  },
  {
    product: 'QUETIAPINE EG LP 50 mg, comprimé à libération prolongée',
    substance: 'quétiapine',
    atc: 'N05AH04',
    laboratory: 'EG LABO',
  },
  {
    product: 'TIMOLOL CHAUVIN 0,50 %, collyre en solution',
    substance: 'timolol',
    atc: 'S01ED01',
    laboratory: 'LABORATOIRE CHAUVIN',
  },
  {
    product: 'BENZATHINE BENZYLPENICILLINE 2,4 MUI, poudre pour suspension injectable',
    substance: 'benzathine benzylpénicilline',
    atc: 'J01CE08',
    laboratory: 'DELBERT',
  },
];

const CAUSES = [
  'production-incident',
  'sales-increase',
  'insufficient-capacity',
  'supply-raw-material',
  'finished-product-quality',
  'regulatory',
  'site-transfer',
  'logistics',
  'supply-packaging',
  'gmp-non-compliance',
  'release-tests-failed',
  'other',
];
const MEASURES = [
  'quantitative-quota',
  'qualitative-quota',
  'emergency-stock',
  'import',
  'circuit-restriction',
  'regulatory-flexibility',
  'none',
];

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
  const shortagePeriod = { start: '2014-01-01', end: GENERATED };
  const entries: IndexEntry[] = [];
  for (const spec of SPECS) {
    const ae = validateAdverseEffects(adverseEffects(spec), spec.code);
    files.set(`substances/${spec.code}.json`, json(ae));
    const own = declarations.filter((d) => d.substanceCode === spec.code);
    const shortageFile: ShortagesFile = {
      schema: SCHEMA_IDS.shortages,
      provenance: {
        ...demoProvenance(shortagePeriod),
        source: {
          fr: 'Données fictives de démonstration (DataMed Widgets)',
          en: 'Fictional demonstration data (DataMed Widgets)',
        },
      },
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
    provenance: {
      ...demoProvenance(shortagePeriod),
      source: {
        fr: 'Données fictives de démonstration (DataMed Widgets)',
        en: 'Fictional demonstration data (DataMed Widgets)',
      },
    },
    declarations,
  };
  files.set('shortages/all.json', json(validateShortages(all, 'all')));
  const index: IndexFile = {
    schema: SCHEMA_IDS.index,
    provenance: demoProvenance(),
    substances: entries.sort((a, b) => a.name.fr.localeCompare(b.name.fr, 'fr')),
  };
  files.set('index.json', json(validateIndex(index)));
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

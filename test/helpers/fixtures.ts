/** Small hand-written payloads for the tests (the demo data cover the big, realistic cases). */
import { SCHEMA_IDS, type AdverseEffectsFile, type Provenance } from '../../src/data/contract.js';

export const provenance = (overrides: Partial<Provenance> = {}): Provenance => ({
  source: 'Test',
  period: { start: '2014-01-01', end: '2018-12-31' },
  generated: '2026-01-15',
  threshold: 11,
  demo: false,
  ...overrides,
});

/** A complete, valid adverse-effect file; pass overrides to break or trim it. */
export function aeFile(overrides: Record<string, unknown> = {}): AdverseEffectsFile {
  return {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: provenance(),
    substance: { code: 'test-substance', name: { fr: 'Substance d’essai', en: 'Test substance' } },
    cases: { count: 942 },
    patients: {
      patientYears: { count: 152_380 },
      bySex: [
        { key: 'female', count: 48_273 },
        { key: 'male', count: 104_107 },
      ],
    },
    sex: [
      { key: 'female', count: 317 },
      { key: 'male', count: 625 },
    ],
    age: [
      { key: '0-19', count: 20 },
      { key: '20-59', count: 741 },
      { key: '60+', count: 181 },
    ],
    organClasses: {
      base: { count: 942 },
      items: [
        { code: '10040785', count: 310 },
        { code: '10017947', count: 205 },
        { code: '10021428', count: 4 },
      ],
    },
    years: [2014, 2015, 2016, 2017, 2018].map((year, i) => ({ year, count: [171, 187, 200, 190, 194][i]! })),
    ...overrides,
  } as AdverseEffectsFile;
}

/** A minimal valid product file (`products/{cis}.json`); `o` overrides the root, `inner` its `product`. */
export function productFile(o: Record<string, unknown> = {}, inner: Record<string, unknown> = {}) {
  return {
    schema: SCHEMA_IDS.product,
    provenance: provenance(),
    product: { cis: '69999001', name: { fr: 'P 10 mg, comprimé' }, ...inner },
    substances: [{ name: { fr: 'S' } }],
    ...o,
  };
}

/** A minimal valid shortage declaration; pass overrides to break or complete it. */
export const shortageDeclaration = (o: Record<string, unknown> = {}) => ({
  id: '1',
  product: 'P',
  substance: 'S',
  classification: 'rupture',
  state: 'open',
  reported: '2020-01-01',
  ...o,
});

/** Serves a value as a JSON response from the test server (see scripts/wtr-middleware.mjs). */
export function jsonUrl(value: unknown, name = 'x.json'): string {
  return `/__fault__/json/${name}?body=${encodeURIComponent(JSON.stringify(value))}`;
}

/** Hand-written product files (`datamed.product/1`) for the product and availability tests. */
import { SCHEMA_IDS, type Availability, type ProductFile } from '../../src/data/contract.js';
import { provenance } from './fixtures.js';

export const availability = (overrides: Partial<Availability> = {}): Availability => ({
  status: 'rupture',
  since: '2026-10-02',
  expectedReturn: '2027-01-15',
  updated: '2026-11-20',
  url: 'https://ansm.sante.fr/disponibilites-des-produits-de-sante/medicaments',
  asOf: '2026-11-30',
  ...overrides,
});

/** A complete product with two substances (one without our code), in shortage now. */
export function productFile(overrides: Partial<ProductFile> = {}): ProductFile {
  return {
    schema: SCHEMA_IDS.product,
    provenance: provenance({ generated: '2026-12-01' }),
    product: {
      cis: '61234567',
      name: { fr: 'TESTOPRANE 500 mg/30 mg, comprimé', en: 'TESTOPRANE 500 mg/30 mg, tablet' },
      form: { fr: 'comprimé', en: 'tablet' },
      routes: ['orale'],
      laboratory: 'LABORATOIRE D’ESSAI',
      atc: { code: 'N02BE51', label: { fr: 'paracétamol en association', en: 'paracetamol, combinations' } },
      bdpmUrl: 'https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=61234567',
      marketed: true,
    },
    substances: [
      {
        code: 'paracetamol',
        bdpm: '02202',
        name: { fr: 'Paracétamol', en: 'Paracetamol' },
        dosage: '500 mg',
        dosageReference: 'un comprimé',
      },
      {
        bdpm: '01234',
        name: { fr: 'Codéine (phosphate de)' },
        dosage: '30 mg',
        dosageReference: 'un comprimé',
      },
    ],
    availability: availability(),
    patients: { patientYears: { count: 48_250 }, usageLevel: 'high' },
    medicationErrors: {
      cases: { count: 57 },
      adverseEffect: [
        { key: 'with', count: 21 },
        { key: 'without', count: 36 },
      ],
      step: [
        { key: 'administration', count: 40 },
        { key: 'dispensing', count: 12 },
        { key: 'prescription', count: 5 },
      ],
    },
    shortages: [
      {
        id: 'T-1',
        product: 'TESTOPRANE 500 mg/30 mg, comprimé',
        cis: ['61234567'],
        substance: 'paracétamol',
        substanceCode: 'paracetamol',
        classification: 'rupture',
        state: 'open',
        reported: '2026-09-28',
        start: '2026-10-02',
        expectedReturn: { community: '2027-01-15' },
      },
      {
        id: 'T-0',
        product: 'TESTOPRANE 500 mg/30 mg, comprimé',
        cis: ['61234567'],
        substance: 'paracétamol',
        substanceCode: 'paracetamol',
        classification: 'risk',
        state: 'closed',
        reported: '2025-02-03',
        start: '2025-02-10',
        end: '2025-05-20',
      },
    ],
    ...overrides,
  };
}

/** Test source whose products are the given files and whose other files are the demo tree's. */
export const PRODUCTS_SOURCE = '/test-products/';

/** Serves `products/{cis}.json` for each file under PRODUCTS_SOURCE, the rest from the demo tree; returns the undo. */
export function serveProducts(files: ProductFile[]): () => void {
  const original = window.fetch;
  const byPath = new Map(
    files.map((f) => [`${PRODUCTS_SOURCE}products/${f.product.cis}.json`, JSON.stringify(f)]),
  );
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.href,
    );
    const body = byPath.get(url.pathname);
    if (body) return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    if (url.pathname.startsWith(PRODUCTS_SOURCE) && !url.pathname.includes('/products/'))
      return original(`/demo-data/${url.pathname.slice(PRODUCTS_SOURCE.length)}`, init);
    return original(input, init);
  };
  return () => (window.fetch = original);
}

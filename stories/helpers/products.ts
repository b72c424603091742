/** Fictional product files (`datamed.product/1`) for the stories of states the demo tree has not. */
import { SCHEMA_IDS, type Availability, type ProductFile } from '../../src/data/contract.js';
import { DEMO_PROVENANCE } from './charts.js';

/** A fictional product, changed by `overrides`. */
export function storyProduct(overrides: Partial<ProductFile> = {}): ProductFile {
  return {
    schema: SCHEMA_IDS.product,
    provenance: DEMO_PROVENANCE,
    product: {
      cis: '69999901',
      name: { fr: 'FICTIPRANE 250 mg, comprimé', en: 'FICTIPRANE 250 mg, tablet' },
    },
    substances: [{ code: 'paracetamol', name: { fr: 'Paracétamol', en: 'Paracetamol' }, dosage: '250 mg' }],
    ...overrides,
  };
}

export const availabilityOf = (
  status: Availability['status'],
  more: Partial<Availability> = {},
): Availability => ({
  status,
  asOf: '2026-11-30',
  ...more,
});

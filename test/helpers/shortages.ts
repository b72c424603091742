/** Small hand-written shortage declarations for the tests (the demo data cover the realistic cases). */
import { SCHEMA_IDS, type ShortageDeclaration, type ShortagesFile } from '../../src/data/contract.js';
import { provenance } from './fixtures.js';

let serial = 0;

/** A declaration; closed from 2019-01-01 to 2019-03-01 unless told otherwise. */
export function declaration(overrides: Partial<ShortageDeclaration> = {}): ShortageDeclaration {
  const d: ShortageDeclaration = {
    id: `T${++serial}`,
    product: 'LYRICA 25 mg, gélule',
    substance: 'Prégabaline',
    atc: 'N03AX16',
    classification: 'rupture',
    state: 'closed',
    reported: '2019-01-03',
    start: '2019-01-01',
    end: '2019-03-01',
    cause: 'production-incident',
    circuits: ['community'],
    ...overrides,
  };
  // `start: undefined` in the overrides removes the field, as in a file.
  for (const key of Object.keys(d) as (keyof ShortageDeclaration)[]) if (d[key] === undefined) delete d[key];
  return d;
}

/** A shortage file whose data end on 2020-11-30 (like the real export). */
export function shortagesFile(declarations: ShortageDeclaration[], demo = false): ShortagesFile {
  return {
    schema: SCHEMA_IDS.shortages,
    provenance: provenance({
      source: 'Test',
      period: { start: '2014-01-01', end: '2020-11-30' },
      generated: '2026-11-23',
      demo,
    }),
    declarations,
  };
}

/** Four products, every kind of bar: closed, open with and without expected return, end unknown. */
export function mixedDeclarations(): ShortageDeclaration[] {
  return [
    declaration({ id: 'A1', product: 'ALPHA 10 mg', substance: 'alphazine', classification: 'rupture' }),
    declaration({
      id: 'A2',
      product: 'ALPHA 10 mg',
      substance: 'alphazine',
      classification: 'risk',
      state: 'open',
      reported: '2020-06-01',
      start: '2020-06-10',
      end: undefined,
      expectedReturn: { community: '2021-02-01' },
      cause: 'sales-increase',
      atc: 'N02BE01',
    }),
    declaration({
      id: 'B1',
      product: 'BETA 5 mg',
      substance: 'betamol',
      classification: 'discontinuation',
      reported: '2016-02-01',
      start: undefined,
      end: undefined,
      cause: undefined,
      atc: 'J01CA04',
    }),
    declaration({
      id: 'C1',
      product: 'GAMMA 1 g',
      substance: 'gammacine',
      classification: 'rupture',
      state: 'open',
      reported: '2015-05-04',
      start: '2015-05-04',
      end: undefined,
      cause: 'other',
      causeText: 'Retard de livraison',
      atc: 'J01CA01',
    }),
    declaration({
      id: 'D1',
      product: 'delta 2 mg',
      substance: 'deltane',
      classification: 'other',
      reported: '2018-03-01',
      start: '2018-03-01',
      end: '2018-03-20',
      atc: undefined,
    }),
  ];
}

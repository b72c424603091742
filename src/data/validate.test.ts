import { expect } from '@open-wc/testing';
import { validateAdverseEffects, validateIndex, validateShortages } from './validate.js';
import { DatamedError } from './errors.js';
import { aeFile, provenance } from '../../test/helpers/fixtures.js';
import { SCHEMA_IDS } from './contract.js';

function rejects(fn: () => unknown): DatamedError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(DatamedError);
    return error as DatamedError;
  }
  throw new Error('expected the payload to be rejected');
}

async function demo(path: string): Promise<unknown> {
  return (await fetch(`/demo-data/${path}`)).json();
}

describe('validate: the demo data', () => {
  it('accepts every demo file', async () => {
    const index = validateIndex(await demo('index.json'));
    expect(index.substances.length).to.be.greaterThan(15);
    for (const s of index.substances) {
      validateAdverseEffects(await demo(`substances/${s.code}.json`), s.code);
      validateShortages(await demo(`shortages/${s.code}.json`), s.code);
    }
    const all = validateShortages(await demo('shortages/all.json'));
    expect(all.declarations.length).to.be.greaterThan(50);
  });
});

describe('validate: adverse-effect files', () => {
  it('accepts a complete file and keeps its values', () => {
    const file = validateAdverseEffects(aeFile());
    expect(file.cases).to.deep.equal({ count: 942 });
    expect(file.sex?.[1]).to.deep.equal({ key: 'male', count: 625 });
  });

  it('accepts partial files: every section is optional', () => {
    const { schema, provenance: p, substance } = aeFile();
    expect(() => validateAdverseEffects({ schema, provenance: p, substance })).not.to.throw();
  });

  it('ignores unknown extra fields', () => {
    expect(() => validateAdverseEffects(aeFile({ futureSection: { a: 1 } }))).not.to.throw();
  });

  const invalid: [string, unknown, string, string][] = [
    ['a string instead of a count', aeFile({ cases: { count: '942' } }), 'cases.count', 'type'],
    ['a negative count', aeFile({ sex: [{ key: 'female', count: -3 }] }), 'sex[0].count', 'range'],
    ['a fractional count', aeFile({ cases: { count: 1.5 } }), 'cases.count', 'type'],
    ['NaN', aeFile({ cases: { count: Number.NaN } }), 'cases.count', 'type'],
    [
      'an unknown SOC code',
      aeFile({ organClasses: { items: [{ code: '99999999', count: 20 }] } }),
      'organClasses.items[0].code',
      'enum',
    ],
    ['an unknown sex', aeFile({ sex: [{ key: 'other', count: 20 }] }), 'sex[0].key', 'enum'],
    [
      'a duplicate key',
      aeFile({
        sex: [
          { key: 'female', count: 20 },
          { key: 'female', count: 20 },
        ],
      }),
      'sex[1].key',
      'duplicate',
    ],
    [
      'a null count without the suppressed flag',
      aeFile({ cases: { count: null } }),
      'cases.suppressed',
      'suppressed',
    ],
    [
      'a suppressed cell that still has its count',
      aeFile({ cases: { count: 5, suppressed: true } }),
      'cases.count',
      'suppressed',
    ],
    ['parts larger than the total', aeFile({ cases: { count: 10 } }), 'sex', 'sum'],
    ['a missing substance', { ...aeFile(), substance: undefined }, 'substance', 'required'],
    [
      'a code that could escape its folder',
      aeFile({ substance: { code: '../etc', name: { fr: 'x' } } }),
      'substance.code',
      'pattern',
    ],
    [
      'an impossible date',
      aeFile({ provenance: provenance({ generated: '2021-02-31' }) }),
      'provenance.generated',
      'date',
    ],
    [
      'a javascript: source link',
      aeFile({ provenance: provenance({ sourceUrl: 'javascript:alert(1)' }) }),
      'provenance.sourceUrl',
      'pattern',
    ],
    [
      'a threshold of zero',
      aeFile({ provenance: provenance({ threshold: 0 }) }),
      'provenance.threshold',
      'range',
    ],
    [
      'a very long label',
      aeFile({ substance: { code: 'x', name: { fr: 'a'.repeat(5000) } } }),
      'substance.name.fr',
      'too-long',
    ],
    [
      'a huge list',
      aeFile({ age: Array.from({ length: 5000 }, (_, i) => ({ key: `k${i}`, count: 0 })) }),
      'age',
      'too-many',
    ],
    ['an array instead of an object', aeFile({ patients: [] }), 'patients', 'type'],
    [
      'an unknown age band without a label',
      aeFile({ reporters: [{ key: 'robot', count: 1 }] }),
      'reporters[0].key',
      'enum',
    ],
  ];
  for (const [what, payload, field, rule] of invalid) {
    it(`rejects ${what}, naming the field`, () => {
      const e = rejects(() => validateAdverseEffects(payload, 'substances/x.json'));
      expect(e.kind).to.equal('invalid');
      expect(e.details.field).to.equal(field);
      expect(e.details.rule).to.equal(rule);
      expect(e.details.url).to.equal('substances/x.json');
    });
  }

  it('rejects a wrong schema version with a "schema" error', () => {
    const e = rejects(() => validateAdverseEffects(aeFile({ schema: 'datamed.adverse-effects/2' })));
    expect(e.kind).to.equal('schema');
    expect(e.details.found).to.equal('datamed.adverse-effects/2');
    expect(e.details.expected).to.equal(SCHEMA_IDS.adverseEffects);
  });

  it('rejects another file type and non-objects as schema errors', () => {
    expect(rejects(() => validateAdverseEffects(aeFile({ schema: SCHEMA_IDS.index }))).kind).to.equal(
      'schema',
    );
    expect(rejects(() => validateAdverseEffects([])).kind).to.equal('invalid');
    expect(rejects(() => validateAdverseEffects(null)).kind).to.equal('invalid');
    expect(rejects(() => validateAdverseEffects('text')).kind).to.equal('invalid');
  });
});

describe('validate: index and shortages', () => {
  const index = (substances: unknown) => ({ schema: SCHEMA_IDS.index, provenance: provenance(), substances });
  const shortages = (declarations: unknown) => ({
    schema: SCHEMA_IDS.shortages,
    provenance: provenance(),
    declarations,
  });
  const declaration = (overrides: Record<string, unknown> = {}) => ({
    id: '14RS001',
    product: 'LYRICA',
    substance: 'Prégabaline',
    classification: 'rupture',
    state: 'closed',
    reported: '2014-01-03',
    ...overrides,
  });

  it('accepts minimal entries', () => {
    expect(validateIndex(index([{ code: 'a', name: { fr: 'A' }, datasets: {} }])).substances).to.have.length(
      1,
    );
    expect(validateShortages(shortages([declaration()])).declarations[0]!.state).to.equal('closed');
  });

  it('rejects duplicate codes and ids', () => {
    const dup = { code: 'a', name: { fr: 'A' }, datasets: {} };
    expect(rejects(() => validateIndex(index([dup, dup]))).details.rule).to.equal('duplicate');
    expect(rejects(() => validateShortages(shortages([declaration(), declaration()]))).details.rule).to.equal(
      'duplicate',
    );
  });

  it('rejects unknown classifications, causes, circuits and bad dates', () => {
    expect(
      rejects(() => validateShortages(shortages([declaration({ classification: 'RUPTURE' })]))).details.field,
    ).to.equal('declarations[0].classification');
    expect(
      rejects(() => validateShortages(shortages([declaration({ cause: 'aliens' })]))).details.rule,
    ).to.equal('enum');
    expect(
      rejects(() => validateShortages(shortages([declaration({ circuits: ['moon'] })]))).details.rule,
    ).to.equal('enum');
    expect(
      rejects(() => validateShortages(shortages([declaration({ end: '2014-13-01' })]))).details.rule,
    ).to.equal('date');
  });
});

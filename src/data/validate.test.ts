import { expect } from '@open-wc/testing';
import { validateAdverseEffects, validateIndex, validateShortages } from './validate.js';
import { isCalendarDate } from './validate-checker.js';
import { checkShortageDeclaration } from './validate-shortages.js';
import { SHORTAGE_CAUSES, SHORTAGE_MEASURES } from './vocabulary.js';
import { parseIsoDate } from './dates.js';
import { DatamedError } from './errors.js';
import { aeFile, provenance } from '../../test/helpers/fixtures.js';
import { DATE_PATTERN, SCHEMA_IDS, type ShortageDeclaration } from './contract.js';

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

  it('checks a declaration field by field: accepts it whole, or names the field it refuses (5,000 mutated declarations)', () => {
    const full = declaration({
      substanceCode: 'pregabaline',
      atc: 'N03AX16',
      laboratory: 'Pfizer',
      causeText: 'Retard',
      start: '2014-01-02',
      end: '2014-03-01',
      expectedReturn: { community: '2014-02-15' },
      cause: Object.keys(SHORTAGE_CAUSES)[0],
      measures: [Object.keys(SHORTAGE_MEASURES)[0]],
      circuits: ['community', 'hospital'],
    });
    const odd = [
      undefined,
      null,
      '',
      'x',
      0,
      -1,
      NaN,
      true,
      [],
      {},
      ['community'],
      ['moon'],
      '2014-02-30',
      '2014-02-28',
      '1899-12-31',
      '0050-01-01',
      'a'.repeat(101),
      'a'.repeat(1001),
      'RUPTURE',
      'rupture',
      'open',
      'J01',
      'j01',
      'pregabaline',
      { community: 'x' },
      { hospital: '2020-01-01' },
      { extra: 1 },
      Object.keys(SHORTAGE_CAUSES)[1],
      new Array(21).fill(Object.keys(SHORTAGE_MEASURES)[0]),
    ];
    const keys = [...Object.keys(full), 'unknownField'];
    let random = 7;
    const next = (n: number) => ((random = (random * 1103515245 + 12345) % 2 ** 31), random % n);
    let accepted = 0;
    for (let run = 0; run < 5000; run++) {
      const item: Record<string, unknown> = { ...full };
      const changed = new Set<string>();
      for (let k = next(3); k >= 0; k--) {
        const key = keys[next(keys.length)]!;
        item[key] = odd[next(odd.length)];
        changed.add(key);
      }
      let result: ShortageDeclaration | undefined;
      try {
        result = checkShortageDeclaration(item);
      } catch (error) {
        // Refused: for a field that was changed, with the path of that field.
        const field = (error as DatamedError).details.field ?? '';
        expect(field, JSON.stringify(item)).to.match(/^declarations\[0\]\.(\w+)/);
        expect(changed.has(/^declarations\[0\]\.(\w+)/.exec(field)![1]!), field).to.be.true;
        continue;
      }
      accepted++;
      // Accepted: every known field as given, unknown ones dropped, nothing else.
      const { unknownField: _unknown, ...known } = item;
      if (known.expectedReturn) {
        const { community, hospital } = known.expectedReturn as Record<string, unknown>;
        known.expectedReturn = { ...(community ? { community } : {}), ...(hospital ? { hospital } : {}) };
      }
      expect(result, JSON.stringify(item)).to.deep.equal(
        Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined)),
      );
    }
    expect(accepted, 'declarations accepted').to.be.greaterThan(500);
    expect(checkShortageDeclaration(full)).to.deep.equal(full);
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

describe('validate: names and labels lose their invisible controls', () => {
  // A right-to-left override makes "lmth.exe" read "exe.html"; zero-width characters split a name
  // so that it no longer matches what a reader types. Both are removed; the texts stay isolated
  // where they are shown.
  const hostile = 'lmth.exe\u202E\u200B\u200C\u200D\u2060\uFEFF\u2066\u2069\u200E\u200F\u061C x';
  const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

  it('in adverse-effect files: substance name, category labels, source', () => {
    const base = aeFile();
    const file = validateAdverseEffects({
      ...base,
      provenance: provenance({ source: { fr: hostile, en: hostile } }),
      substance: { code: 'test-substance', name: { fr: hostile, en: hostile } },
      age: [{ key: 'a-0-9', label: { fr: hostile }, count: 20 }],
    });
    expect(file.substance.name).to.deep.equal({ fr: 'lmth.exe x', en: 'lmth.exe x' });
    expect(file.provenance.source).to.deep.equal({ fr: 'lmth.exe x', en: 'lmth.exe x' });
    expect(file.age![0]!.label).to.deep.equal({ fr: 'lmth.exe x' });
    expect(JSON.stringify(file)).not.to.match(CONTROLS);
  });

  it('in the index (names, aliases) and in shortage declarations (every free text)', () => {
    const index = validateIndex({
      schema: SCHEMA_IDS.index,
      provenance: provenance({ source: hostile }),
      substances: [{ code: 'a', name: { fr: hostile }, aliases: [hostile], datasets: {} }],
    });
    expect(index.substances[0]!.name.fr).to.equal('lmth.exe x');
    expect(index.substances[0]!.aliases).to.deep.equal(['lmth.exe x']);
    expect(index.provenance.source).to.equal('lmth.exe x');
    const file = validateShortages({
      schema: SCHEMA_IDS.shortages,
      provenance: provenance(),
      declarations: [
        {
          id: '14RS001',
          product: hostile,
          substance: hostile,
          laboratory: hostile,
          classification: 'rupture',
          state: 'closed',
          reported: '2014-01-03',
        },
      ],
    });
    const d = file.declarations[0]!;
    expect([d.product, d.substance, d.laboratory]).to.deep.equal(['lmth.exe x', 'lmth.exe x', 'lmth.exe x']);
  });

  it('keeps letters, accents, spaces and right-to-left scripts', () => {
    const names = ['Paracétamol', 'Acide acétylsalicylique', 'سيتامول', 'Œstradiol (voie orale)'];
    const index = validateIndex({
      schema: SCHEMA_IDS.index,
      provenance: provenance(),
      substances: names.map((fr, i) => ({ code: `s${i}`, name: { fr }, datasets: {} })),
    });
    expect(index.substances.map((s) => s.name.fr)).to.deep.equal(names);
  });
});

describe('isCalendarDate', () => {
  it('answers as a Date would: real days only, leap years, no year below 100', () => {
    let compared = 0;
    for (const year of [0, 99, 100, 1900, 1999, 2000, 2020, 2023, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isCalendarDate(text), text).to.equal(DATE_PATTERN.test(text) && !!parseIsoDate(text));
          compared++;
        }
    for (const text of ['', '2020-1-01', '2020-01-01T00:00:00Z', ' 2020-01-01', '20200101', 'abcd-ef-gh'])
      expect(isCalendarDate(text), text).to.be.false;
    expect(compared).to.equal(11 * 14 * 7);
  });
});

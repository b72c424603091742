import { expect } from '@open-wc/testing';
import type { AdverseEffectsFile, ShortageDeclaration, ShortagesFile } from '../data/contract.js';
import { privacyViolations } from '../../test/helpers/privacy-invariant.js';
import { isHidden } from '../data/privacy.js';
import {
  validateAdverseEffects,
  validateIndex,
  validateProductsIndex,
  validateShortages,
} from '../data/validate.js';
import { validateProduct } from '../data/validate-product.js';
import type { TableKind } from './ae-columns.js';
import { AdverseEffectTables } from './ae-tables.js';
import { BdpmData } from './bdpm.js';
import { formatIssue } from './issues.js';
import type { InputRecord } from './records.js';
import { datasetDates, latestInputDate } from './provenance.js';
import { withAccents } from './substance-index.js';
import { buildTree } from './tree.js';
import type { TreeFile } from './tree-types.js';

const T = 11;

function record(line: number, fields: Record<string, string | number | null>): InputRecord {
  return {
    line,
    position: 2,
    typed: true,
    fields: new Map(Object.entries(fields).map(([k, value]) => [k, { value, line, position: 10 }])),
  };
}

/** Tables from plain rows: `{ year: [...], sex: [...] }`. */
function tablesOf(rows: Partial<Record<TableKind, Record<string, string | number | null>[]>>) {
  const tables = new AdverseEffectTables();
  for (const [kind, list] of Object.entries(rows) as [
    TableKind,
    Record<string, string | number | null>[],
  ][]) {
    tables.table(`${kind}.json`, kind);
    list.forEach((fields, i) => tables.add(record(i + 1, fields)));
  }
  return tables;
}

const years = (name: string, cases: number[], patients: number[]) =>
  cases.map((n, i) => ({ MEDICAMENT: name, ANNEE: 2014 + i, n_cas: n, n_conso: patients[i]! }));

const SOC_CARDIAC = 'Affections cardiaques';
const SOC_SKIN = 'Affections de la peau et du tissu sous-cutané';

function sample() {
  return tablesOf({
    year: [
      ...years("ALPHA (SULFATE D')", [100, 120, 0, 90, 110], [5000, 5200, 5100, 0, 5300]),
      ...years('BETA', [1, 2, 0, 0, 3], [10, 10, 10, 10, 10]),
    ],
    sex: [
      { MEDICAMENT: "ALPHA (SULFATE D')", SEXE: 'Femmes', n_cas: 416, n_conso: 20000 },
      { MEDICAMENT: "ALPHA (SULFATE D')", SEXE: 'Hommes', n_cas: 4, n_conso: 600 },
      { MEDICAMENT: 'BETA', SEXE: 'Femmes', n_cas: 6, n_conso: 50 },
    ],
    age: [
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: '0-19 ans', n_cas: 20, n_conso: 1000 },
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: '20-59 ans', n_cas: 300, n_conso: 15000 },
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: '60 ans et plus', n_cas: 100, n_conso: 4600 },
    ],
    'soc-sex': [
      { MEDICAMENT: "ALPHA (SULFATE D')", SEXE: 'F', SOC_LONG: SOC_CARDIAC, n_decla_eff: 30, n_cas: 418 },
      { MEDICAMENT: "ALPHA (SULFATE D')", SEXE: 'F', SOC_LONG: SOC_SKIN, n_decla_eff: 20, n_cas: 418 },
      { MEDICAMENT: "ALPHA (SULFATE D')", SEXE: 'M', SOC_LONG: SOC_SKIN, n_decla_eff: 15, n_cas: 418 },
    ],
    'soc-age': [
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: 20, SOC_LONG: SOC_CARDIAC, n_decla_eff: 25, n_cas: 418 },
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: 0, SOC_LONG: SOC_SKIN, n_decla_eff: 10, n_cas: 418 },
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: 20, SOC_LONG: SOC_SKIN, n_decla_eff: 12, n_cas: 418 },
      { MEDICAMENT: "ALPHA (SULFATE D')", AGE: 60, SOC_LONG: SOC_SKIN, n_decla_eff: 10, n_cas: 418 },
    ],
  });
}

const declaration = (o: Partial<ShortageDeclaration>): ShortageDeclaration => ({
  id: 'X',
  product: 'P',
  substance: '',
  classification: 'rupture',
  state: 'closed',
  reported: '2019-01-01',
  ...o,
});

function build(inputs: Parameters<typeof buildTree>[0], generated: string | undefined = '2020-01-01') {
  const built = buildTree(inputs, { threshold: T, ...(generated ? { generated } : {}) });
  const files = [...built.files()];
  const byPath = new Map(files.map((f) => [f.path, f]));
  return {
    ...built,
    list: files,
    file: <K extends TreeFile['kind']>(path: string) =>
      byPath.get(path) as Extract<TreeFile, { kind: K }> | undefined,
  };
}

function assertFileProtected(f: AdverseEffectsFile): void {
  expect(privacyViolations(f)).to.deep.equal([]);
}

describe('adverse-effect tables → files', () => {
  it('derives cases, patients, usage level, sex, age and years', () => {
    const { file } = build({ adverseEffects: sample() });
    const alpha = file<'adverse-effects'>('substances/alpha-sulfate-d.json')!.value;
    expect(alpha.substance).to.deep.equal({ code: 'alpha-sulfate-d', name: { fr: "Alpha (sulfate d')" } });
    expect(alpha.cases).to.deep.equal({ count: 420 });
    expect(alpha.patients!.patientYears).to.deep.equal({ count: 20600 });
    expect(alpha.patients!.usageLevel).to.equal('low'); // 4,120 a year
    expect(alpha.provenance.period).to.deep.equal({ start: '2014-01-01', end: '2018-12-31' });
    // 4 men hidden, and the women too: 420 − 416 would give them back.
    expect(alpha.sex).to.deep.equal([
      { key: 'female', count: null, suppressed: true },
      { key: 'male', count: null, suppressed: true },
    ]);
    expect(alpha.age!.map((c) => [c.key, c.label?.fr, c.count])).to.deep.equal([
      ['0-19', '0-19 ans', 20],
      ['20-59', '20-59 ans', 300],
      ['60+', '60 ans et plus', 100],
    ]);
    expect(alpha.years!.map((y) => [y.year, y.count, y.patients?.count])).to.deep.equal([
      [2014, 100, 5000],
      [2015, 120, 5200],
      [2016, 0, 5100],
      [2017, 90, 0],
      [2018, 110, 5300],
    ]);
    assertFileProtected(alpha);
  });

  it('derives organ classes from tables that leave small cells out', () => {
    const { file, summary } = build({ adverseEffects: sample() });
    const oc = file<'adverse-effects'>('substances/alpha-sulfate-d.json')!.value.organClasses!;
    expect(oc.base).to.deep.equal({ count: 420 }); // 418 aligned on the 420 cases: 2 would be a count
    const cardiac = oc.items.find((i) => i.code === '10007541')!;
    // 30 women; the men's row is missing (at most the substance's 4 men), so the class has 30 to 34
    // cases: not known exactly, hidden rather than guessed. The 25 of 20-59 years is a source row.
    expect(cardiac.count).to.equal(null);
    expect(cardiac.bySex!.map((c) => c.count)).to.deep.equal([30, null]);
    expect(cardiac.byAge!.map((c) => [c.key, c.count])).to.deep.equal([
      ['0-19', null],
      ['20-59', 25],
      ['60+', null],
    ]);
    const skin = oc.items.find((i) => i.code === '10040785')!;
    // Nothing missing, yet 35 by sex and 32 by age, while the substance's age table counts no case
    // of unknown age: the tables disagree. Nothing is guessed: the rows as given, the count hidden,
    // and a hidden `unknown` cell on each side for the cases it does not place.
    expect(skin.count).to.equal(null);
    expect(skin.bySex!.map((c) => [c.key, c.count])).to.deep.equal([
      ['female', 20],
      ['male', 15],
      ['unknown', null],
    ]);
    expect(skin.byAge!.map((c) => [c.key, c.count])).to.deep.equal([
      ['0-19', null],
      ['20-59', 12],
      ['60+', null],
      ['unknown', null],
    ]);
    expect(summary.contradictoryClasses).to.deep.equal(['alpha-sulfate-d:10040785']);
  });

  it('hides everything of a substance with too few cases, and says why', () => {
    const { file, summary } = build({ adverseEffects: sample() });
    const beta = file<'adverse-effects'>('substances/beta.json')!.value;
    expect(beta.cases).to.deep.equal({ count: null, suppressed: true });
    expect(beta.years!.every((y) => isHidden(y) || y.count === 0)).to.be.true;
    assertFileProtected(beta);
    const reasons = summary.suppressed.filter((s) => s.substance === 'alpha-sulfate-d');
    expect(reasons).to.deep.include({ substance: 'alpha-sulfate-d', cell: 'sex.male', reason: 'primary' });
    expect(reasons).to.deep.include({
      substance: 'alpha-sulfate-d',
      cell: 'sex.female',
      reason: 'secondary',
      protects: ['sex.male'],
    });
    expect(reasons).to.deep.include({
      substance: 'alpha-sulfate-d',
      cell: 'organClasses.10007541.byAge.0-19',
      reason: 'source',
    });
    expect(summary.cells.hidden).to.equal(summary.suppressed.length);
    expect(summary.cases).to.deep.equal({ total: 426, shown: 420 });
    expect(summary.alignedBases).to.deep.equal(['alpha-sulfate-d']);
  });

  it('reports wrong types, unknown values and duplicates with line, column and field', () => {
    const tables = tablesOf({
      year: [
        { MEDICAMENT: 'A', ANNEE: 2014, n_cas: '12', n_conso: 1 },
        { MEDICAMENT: 'A', ANNEE: 2015, n_cas: -1, n_conso: 1 },
        { MEDICAMENT: 'A', ANNEE: 1815, n_cas: 1, n_conso: 1 },
        { MEDICAMENT: 'A', ANNEE: 2016, n_cas: 1, n_conso: 1 },
        { MEDICAMENT: 'A', ANNEE: 2016, n_cas: 2, n_conso: 1 },
        { MEDICAMENT: '', ANNEE: 2016, n_cas: 2, n_conso: 1 },
        { MEDICAMENT: 'A', ANNEE: 2017, n_cas: 2 },
      ],
      sex: [{ MEDICAMENT: 'A', SEXE: 'X', n_cas: 1, n_conso: 1 }],
      'soc-sex': [
        { MEDICAMENT: 'A', SEXE: 'F', SOC_LONG: 'Affections imaginaires', n_decla_eff: 12, n_cas: 20 },
      ],
    });
    expect(tables.issues.map(formatIssue)).to.deep.equal([
      'year.json:1:10: error: n_cas: expected a whole number ≥ 0, found "12"',
      'year.json:2:10: error: n_cas: expected a whole number ≥ 0, found -1',
      'year.json:3:10: error: ANNEE: expected a year (1900–2200), found 1815',
      'year.json:5:2: error: duplicate row: "A", year 2016 already given on line 4',
      'year.json:6:10: error: MEDICAMENT: expected a substance name, found ""',
      'year.json:7:2: error: N_CONSO: missing field "N_CONSO"',
      'sex.json:1:10: error: SEXE: unknown sex "X" (expected Femmes / Hommes, F / M)',
      'soc-sex.json:1:10: error: SOC_LONG: unknown organ class "Affections imaginaires" (expected one of the 27 MedDRA SOC names or codes)',
    ]);
  });
});

describe('the tree', () => {
  const shortages = [
    declaration({
      id: 'A1',
      substance: 'alpha',
      product: 'ALPHAMYCINE 10 mg, comprimé',
      atc: 'J01CA04',
      reported: '2018-03-01',
    }),
    declaration({
      id: 'A2',
      substance: 'Alpha + Gamma',
      product: 'COMBIGAMMA',
      reported: '2017-05-01',
      end: '2019-02-01',
    }),
    declaration({ id: 'A3', substance: 'propofol', product: 'DIPRIVAN 1 %', reported: '2016-01-02' }),
    declaration({
      id: 'A4',
      substance: 'Propofol',
      product: 'PROPOFOL FRESENIUS 1 %',
      reported: '2016-01-03',
    }),
    declaration({ id: 'A5', substance: '', product: 'MYSTERE', reported: '2015-01-01' }),
  ];
  const tables = () => {
    const t = sample();
    t.table('more.json', 'age');
    t.add(record(1, { MEDICAMENT: 'GAMMA', AGE: '0-19 ans', n_cas: 0, n_conso: 0 }));
    return t;
  };

  it('links declarations, lists every substance once, and writes valid files', () => {
    const { index, list, file, summary } = build({ adverseEffects: tables(), shortages }, '2021-06-30');
    expect(index.substances.map((s) => [s.code, s.name.fr, s.datasets])).to.deep.equal([
      ['alpha-sulfate-d', "Alpha (sulfate d')", { adverseEffects: true, shortages: true }],
      ['beta', 'Beta', { adverseEffects: true, shortages: true }],
      ['gamma', 'Gamma', { adverseEffects: true, shortages: true }],
      ['propofol', 'Propofol', { adverseEffects: false, shortages: true }],
    ]);
    const alpha = index.substances[0]!;
    expect(alpha.aliases).to.deep.equal(['Alpha', 'Alphamycine', 'Combigamma']);
    expect(alpha.atc).to.deep.equal(['J01CA04']);
    expect(index.substances[3]!.aliases).to.deep.equal(['Diprivan']); // "Propofol Fresenius" is a generic
    expect(list.map((f) => f.path).filter((p) => !p.startsWith('shortages/atc/'))).to.deep.equal([
      'index.json',
      'substances/alpha-sulfate-d.json',
      'substances/beta.json',
      'substances/gamma.json',
      'all-medicines.json',
      'shortages/all.json',
      'shortages/alpha-sulfate-d.json',
      'shortages/beta.json',
      'shortages/gamma.json',
      'shortages/propofol.json',
    ]);
    const all = file<'shortages'>('shortages/all.json')!.value;
    expect(all.declarations.map((d) => [d.id, d.substanceCode])).to.deep.equal([
      ['A5', undefined],
      ['A3', 'propofol'],
      ['A4', 'propofol'],
      ['A2', 'alpha-sulfate-d'],
      ['A1', 'alpha-sulfate-d'],
    ]);
    // The period of the declarations: when they were reported (not when one of them ended).
    expect(all.provenance.period).to.deep.equal({ start: '2015-01-01', end: '2018-03-01' });
    expect(file<'shortages'>('shortages/gamma.json')!.value.declarations.map((d) => d.id)).to.deep.equal([
      'A2',
    ]);
    expect(file<'shortages'>('shortages/beta.json')!.value).to.deep.include({
      scope: { substance: 'beta' },
      declarations: [],
    });
    // One file per ATC main group, empty but for the group of the one declaration with a code.
    const groups = list.filter((f) => f.path.startsWith('shortages/atc/'));
    expect(groups.map((f) => f.path))
      .to.have.length(14)
      .and.include('shortages/atc/J.json');
    expect(file<'shortages'>('shortages/atc/J.json')!.value).to.deep.include({ scope: { atc: 'J' } });
    expect(groups.flatMap((f) => (f.value as ShortagesFile).declarations.map((d) => d.id))).to.deep.equal([
      'A1',
    ]);
    expect(summary.shortages).to.deep.include({
      declarations: 5,
      withSubstance: 4,
      linked: 2,
      unlinkedNames: 1,
    });
    for (const f of list) {
      expect(f.value.provenance.generated).to.equal('2021-06-30');
      if (f.kind === 'index') validateIndex(f.value, f.path);
      else if (f.kind === 'shortages') validateShortages(f.value, f.path);
      else if (f.kind === 'product') validateProduct(f.value, f.path);
      else if (f.kind === 'products-index') validateProductsIndex(f.value, f.path);
      else {
        validateAdverseEffects(f.value, f.path);
        assertFileProtected(f.value);
      }
    }
  });

  it('dates each dataset from what it describes, not from the clock', () => {
    expect(datasetDates({ adverseEffects: tables() })).to.deep.equal({ adverseEffects: '2018-12-31' });
    // A declaration's end or expected return may lie ahead of the export: only report dates count.
    const ahead = [
      ...shortages,
      declaration({ id: 'A9', reported: '2018-02-01', expectedReturn: { community: '2023-10-31' } }),
    ];
    expect(datasetDates({ adverseEffects: tables(), shortages: ahead })).to.deep.equal({
      adverseEffects: '2018-12-31',
      shortages: '2018-03-01',
    });
    expect(latestInputDate({ adverseEffects: tables(), shortages })).to.equal('2018-12-31');
    expect(latestInputDate({})).to.equal(undefined);
    const { list } = build({ adverseEffects: tables(), shortages: ahead }, ''); // no --generated
    const dates = new Map(list.map((f) => [f.kind, f.value.provenance.generated]));
    expect(Object.fromEntries(dates)).to.deep.equal({
      index: '2018-12-31',
      'adverse-effects': '2018-12-31',
      shortages: '2018-03-01',
    });
  });

  it('puts back the accents a shortage export knows', () => {
    expect(withAccents('Paracetamol', 'paracétamol')).to.equal('Paracétamol');
    expect(withAccents("Abacavir (sulfate d')", 'ABACAVIR')).to.equal("Abacavir (sulfate d')");
    expect(withAccents('Paracetamol', 'paracetamol')).to.equal('Paracetamol');
  });
});

describe('BDPM files', () => {
  const bdpm = () => {
    const data = new BdpmData();
    const cis = [
      '60000001\tDOLIPRANE 1000 mg, comprimé\tcomprimé\torale\tAutorisation active\tProcédure nationale\tCommercialisée\t09/07/1990\t\t\t OPELLA HEALTHCARE FRANCE\tNon',
      '60000002\tPARACETAMOL BIOGARAN 500 mg, gélule\tgélule\torale\tAutorisation active\tProcédure nationale\tCommercialisée\t01/01/2000\t\t\t BIOGARAN\tNon',
      '60000003\tŒSTRODOSE 0,06 %, gel\tgel\tcutanée\tAutorisation active\tProcédure nationale\tCommercialisée\t01/01/1995\t\t\t BESINS\tNon',
      '6000X004\tBROKEN',
    ];
    const compo = [
      '60000001\tcomprimé\t02202\tPARACÉTAMOL\t1000 mg\tun comprimé\tSA\t1',
      '60000002\tgélule\t02202\tPARACÉTAMOL\t500 mg\tune gélule\tSA\t1',
      '60000003\tgel\t07845\tESTRADIOL HÉMIHYDRATÉ\t0,062 g\t100 g\tSA\t1',
      '60000003\tgel\t01544\tESTRADIOL\t0,06 g\t100 g\tFT\t1',
      '60000003\tgel\t01544',
    ];
    const dispo = [
      '60000001\t\t2\tTension d’approvisionnement\t02/03/2021\t10/03/2021\t\thttps://ansm.sante.fr/x',
      '60000003\t3400000000001\t1\tRupture de stock\t15/02/2021\t10/03/2021\t\thttps://ansm.sante.fr/y',
      '60000002\t\t4\tRemise à disposition\t01/03/2021\t01/03/2021\t01/03/2021\thttps://ansm.sante.fr/z',
      '60000002\t\t9\tInconnu\t01/03/2021',
    ];
    // Chunks that cut lines in two, as a file stream does.
    const feed = (file: string, kind: 'cis' | 'compo' | 'dispo', lines: string[]) => {
      const text = `${lines.join('\r\n')}\r\n`;
      for (let i = 0; i < text.length; i += 37) data.push(file, kind, text.slice(i, i + 37));
      data.end(file, kind);
    };
    feed('CIS_bdpm.txt', 'cis', cis);
    feed('CIS_COMPO_bdpm.txt', 'compo', compo);
    feed('CIS_CIP_Dispo_Spec.txt', 'dispo', dispo);
    return data;
  };

  it('reports unreadable lines with file, line and column', () => {
    expect(bdpm().issues.map(formatIssue)).to.deep.equal([
      'CIS_bdpm.txt:4: error: code CIS: "6000X004" is not a CIS code (8 digits): line skipped',
      'CIS_COMPO_bdpm.txt:5: error: dénomination de la substance: 3 field(s), at least 7 expected (code CIS · désignation de l’élément · code de la substance · dénomination de la substance · dosage · référence du dosage · nature du composant): line skipped',
      'CIS_CIP_Dispo_Spec.txt:4: error: code statut: unknown status code "9" (1 to 4 expected): line skipped',
    ]);
  });

  it('gives accented names, brands, BDPM codes, fractions and current shortages', () => {
    const tables = tablesOf({
      year: [
        ...years('PARACETAMOL', [50, 50, 50, 50, 50], [9, 9, 9, 9, 9]),
        ...years('ESTRADIOL HEMIHYDRATE', [20, 0, 0, 0, 0], [9, 9, 9, 9, 9]),
      ],
    });
    const { index, file, summary } = build(
      {
        adverseEffects: tables,
        bdpm: bdpm(),
        shortages: [declaration({ id: 'S1', substance: 'estradiol', product: 'ŒSTRODOSE' })],
      },
      '2021-03-10',
    );
    expect(index.substances.map((s) => [s.code, s.name.fr, s.aliases, s.bdpm])).to.deep.equal([
      ['estradiol-hemihydrate', 'Estradiol hémihydraté', ['Estradiol', 'Œstrodose'], ['07845']],
      ['paracetamol', 'Paracétamol', ['Doliprane'], ['02202']],
    ]);
    const all = file<'shortages'>('shortages/all.json')!.value.declarations;
    expect(
      all.map((d) => [
        d.id,
        d.classification,
        d.state,
        d.product,
        d.substance,
        d.laboratory,
        d.substanceCode,
      ]),
    ).to.deep.equal([
      ['S1', 'rupture', 'closed', 'ŒSTRODOSE', 'estradiol', undefined, 'estradiol-hemihydrate'],
      [
        'BDPM-60000003-3400000000001',
        'rupture',
        'open',
        'ŒSTRODOSE 0,06 %, gel',
        'ESTRADIOL HÉMIHYDRATÉ',
        'BESINS',
        'estradiol-hemihydrate',
      ],
      [
        'BDPM-60000001',
        'risk',
        'open',
        'DOLIPRANE 1000 mg, comprimé',
        'PARACÉTAMOL',
        'OPELLA HEALTHCARE FRANCE',
        'paracetamol',
      ],
    ]);
    expect(summary.shortages).to.deep.include({ fromAvailability: 2, availabilitySkipped: 1, linked: 3 });
    expect(summary.shortages.byMethod).to.deep.include({ alias: 1, bdpm: 2 });
    expect(latestInputDate({ bdpm: bdpm() })).to.equal('2021-03-10');
  });
});

describe('the privacy invariant check', () => {
  it('catches an unprotected file', () => {
    const file: AdverseEffectsFile = {
      schema: 'datamed.adverse-effects/1',
      provenance: { source: 't', generated: '2020-01-01', threshold: T, demo: false },
      substance: { code: 'x', name: { fr: 'X' } },
      cases: { count: 942 },
      sex: [
        { key: 'female', count: null, suppressed: true },
        { key: 'male', count: 938 },
      ],
      age: [{ key: '0-19', count: 5 }],
    };
    expect(privacyViolations(file)).to.deep.equal([
      'x sex: hidden cells recomputable (residual 4)',
      'x age[0]: shows 5',
      'x age: parts do not add up (residual 937)',
    ]);
  });
});

describe('report of hidden cells', () => {
  it('names cells and reasons, never a hidden value', () => {
    const { summary } = build({ adverseEffects: sample() });
    expect(summary.suppressed.length).to.be.greaterThan(10);
    for (const entry of summary.suppressed)
      expect(Object.keys(entry)).to.satisfy((keys: string[]) =>
        keys.every((k) => ['substance', 'cell', 'reason', 'protects'].includes(k)),
      );
  });
});

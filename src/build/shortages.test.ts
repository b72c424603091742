import { expect } from '@open-wc/testing';
import { parseCsv, CsvParser } from './csv.js';
import {
  mapCause,
  mapClassification,
  mapMeasure,
  normaliseDate,
  normaliseShortageCsv,
  repairAtc,
  ShortageCsvNormaliser,
} from './shortages.js';
import { validateShortages } from '../data/validate.js';
import { SCHEMA_IDS } from '../data/contract.js';
import { independentCounts } from '../../test/helpers/independent-csv.js';
import { sharedText, skipWithout } from '../../test/helpers/shared-data.js';

const HEADER =
  'id,reported_on,classification,state,atc,substance,product,laboratory,shortage_start,expected_return_community,expected_return_hospital,cause,affects_hospital,affects_community,measure,therapeutic_class';

describe('CSV parser', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside fields, CRLF and a BOM', () => {
    const records = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""\nz",3\r\n\r\n4,5,6');
    expect(records.map((r) => r.fields)).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
      ['4', '5', '6'],
    ]);
    expect(records.map((r) => r.line)).to.deep.equal([1, 2, 5]);
  });

  it('gives the same records whatever the chunking', () => {
    const text = 'a,b\n"1\n2",3\n"q""",x\n';
    const whole = parseCsv(text);
    for (let size = 1; size < text.length; size++) {
      const parser = new CsvParser();
      const out = [];
      for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
      out.push(...parser.end());
      expect(out, `chunks of ${size}`).to.deep.equal(whole);
    }
  });

  it('reports a file that ends inside a quoted field', () => {
    const parser = new CsvParser();
    parser.push('a,"unfinished');
    expect(parser.unterminated).to.be.true;
  });
});

describe('shortage normalisation: values', () => {
  it('maps classifications in any case', () => {
    expect(mapClassification('RUPTURE')).to.equal('rupture');
    expect(mapClassification('Risque de rupture')).to.equal('risk');
    expect(mapClassification('Tension d’approvisionnement')).to.equal('risk');
    expect(mapClassification('Arrêt de commercialisation')).to.equal('discontinuation');
    expect(mapClassification('')).to.be.undefined;
  });

  it('maps free-text causes to the 16 standard causes, else other with the text kept', () => {
    expect(mapCause('Augmentation des volumes')).to.deep.equal({ cause: 'sales-increase' });
    expect(mapCause("Défaut d'approvisionnement MP/AC")).to.deep.equal({ cause: 'supply-raw-or-packaging' });
    expect(mapCause('Non conformité BPF')).to.deep.equal({ cause: 'gmp-non-compliance' });
    expect(mapCause('Autre : retard de livraison')).to.deep.equal({
      cause: 'other',
      causeText: 'retard de livraison',
    });
    expect(mapCause('Autre :')).to.deep.equal({ cause: 'other' });
    expect(mapCause('Grève des transporteurs')).to.deep.equal({
      cause: 'other',
      causeText: 'Grève des transporteurs',
    });
    expect(mapCause('')).to.deep.equal({});
  });

  it('maps measures, repairs ATC codes and dates', () => {
    expect(mapMeasure('Contingentement quantitatif')).to.deep.equal({ measures: ['quantitative-quota'] });
    expect(
      mapMeasure('Flexibilité réglementaire (accélération variation, augmentation durée péremption, ...)'),
    ).to.deep.equal({
      measures: ['regulatory-flexibility'],
    });
    expect(repairAtc('n05ba05')).to.equal('N05BA05');
    expect(repairAtc('RO6')).to.equal('R06');
    expect(repairAtc('V03 AN01')).to.equal('V03AN01');
    expect(repairAtc('NX03AX11')).to.be.undefined;
    expect(normaliseDate('1899-12-31')).to.be.undefined;
    expect(normaliseDate('03/01/2019')).to.equal('2019-01-03');
    expect(normaliseDate('2019-02-30')).to.be.undefined;
  });
});

describe('shortage normalisation: rows', () => {
  const row = (o: Partial<Record<string, string>> = {}) => {
    const values: Record<string, string> = {
      id: '19RS001',
      reported_on: '2019-01-03',
      classification: 'RUPTURE',
      state: 'Clôturé',
      atc: 'N03AX16',
      substance: 'Prégabaline',
      product: 'LYRICA 25 mg, gélule',
      laboratory: 'PFIZER',
      shortage_start: '2019-01-01',
      expected_return_community: '2019-03-01',
      expected_return_hospital: '',
      cause: 'Incident de production',
      affects_hospital: 'false',
      affects_community: 'true',
      measure: '',
      therapeutic_class: 'SYSTEME NERVEUX',
      ...o,
    };
    return HEADER.split(',')
      .map((c) => `"${(values[c] ?? '').replace(/"/g, '""')}"`)
      .join(',');
  };

  it('keeps a repeated row once, and skips a row that reuses an id with other values (even moved between fields)', () => {
    const csv = [
      HEADER,
      row(),
      row(),
      row({ laboratory: 'PFIZE', product: 'RLYRICA 25 mg, gélule' }),
      row({ cause: 'Incident de production ' }),
    ].join('\n');
    const { declarations, issues } = normaliseShortageCsv(csv);
    expect(declarations).to.have.length(1);
    expect(issues.map((i) => `${i.line} ${i.severity} ${i.message}`)).to.deep.equal([
      '3 warning duplicate of line 2: kept once',
      '4 error id 19RS001 already used on line 2 with other values: row skipped',
      '5 error id 19RS001 already used on line 2 with other values: row skipped',
    ]);
  });

  it('keeps the first 1,000 issues of each severity and counts the rest', () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      row({ id: `R${i}`, reported_on: '', shortage_start: '' }),
    );
    const { issues, omitted, rows: read } = normaliseShortageCsv([HEADER, ...rows].join('\n'));
    expect(read).to.equal(2500);
    expect(issues).to.have.length(1000);
    expect(omitted).to.deep.equal({ error: 1500, warning: 0 });
  });

  it('turns a clean row into a valid declaration (a closed one ends at its return date)', () => {
    const { declarations, issues } = normaliseShortageCsv(`${HEADER}\n${row()}\n`);
    expect(issues).to.deep.equal([]);
    expect(declarations[0]).to.deep.equal({
      id: '19RS001',
      product: 'LYRICA 25 mg, gélule',
      substance: 'Prégabaline',
      classification: 'rupture',
      state: 'closed',
      reported: '2019-01-03',
      atc: 'N03AX16',
      laboratory: 'PFIZER',
      start: '2019-01-01',
      end: '2019-03-01',
      cause: 'production-incident',
      circuits: ['community'],
      therapeuticClass: 'SYSTEME NERVEUX',
    });
    expect(() =>
      validateShortages({
        schema: SCHEMA_IDS.shortages,
        provenance: { source: 't', generated: '2020-01-01', threshold: 11, demo: false },
        declarations,
      }),
    ).not.to.throw();
  });

  it('keeps an open declaration’s return date as expected, not as an end', () => {
    const { declarations } = normaliseShortageCsv(`${HEADER}\n${row({ state: 'En cours' })}\n`);
    expect(declarations[0]!.end).to.be.undefined;
    expect(declarations[0]!.expectedReturn).to.deep.equal({ community: '2019-03-01' });
  });

  it('reports every repair and skipped row with its line and column, never failing', () => {
    const csv = [
      HEADER,
      row({ id: 'A1', classification: '' }),
      row({ id: 'A1', classification: '' }),
      row({ id: 'A2', reported_on: '1899-12-31', shortage_start: '' }),
      row({ id: '', product: 'x' }),
      row({ id: 'A3', atc: 'zz9' }),
      'A4,too,few,fields',
      row({ id: 'A5', state: 'Peut-être' }),
    ].join('\n');
    const { declarations, issues, rows } = normaliseShortageCsv(csv, 'export.csv');
    expect(rows).to.equal(7);
    expect(declarations.map((d) => d.id)).to.deep.equal(['A1', 'A3']);
    const brief = issues.map((i) => `${i.line}:${i.column ?? '-'}:${i.severity}`);
    expect(brief).to.deep.equal([
      '2:classification:warning',
      '3:id:warning',
      '4:reported_on:error',
      '5:id:error',
      '6:atc:warning',
      '7:-:error',
      '8:state:error',
    ]);
    expect(issues.every((i) => i.file === 'export.csv')).to.be.true;
  });

  it('refuses a file whose header lacks a required column, naming it', () => {
    expect(() => normaliseShortageCsv('id,product\n1,x\n', 'bad.csv')).to.throw(
      /bad\.csv:1: error: reported_on: missing column\(s\) reported_on/,
    );
  });
});

describe('shortage normalisation: the real ANSM export (../shared/data)', function () {
  let text: string | undefined;
  before(async () => {
    text = await sharedText('ansm-shortages/shortages-2014-2020.csv');
  });

  it('reads all 6,383 declarations and matches an independent count per year and per classification', function () {
    skipWithout(this, text, 'ansm-shortages/shortages-2014-2020.csv');
    const started = performance.now();
    const normaliser = new ShortageCsvNormaliser('shortages-2014-2020.csv');
    // Fed in chunks, as the CLI streams a file.
    for (let i = 0; i < text!.length; i += 65_536) normaliser.push(text!.slice(i, i + 65_536));
    const { declarations, issues, rows } = normaliser.end();
    const elapsed = performance.now() - started;
    expect(rows).to.equal(6_383);

    const independent = independentCounts(text!);
    expect(independent.rows).to.equal(6_383);
    const count = (key: (d: (typeof declarations)[number]) => string) => {
      const m = new Map<string, number>();
      for (const d of declarations) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
      return m;
    };
    expect(Object.fromEntries(count((d) => d.reported.slice(0, 4)))).to.deep.equal(
      Object.fromEntries(independent.byYear),
    );
    expect(Object.fromEntries(count((d) => d.classification))).to.deep.equal(
      Object.fromEntries(independent.byClassification),
    );
    // Every declaration is valid for the contract.
    const file = validateShortages({
      schema: SCHEMA_IDS.shortages,
      provenance: { source: 'ANSM', generated: '2020-11-30', threshold: 11, demo: false },
      declarations,
    });
    expect(file.declarations).to.have.length(declarations.length);
    // Broken rows are reported, not fatal: a handful of them.
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.length).to.be.within(1, 20);
    console.log(
      `real shortages: ${declarations.length} declarations, ${errors.length} rows skipped, ${issues.length - errors.length} repairs, ${elapsed.toFixed(0)} ms`,
    );
  });
});

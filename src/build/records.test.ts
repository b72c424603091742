import { expect } from '@open-wc/testing';
import { BuildInputError, formatIssue } from './issues.js';
import type { InputRecord, RecordReader } from './records.js';
import { CsvRecordReader, detectSeparator } from './records-csv.js';
import { JsonRecordReader } from './records-json.js';
import { decodeWindows1252 } from './encoding.js';

function readAll(reader: RecordReader, text: string, size = text.length): InputRecord[] {
  const out: InputRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
  out.push(...reader.end());
  return out;
}

const plain = (records: InputRecord[]) =>
  records.map((r) => Object.fromEntries([...r.fields].map(([k, v]) => [k, v.value])));

/** The message of the BuildInputError a function throws. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(BuildInputError);
    return (error as BuildInputError).issues.map(formatIssue).join('\n');
  }
  throw new Error('expected a BuildInputError');
}

describe('JSON records', () => {
  const text =
    '\uFEFF[{"MEDICAMENT":"ABACAVIR (SULFATE D\')","ANNEE":2014,"n_cas":171,"n_conso":23714},\n' +
    ' {"MEDICAMENT":"UREE [13C]","x":-1.5e3,"t":true,"n":null,"e":"a\\"b\\u00e9\\/c"}\n]\n';

  it('reads flat records with their line and column, whatever the chunking', () => {
    const whole = readAll(new JsonRecordReader('t.json'), text);
    expect(plain(whole)).to.deep.equal([
      { MEDICAMENT: "ABACAVIR (SULFATE D')", ANNEE: 2014, n_cas: 171, n_conso: 23714 },
      { MEDICAMENT: 'UREE [13C]', x: -1500, t: true, n: null, e: 'a"bé/c' },
    ]);
    expect(whole[1]!.line).to.equal(2);
    expect(whole[1]!.fields.get('x')).to.include({ line: 2, position: 33 });
    for (let size = 1; size < 40; size++) {
      expect(readAll(new JsonRecordReader('t.json'), text, size), `chunks of ${size}`).to.deep.equal(whole);
    }
  });

  it('accepts an empty array', () => {
    expect(readAll(new JsonRecordReader('t.json'), ' [ ] ')).to.deep.equal([]);
  });

  const cases: [string, string, RegExp][] = [
    ['not an array', '{"a":1}', /t\.json:1:1: error: expected "\[": the file must hold a JSON array/],
    ['empty file', '', /t\.json:1:1: error: empty file/],
    ['truncated', '[{"a":1},\n{"a":', /t\.json:2:6: error: the file ends before the closing "\]"/],
    [
      'missing comma',
      '[{"a":1 "b":2}]',
      /t\.json:1:9: error: expected "," or "}" after a value, found "\\"b/,
    ],
    [
      'unquoted text',
      '[{"a":abc}]',
      /t\.json:1:7: error: a: invalid value "abc" \(text needs double quotes\)/,
    ],
    ['trailing comma', '[{"a":1},]', /t\.json:1:10: error: expected a record/],
    ['nested value', '[{"a":[1]}]', /t\.json:1:7: error: a: nested objects and arrays are not supported/],
    ['duplicate field', '[{"a":1,"a":2}]', /t\.json:1:9: error: a: field "a" appears twice/],
    ['line break in a text', '[{"a":"x\ny"}]', /t\.json:1:9: error: a: line break inside a text/],
    ['text after the array', '[] x', /t\.json:1:4: error: expected nothing after the closing "\]"/],
    ['unterminated text', '[{"a":"xyz', /t\.json:1:7: error: the file ends inside a text/],
  ];
  for (const [what, input, message] of cases) {
    it(`names file, line and column: ${what}`, () => {
      expect(failure(() => readAll(new JsonRecordReader('t.json'), input))).to.match(message);
    });
  }
});

describe('CSV records', () => {
  it('finds the separator of the header line', () => {
    expect(detectSeparator('a;b;"c,d"')).to.equal(';');
    expect(detectSeparator('a,b;c,d')).to.equal(',');
    expect(detectSeparator('a\tb\tc')).to.equal('\t');
  });

  it('reads semicolon tables, with lines, whatever the chunking', () => {
    const text =
      'MEDICAMENT;SEXE;n_cas;n_conso\r\n"ABACAVIR (SULFATE D\')";Femmes;317;48273\r\nX;Hommes;1;2\r\n';
    const whole = readAll(new CsvRecordReader('t.csv'), text);
    expect(plain(whole)).to.deep.equal([
      { MEDICAMENT: "ABACAVIR (SULFATE D')", SEXE: 'Femmes', n_cas: '317', n_conso: '48273' },
      { MEDICAMENT: 'X', SEXE: 'Hommes', n_cas: '1', n_conso: '2' },
    ]);
    expect(whole.map((r) => r.line)).to.deep.equal([2, 3]);
    for (let size = 1; size < 20; size++)
      expect(readAll(new CsvRecordReader('t.csv'), text, size), `chunks of ${size}`).to.deep.equal(whole);
  });

  it('refuses a row with a stray separator, a header without names, an empty file', () => {
    expect(failure(() => readAll(new CsvRecordReader('t.csv'), 'a,b\n1,2\n3,4,5\n'))).to.match(
      /t\.csv:3: error: 3 fields instead of 2/,
    );
    expect(failure(() => readAll(new CsvRecordReader('t.csv'), 'a,,b\n'))).to.match(
      /t\.csv:1: error: a column of the header line has no name/,
    );
    expect(failure(() => readAll(new CsvRecordReader('t.csv'), ''))).to.match(/empty file/);
  });
});

describe('Windows-1252', () => {
  it('decodes the 0x80–0x9F range as Windows does, not as Latin-1 controls', () => {
    const bytes = new Uint8Array([
      0x8c, 0x53, 0x54, 0x52, 0x4f, 0x44, 0x4f, 0x53, 0x45, 0x20, 0x92, 0xe9, 0x80,
    ]);
    expect(decodeWindows1252(bytes)).to.equal('ŒSTRODOSE ’é€');
  });
});

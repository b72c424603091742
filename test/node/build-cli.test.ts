/**
 * `datamed-build` on small hand-written fixtures (test/fixtures/build): every class of malformed
 * input names file, line and column and writes nothing; the command line, dry run, atomic
 * replacement, determinism, gzip, report and BDPM files. The real-data run is in
 * build-real-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type {
  AdverseEffectsFile,
  IndexFile,
  ProductsIndexFile,
  ShortagesFile,
} from '../../src/data/contract.js';
import { TreeWriter } from '../../src/cli/output.js';
import { validateShortages } from '../../src/data/validate.js';
import { cli, fixtures, schemaValidators, snapshot, spawnCli, tempDir } from './build-helpers.js';

const good = join(fixtures, 'good');
const malformed = (name: string) => `test/fixtures/build/malformed/${name}`;
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('datamed-build: malformed inputs', () => {
  const cases: [string, string[], RegExp[]][] = [
    [
      'truncated JSON',
      [malformed('truncated.json')],
      [/malformed\/truncated\.json:2:52: error: the file ends before the closing "\]"/],
    ],
    [
      'JSON syntax error',
      [malformed('syntax-error.json')],
      [/malformed\/syntax-error\.json:2:29: error: expected "," or "}" after a value/],
    ],
    [
      'wrong types',
      [malformed('wrong-types.json')],
      [
        /malformed\/wrong-types\.json:2:50: error: n_cas: expected a whole number ≥ 0, found "305"/,
        /malformed\/wrong-types\.json:3:50: error: n_cas: expected a whole number ≥ 0, found -2/,
      ],
    ],
    [
      'unknown organ class',
      [malformed('unknown-soc.json')],
      [
        /malformed\/unknown-soc\.json:2:51: error: SOC_LONG: unknown organ class "Affections du foie imaginaire"/,
      ],
    ],
    [
      'missing column',
      [malformed('missing-column.json')],
      [/malformed\/missing-column\.json:1: error: N_CONSO: a "year" table needs column\(s\) n_conso/],
    ],
    [
      'duplicate row',
      [malformed('duplicate-row.json')],
      [
        /malformed\/duplicate-row\.json:3:1: error: duplicate row: "PARACETAMOL", year 2014 already given on line 1/,
      ],
    ],
    [
      'not a table',
      [malformed('not-a-table.json')],
      [/malformed\/not-a-table\.json:1: error: not an adverse-effect table: columns nom, valeur/],
    ],
    [
      'CSV with a stray separator',
      [malformed('broken-line.csv')],
      [/malformed\/broken-line\.csv:3: error: 5 fields instead of 4/],
    ],
    [
      'shortage export without a required column',
      [malformed('shortages-missing-column.csv')],
      [/shortages-missing-column\.csv:1: error: reported_on: missing column\(s\) reported_on/],
    ],
    [
      'no such file',
      ['test/fixtures/build/nowhere.json'],
      [/nowhere\.json:1: error: no such file or folder/],
    ],
  ];
  for (const [what, inputs, messages] of cases) {
    it(`${what}: exit 1, file:line[:column], nothing written`, async () => {
      const out = join(tempDir(), 'tree');
      const r = await cli([...inputs, good, '--out', out]);
      expect(r.code, r.stderr).toBe(1);
      for (const message of messages) expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/error\(s\) in the inputs: nothing was written/);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('skips a broken shortage row with its line, or stops on it with --strict', async () => {
    const out = join(tempDir(), 'tree');
    const lenient = await cli([malformed('shortages-broken-line.csv'), '--out', out]);
    expect(lenient.code, lenient.stderr).toBe(0);
    // Skipped, and the command succeeds: a warning, counted; --strict makes it an error.
    expect(lenient.stderr).toMatch(
      /shortages-broken-line\.csv:3: warning: 3 fields instead of 16: row skipped/,
    );
    expect(lenient.stderr).toMatch(/warning: 1 unreadable row\(s\) skipped/);
    expect(readJson<ShortagesFile>(join(out, 'shortages/all.json')).declarations.map((d) => d.id)).toEqual([
      '19RS0001',
      '19RS0002',
    ]);
    const strict = await cli([
      malformed('shortages-broken-line.csv'),
      '--out',
      join(tempDir(), 'tree'),
      '--strict',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/shortages-broken-line\.csv:3: error: 3 fields instead of 16/);
    expect(strict.stderr).toMatch(/1 error\(s\) in the inputs \(--strict\): nothing was written/);
  });

  it('skips a BDPM line with too few fields, naming the missing column', async () => {
    const r = await cli([good, 'test/fixtures/build/malformed/bdpm', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'malformed/bdpm/CIS_COMPO_bdpm.txt:3: warning: dénomination de la substance: 3 field(s), at least 7 expected',
    );
  });

  it('reads a Windows-1252, semicolon-separated table and keeps its accents', async () => {
    const out = join(tempDir(), 'tree');
    const r = await cli([
      '--adverse-effects',
      'test/fixtures/build/windows-1252/table-sex.csv',
      '-o',
      out,
      '--generated',
      '2020-01-01',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const index = readJson<IndexFile>(join(out, 'index.json'));
    expect(index.substances.map((s) => [s.code, s.name.fr])).toEqual([['oestradiol', 'Œstradiol']]);
  });
});

describe('datamed-build: the command line', () => {
  it('prints a help in the usual shape, with the exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: datamed-build \[options\] <input>\.\.\. --out <dir>/);
    for (const text of [
      '--min-count <n>',
      '--dry-run',
      '--generated <date>',
      'Exit status:',
      '130',
      'Examples:',
    ])
      expect(r.stdout).toContain(text);
    expect((await cli(['-V'])).stdout).toMatch(/^datamed-build \d+\.\d+\.\d+\n$/);
  });

  const usage: [string[], RegExp][] = [
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['--dryrun', good], /unknown option '--dryrun' \(did you mean --dry-run\?\)/],
    [[good, '--out'], /--out needs a value/],
    [[good], /no output folder: add --out <dir>, or --dry-run/],
    [['--out', 'x'], /no input/],
    [[good, '-o', 'x', '--min-count', '5'], /--min-count must be a whole number from 11 to 1000/],
    [[good, '-o', 'x', '--generated', '2020-02-30'], /--generated must be a date/],
    [[good, '-o', 'x', '--source-url', 'javascript:alert(1)'], /--source-url must be an http\(s\) URL/],
    [[good, '-o', 'x', '--format', 'xml'], /--format must be json or csv/],
    [[good, '-o', 'x', '--report', 'x/hidden.csv'], /--report must be outside the tree/],
  ];
  for (const [args, message] of usage) {
    it(`exits 2 on ${args.join(' ')}`, async () => {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Try 'datamed-build --help'");
    });
  }

  it('works as an executable: exit codes from a child process', () => {
    const help = spawnCli(['--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage: datamed-build');
    const bad = spawnCli([malformed('wrong-types.json'), '--dry-run']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/wrong-types\.json:2:50: error/);
    expect(spawnCli(['--nope']).code).toBe(2);
  });
});

describe('datamed-build: output', () => {
  it('writes a valid tree of the fixtures, the same bytes every time', async () => {
    const a = join(tempDir(), 'tree');
    const b = join(tempDir(), 'tree');
    const first = await cli([good, 'test/fixtures/build/bdpm', '-o', a]);
    expect(first.code, first.stderr).toBe(0);
    expect((await cli([good, 'test/fixtures/build/bdpm', '-o', b])).code).toBe(0);
    const sa = snapshot(a);
    expect([...sa.keys()].filter((path) => !path.startsWith('shortages/atc/'))).toEqual([
      'all-medicines.json',
      'index.json',
      'products/60000001.json',
      'products/60000002.json',
      'products/60000003.json',
      'products/60000004.json',
      'products-index.json',
      'shortages/abacavir-sulfate-d.json',
      'shortages/all.json',
      'shortages/estradiol-hemihydrate.json',
      'shortages/paracetamol.json',
      'shortages/propofol.json',
      'shortages/substance-rare.json',
      'substances/abacavir-sulfate-d.json',
      'substances/estradiol-hemihydrate.json',
      'substances/paracetamol.json',
      'substances/substance-rare.json',
    ]);
    expect(snapshot(b)).toEqual(sa);
    // Generated: what each dataset describes (the end of the adverse-effect years; the latest
    // declaration or BDPM availability update), not today.
    expect(readJson<IndexFile>(join(a, 'index.json')).provenance.generated).toBe('2018-12-31');
    // The index counts the products; their list is a file of its own.
    expect(readJson<IndexFile>(join(a, 'index.json'))).toMatchObject({ productCount: 4 });
    expect(readJson<IndexFile>(join(a, 'index.json')).products).toBeUndefined();
    expect(readJson<ProductsIndexFile>(join(a, 'products-index.json')).products).toHaveLength(4);
    expect(readJson<ShortagesFile>(join(a, 'shortages/all.json')).provenance.generated).toBe('2021-03-10');
    const schemas = schemaValidators();
    for (const [path, bytes] of sa) {
      const value = JSON.parse(bytes.toString('utf8'));
      const schema =
        path === 'index.json'
          ? schemas.index
          : path === 'products-index.json'
            ? schemas.productsIndex
            : path.startsWith('substances/') || path === 'all-medicines.json'
              ? schemas.adverseEffects
              : path.startsWith('products/')
                ? schemas.product
                : schemas.shortages;
      expect(schema(value), `${path}: ${JSON.stringify(schema.errors)}`).toBe(true);
      expect(bytes.toString('utf8').endsWith('}\n')).toBe(true);
    }
    const rare = readJson<AdverseEffectsFile>(join(a, 'substances/substance-rare.json'));
    expect(rare.cases).toEqual({ count: null, suppressed: true });
  });

  it('honours --generated, then SOURCE_DATE_EPOCH, and the source options', async () => {
    const out = join(tempDir(), 'tree');
    await cli([
      good,
      '-o',
      out,
      '--generated',
      '2024-05-06T07:08:09Z',
      '--ae-source',
      'CRPV Exemple',
      '--source-url',
      'https://example.org/',
    ]);
    const file = readJson<AdverseEffectsFile>(join(out, 'substances/paracetamol.json'));
    expect(file.provenance).toMatchObject({
      generated: '2024-05-06T07:08:09Z',
      source: 'CRPV Exemple',
      sourceUrl: 'https://example.org/',
    });
    await cli([good, '-o', out], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(readJson<IndexFile>(join(out, 'index.json')).provenance.generated).toBe('2023-11-14');
  });

  it('applies a higher --min-count everywhere', async () => {
    const out = join(tempDir(), 'tree');
    expect((await cli([good, '-o', out, '--min-count', '50'])).code).toBe(0);
    for (const name of readdirSync(join(out, 'substances'))) {
      const text = readFileSync(join(out, 'substances', name), 'utf8');
      expect(JSON.parse(text).provenance.threshold).toBe(50);
      for (const m of text.matchAll(/"count":(\d+)/g))
        expect(Number(m[1]) === 0 || Number(m[1]) >= 50, `${name}: ${m[0]}`).toBe(true);
    }
  });

  it('--dry-run reads, checks and writes nothing', async () => {
    const parent = tempDir();
    const r = await cli([good, '--dry-run', '-o', join(parent, 'tree')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/dry run: 26 files built and checked/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('replaces a previous tree only after success; a failing run leaves it as it was, with no temporary folder', async () => {
    const parent = tempDir();
    const out = join(parent, 'tree');
    expect((await cli([good, '-o', out])).code).toBe(0);
    const before = snapshot(out);
    const failed = await cli([good, malformed('wrong-types.json'), '-o', out]);
    expect(failed.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['tree']);
    // A new successful run replaces the tree as a whole (no file of the old one left over).
    writeFileSync(join(out, 'substances/stale.json'), '{}');
    expect((await cli([good, '-o', out, '--generated', '2030-01-01'])).code).toBe(0);
    expect(existsSync(join(out, 'substances/stale.json'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['tree']);
  });

  it('refuses to replace a folder that is not a data tree, unless --force', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'photos'));
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const r = await cli([good, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds other files \(notes\.txt, photos\), not a data tree/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect((await cli([good, '-o', out, '--force'])).code).toBe(0);
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
  });

  it('reports a write that fails in the writing thread as an errno error (exit 3), and removes the temporary folder', async () => {
    const parent = tempDir();
    const writer = new TreeWriter(join(parent, 'tree'), true);
    const file = (code: string) => ({
      path: `shortages/${code}.json`,
      kind: 'shortages' as const,
      value: { schema: 'x', declarations: [] } as unknown as ShortagesFile,
    });
    await writer.write(file('a'));
    await writer.flush();
    expect(readdirSync(join(writer.temp, 'shortages')).sort()).toEqual(['a.json', 'a.json.gz']);
    rmSync(writer.temp, { recursive: true }); // the folder vanishes under the writer
    await writer.write(file('b')).catch(() => undefined);
    const error = (await writer.flush().then(
      () => undefined,
      (e: unknown) => e,
    )) as NodeJS.ErrnoException;
    expect(error).toMatchObject({ code: 'ENOENT', syscall: 'open' });
    await writer.discard();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('stops after reading, before building, when the tables hold more substances than the contract allows', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 100_001 }, (_, i) => `S${i},2018,12,100`);
    writeFileSync(join(dir, 'years.csv'), `MEDICAMENT,ANNEE,n_cas,n_conso\n${rows.join('\n')}\n`);
    const r = await cli([join(dir, 'years.csv'), '-o', join(dir, 'tree')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /the inputs give 100,001 substances in the adverse-effect tables; the data contract allows 100,000: nothing was written/,
    );
    expect(readdirSync(dir)).toEqual(['years.csv']);
  });

  it('writes one shortage file per ATC main group: its declarations exactly, the others in none', async () => {
    const dir = tempDir();
    const rows = [
      'id,reported_on,classification,state,atc,substance,product',
      'J1,2020-01-02,Rupture,En cours,J01CA04,amoxicilline,CLAMOXYL',
      'J2,2020-01-03,Rupture,En cours,j05 af06,abacavir,ZIAGEN', // repaired to J05AF06
      'N1,2020-01-04,Rupture,Clôturé,N02BE01,paracétamol,DOLIPRANE',
      'Z1,2020-01-05,Rupture,En cours,Z99AA01,inconnue,ZED', // valid form, no main group
      'X1,2020-01-06,Rupture,En cours,,sans code,SANSCODE',
      'X2,2020-01-07,Rupture,En cours,1234,code faux,FAUXCODE', // removed: no ATC code
    ];
    writeFileSync(join(dir, 'shortages.csv'), `${rows.join('\n')}\n`);
    const out = join(dir, 'tree');
    const r = await cli([join(dir, 'shortages.csv'), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const all = readJson<ShortagesFile>(join(out, 'shortages/all.json'));
    const letters = readdirSync(join(out, 'shortages/atc')).sort();
    // The 14 main groups, empty or not, and the other letter found.
    expect(letters).toEqual([...'ABCDGHJLMNPRSVZ'].map((l) => `${l}.json`));
    const shortages = schemaValidators().shortages;
    const inGroups: string[] = [];
    for (const name of letters) {
      const letter = name.slice(0, 1);
      const value = readJson<ShortagesFile>(join(out, 'shortages/atc', name));
      expect(shortages(value), `${name}: ${JSON.stringify(shortages.errors)}`).toBe(true);
      expect(validateShortages(value, name).declarations).toEqual(value.declarations);
      expect(value.scope).toEqual({ atc: letter });
      expect(value.provenance).toEqual(all.provenance);
      // Exactly its declarations, in the order of all.json.
      expect(value.declarations).toEqual(all.declarations.filter((d) => d.atc?.startsWith(letter)));
      inGroups.push(...value.declarations.map((d) => d.id));
    }
    expect(readJson<ShortagesFile>(join(out, 'shortages/atc/J.json')).declarations.map((d) => d.id)).toEqual([
      'J1',
      'J2',
    ]);
    expect(readJson<ShortagesFile>(join(out, 'shortages/atc/D.json')).declarations).toEqual([]);
    // Together: all.json but for the declarations without an ATC code, each once.
    expect(inGroups.sort()).toEqual(
      all.declarations
        .filter((d) => d.atc)
        .map((d) => d.id)
        .sort(),
    );
    expect(all.declarations.filter((d) => !d.atc).map((d) => d.id)).toEqual(['X1', 'X2']);
  });

  it('reads a shortage export of 150,000 repeated or broken rows: each counted, the output as from one', async () => {
    const dir = tempDir();
    const header = 'id,reported_on,classification,state,product,substance';
    const rows = Array.from({ length: 150_000 }, (_, i) =>
      i % 2
        ? `X${i},1899-12-31,Rupture,En cours,BROKEN,x`
        : 'A1,2020-01-02,Rupture,En cours,DOLIPRANE,paracétamol',
    );
    writeFileSync(join(dir, 'shortages.csv'), `${header}\n${rows.join('\n')}\n`);
    const r = await cli([join(dir, 'shortages.csv'), '--dry-run']);
    expect(r.code, r.stderr.slice(0, 500)).toBe(0);
    expect(r.stderr).toMatch(/… and 74995 more/);
    expect(r.stderr).toMatch(/75000 unreadable row\(s\) skipped/);
    expect(r.stderr).toMatch(/74999 value\(s\) repaired or dropped/);
    expect(r.stderr).toMatch(/shortages: 1 declarations \(150,000 export rows/);
  });

  it('writes gzip copies with the same content, and a report of hidden cells (CSV or JSON)', async () => {
    const dir = tempDir();
    const out = join(dir, 'tree');
    const r = await cli([good, '-o', out, '--gzip', '--report', join(dir, 'hidden.csv')]);
    expect(r.code, r.stderr).toBe(0);
    const plain = readFileSync(join(out, 'substances/paracetamol.json'));
    expect(gunzipSync(readFileSync(join(out, 'substances/paracetamol.json.gz')))).toEqual(plain);
    const csv = readFileSync(join(dir, 'hidden.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('substance,cell,reason,protects');
    expect(csv).toContain('abacavir-sulfate-d,sex.male,primary,');
    expect(csv).toContain('abacavir-sulfate-d,sex.female,secondary,sex.male');
    await cli([good, '-o', out, '--report', join(dir, 'hidden.json')]);
    const report = readJson<{ cells: { hidden: number }; suppressed: unknown[] }>(join(dir, 'hidden.json'));
    expect(report.cells.hidden).toBe(report.suppressed.length);
    expect(readFileSync(join(dir, 'hidden.json'), 'utf8')).not.toMatch(/"count"/);
  });

  it('uses the BDPM files: accented names, brands, codes, current shortages', async () => {
    const out = join(tempDir(), 'tree');
    expect((await cli([good, 'test/fixtures/build/bdpm', '-o', out])).code).toBe(0);
    const index = readJson<IndexFile>(join(out, 'index.json'));
    const estradiol = index.substances.find((s) => s.code === 'estradiol-hemihydrate')!;
    expect(estradiol).toMatchObject({
      name: { fr: 'Estradiol hémihydraté' },
      aliases: ['Estradiol', 'Œstrodose'],
      bdpm: ['07845'],
    });
    const shortages = readJson<ShortagesFile>(join(out, 'shortages/estradiol-hemihydrate.json'));
    expect(shortages.declarations).toEqual([
      {
        id: 'BDPM-60000003-3400000000001',
        product: 'ŒSTRODOSE 0,06 %, gel',
        cis: ['60000003'],
        substance: 'ESTRADIOL HÉMIHYDRATÉ',
        classification: 'rupture',
        state: 'open',
        reported: '2021-02-15',
        start: '2021-02-15',
        laboratory: 'BESINS HEALTHCARE FRANCE',
        substanceCode: 'estradiol-hemihydrate',
      },
    ]);
  });
});

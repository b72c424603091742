/**
 * `datamed-build` on the real ANSM data in ../shared/data (skipped, saying so, when absent): the
 * totals are preserved, every substance file keeps the privacy invariant, every file is valid for
 * the JSON Schemas and the widgets' validator, two runs give the same bytes, and the widgets'
 * model reads the result.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import type { AdverseEffectsFile, IndexFile, ShortagesFile } from '../../src/data/contract.js';
import { CODE_PATTERN } from '../../src/data/contract.js';
import { isHidden } from '../../src/data/privacy.js';
import { reportingRate } from '../../src/data/adverse-effects.js';
import { validateAdverseEffects, validateIndex, validateShortages } from '../../src/data/validate.js';
import { keyFiguresOf } from '../../src/adverse-effects/key-figures.js';
import type { BuildSummary } from '../../src/build/tree-types.js';
import { assignCodes } from '../../src/build/names.js';
import { privacyViolations } from '../helpers/privacy-invariant.js';
import loadHighs from 'highs';
import { auditFile, type ProtectionRules } from '../../src/build/disclosure/audit.js';
import { cellsByPath } from '../../src/build/disclosure/cells.js';
import { organClassCodeOf } from '../../src/data/vocabulary.js';
import { cli, root, schemaValidators, snapshot, tempDir } from './build-helpers.js';

const shared = resolve(root, '../shared/data');
const tables = join(shared, 'ansm-adverse-effects-2014-2018');
const present = existsSync(join(tables, 'sa_data_annee.json')) && existsSync(join(shared, 'ansm-shortages'));
if (!present)
  console.warn(`skipped: the real ANSM data were not found in ${shared} (datamed-build real-data tests)`);

/** Age bands of the source tables → the contract's keys (the organ-class tables give the lower bound). */
const AGE_KEYS: Record<string, string> = {
  '0-19 ans': '0-19',
  '20-59 ans': '20-59',
  '60 ans et plus': '60+',
  '0': '0-19',
  '20': '20-59',
  '60': '60+',
};

interface SocRow {
  MEDICAMENT: string;
  SEXE?: string;
  AGE?: number;
  SOC_LONG: string;
  n_decla_eff: number;
}

interface Row {
  MEDICAMENT: string;
  n_cas: number;
  n_conso: number;
  ANNEE?: number;
  SEXE?: string;
  AGE?: string;
}

describe.runIf(present)('datamed-build on the real ANSM data (../shared/data)', () => {
  const out = join(tempDir(), 'tree');
  const again = join(tempDir(), 'tree');
  const reportPath = join(tempDir(), 'report.json');
  let stderr = '';
  let code = -1;
  let report: BuildSummary;
  let index: IndexFile;
  const files = new Map<string, AdverseEffectsFile>();
  /** Independent reading of the source: cases per substance, by year, sex, age. */
  const source = new Map<
    string,
    {
      cases: number;
      patients: number;
      sex: Map<string, number>;
      age: Map<string, number>;
      years: Map<number, number>;
    }
  >();

  beforeAll(async () => {
    const started = performance.now();
    ({ code, stderr } = await cli([shared, '-o', out, '--report', reportPath]));
    console.log(
      `real data: built in ${((performance.now() - started) / 1000).toFixed(2)} s (in the test process)\n${stderr}`,
    );
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as BuildSummary;
    index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexFile;
    for (const name of readdirSync(join(out, 'substances')))
      files.set(
        name.replace(/\.json$/, ''),
        JSON.parse(readFileSync(join(out, 'substances', name), 'utf8')) as AdverseEffectsFile,
      );
    const read = (name: string) => JSON.parse(readFileSync(join(tables, name), 'utf8')) as Row[];
    for (const r of read('sa_data_annee.json')) {
      const s = source.get(r.MEDICAMENT) ?? {
        cases: 0,
        patients: 0,
        sex: new Map(),
        age: new Map(),
        years: new Map(),
      };
      s.cases += r.n_cas;
      s.years.set(r.ANNEE!, r.n_cas);
      s.patients += r.n_conso;
      source.set(r.MEDICAMENT, s);
    }
    for (const r of read('sa_data_sexe.json'))
      source.get(r.MEDICAMENT)!.sex.set(r.SEXE === 'Femmes' ? 'female' : 'male', r.n_cas);
    for (const r of read('sa_data_age.json')) source.get(r.MEDICAMENT)!.age.set(r.AGE!, r.n_cas);
  }, 120_000);

  it('succeeds, reading every substance and every declaration', () => {
    expect(code, stderr).toBe(0);
    expect(source.size).toBe(1425);
    expect(files.size).toBe(1425);
    expect(index.substances.filter((s) => s.datasets.adverseEffects)).toHaveLength(1425);
    expect(report.substances.adverseEffects).toBe(1425);
    const all = JSON.parse(readFileSync(join(out, 'shortages/all.json'), 'utf8')) as ShortagesFile;
    expect(all.declarations).toHaveLength(6364); // 6,383 rows: 4 unreadable, 15 exact duplicates
    expect(report.shortages.declarations).toBe(6364);
    // Every index entry has its shortage file (an empty list means "no shortage declared").
    for (const s of index.substances)
      expect(existsSync(join(out, 'shortages', `${s.code}.json`)), s.code).toBe(true);
  });

  it('preserves the totals: 682,156 cases, each substance as the source says or hidden', () => {
    const total = [...source.values()].reduce((n, s) => n + s.cases, 0);
    expect(total).toBe(682_156);
    expect(report.cases.total).toBe(682_156);
    const byCode = new Map(index.substances.map((s) => [s.code, s]));
    // Codes of the table names (only the orphans of the shortage export could take a suffix first).
    const codes = assignCodes(source.keys());
    let shown = 0;
    let small = 0;
    for (const [name, s] of source) {
      const code = codes.get(name)!;
      const file = files.get(code)!;
      expect(file, name).toBeDefined();
      expect(byCode.get(code)!.datasets.adverseEffects).toBe(true);
      if (s.cases === 0 || s.cases >= 11) {
        expect(file.cases, name).toEqual({ count: s.cases });
        shown += s.cases;
      } else {
        expect(file.cases, name).toEqual({ count: null, suppressed: true });
        small++;
      }
      for (const cell of file.sex ?? [])
        if (!isHidden(cell)) expect(cell.count, `${name} ${cell.key}`).toBe(s.sex.get(cell.key));
    }
    expect(small).toBe(214 - 34);
    expect(report.cases.shown).toBe(shown);
  });

  it('keeps the privacy invariant in every substance file', () => {
    const violations = [...files.values()].flatMap(privacyViolations);
    expect(violations.slice(0, 10)).toEqual([]);
    const c = report.cells;
    expect(c.hidden).toBe(c.primary + c.secondary + c.linked + c.source);
    console.log(
      `real data: ${c.hidden} of ${c.total} counts hidden (${c.primary} primary, ${c.secondary} secondary, ${c.linked} linked, ${c.source} not given exactly by the source)`,
    );
  });

  it('passes the disclosure audit: no hidden count recomputable, small ones kept wide', async () => {
    // The build audited every file (and stops otherwise); this audits the published files again,
    // with the true values read here from the source tables: a row the source gives is exact, a
    // missing one unknown (only "not exact" is asked of it then).
    expect(report.audit!.exposedAfter).toBe(0);
    expect(report.audit!.files).toBe(1425);
    const highs = await loadHighs();
    const rules: ProtectionRules = {
      threshold: 11,
      sourceRowMinimum: 10,
      partitionsAddUp: true,
      protectionWidth: 5,
    };
    const truths = new Map<string, Map<string, number>>();
    const codes = assignCodes(source.keys());
    for (const [name, s] of source) {
      const t = new Map<string, number>([['cases', s.cases]]);
      for (const [key, n] of s.sex) t.set(`sex.${key}`, n);
      for (const [band, n] of s.age) t.set(`age.${AGE_KEYS[band]!}`, n);
      for (const [year, n] of s.years) t.set(`years.${year}`, n);
      truths.set(codes.get(name)!, t);
    }
    for (const [file, side] of [
      ['sa_data_soclong_sexe.json', 'bySex'],
      ['sa_data_soclong_age.json', 'byAge'],
    ] as const)
      for (const r of JSON.parse(readFileSync(join(tables, file), 'utf8')) as SocRow[]) {
        const key = side === 'bySex' ? (r.SEXE === 'F' ? 'female' : 'male') : AGE_KEYS[String(r.AGE)]!;
        truths
          .get(codes.get(r.MEDICAMENT)!)!
          .set(`organClasses.${organClassCodeOf(r.SOC_LONG)}.${side}.${key}`, r.n_decla_eff);
      }
    let audited = 0;
    let small = 0;
    const exposed: string[] = [];
    for (const [code, file] of files) {
      const t = truths.get(code)!;
      const truth = (path: string) => {
        const n = t.get(path);
        return n === undefined ? { lower: 0, upper: Infinity } : { lower: n, upper: n };
      };
      for (const cell of auditFile(file, truth, rules, highs).cells) {
        audited++;
        if (cell.range.lower === cell.range.upper) exposed.push(`${code} ${cell.path} = ${cell.range.lower}`);
        const n = t.get(cell.path);
        if (n === undefined || n < 1 || n > 10) continue;
        small++;
        if (cell.range.upper - cell.range.lower >= rules.protectionWidth) continue;
        // Narrower: only if the case total alone narrows it (every other count hidden, but zeros).
        const most = structuredClone(file);
        for (const [path, c] of cellsByPath(most))
          if (path !== 'cases' && c.count) Object.assign(c, { count: null, suppressed: true });
        const floor = auditFile(most, truth, rules, highs, [cell.path]).cells[0]!.range;
        if (cell.range.upper - cell.range.lower < floor.upper - floor.lower)
          exposed.push(`${code} ${cell.path} in [${cell.range.lower}, ${cell.range.upper}]`);
      }
    }
    console.log(
      `real data: disclosure audit of ${files.size} files again: ${audited} hidden counts (${small} known to be from 1 to 10), ${exposed.length} exposed; in the build: ${(report.audit!.milliseconds / 1000).toFixed(1)} s`,
    );
    expect(exposed.slice(0, 10)).toEqual([]);
    expect(audited).toBe(report.cells.hidden);
  }, 120_000);

  it('writes files valid for the JSON Schemas and for the widgets’ validator', () => {
    const schemas = schemaValidators();
    expect(schemas.index(index), JSON.stringify(schemas.index.errors)).toBe(true);
    validateIndex(index);
    for (const s of index.substances) expect(s.code).toMatch(CODE_PATTERN);
    expect(new Set(index.substances.map((s) => s.code)).size).toBe(index.substances.length);
    for (const [code, file] of files) {
      expect(schemas.adverseEffects(file), `${code}: ${JSON.stringify(schemas.adverseEffects.errors)}`).toBe(
        true,
      );
      validateAdverseEffects(file, code);
    }
    // shortages/*.json and the ATC groups' shortages/atc/*.json
    const shortageFiles = readdirSync(join(out, 'shortages'), { recursive: true, encoding: 'utf8' }).filter(
      (n) => n.endsWith('.json'),
    );
    expect(shortageFiles).toContain('atc/J.json');
    for (const name of shortageFiles) {
      const file = JSON.parse(readFileSync(join(out, 'shortages', name), 'utf8')) as ShortagesFile;
      expect(schemas.shortages(file), `${name}: ${JSON.stringify(schemas.shortages.errors)}`).toBe(true);
      validateShortages(file, name);
    }
  });

  it('gives DataMed’s figures: reporting rates, usage levels, periods', () => {
    const abacavir = files.get('abacavir-sulfate-d')!;
    expect(abacavir.cases).toEqual({ count: 942 });
    expect(abacavir.patients!.patientYears).toEqual({ count: 152_380 });
    expect(reportingRate(abacavir)).toBeCloseTo(618.2, 1);
    const paracetamol = files.get('paracetamol')!;
    expect(paracetamol.substance.name.fr).toBe('Paracétamol');
    expect(reportingRate(paracetamol)).toBeCloseTo(4.78, 2);
    expect(paracetamol.patients!.usageLevel).toBe('very-high');
    expect(paracetamol.provenance).toMatchObject({
      source: 'ANSM (BNPV, Open Medic)',
      period: { start: '2014-01-01', end: '2018-12-31' },
      threshold: 11,
      demo: false,
    });
    // The widgets' model reads the file as it would on a page.
    const figures = keyFiguresOf(paracetamol, 'fr');
    expect(figures.heading).toBe('Chiffres clés : Paracétamol');
    expect(figures.figures.map((f) => f.value)).toEqual(['17\u202f509', '4,8', 'Très élevée']);
  });

  it('links most shortage declarations to a substance, and says how many', () => {
    const rate = report.shortages.linked / report.shortages.withSubstance;
    console.log(
      `real data: ${report.shortages.linked} of ${report.shortages.withSubstance} declarations linked (${(rate * 100).toFixed(1)} %)`,
      report.shortages.byMethod,
    );
    expect(rate).toBeGreaterThan(0.7);
    const pregabaline = JSON.parse(
      readFileSync(join(out, 'shortages/pregabaline.json'), 'utf8'),
    ) as ShortagesFile;
    expect(pregabaline.declarations.map((d) => d.id)).toContain('14RS001');
    expect(index.substances.find((s) => s.code === 'pregabaline')!.aliases).toContain('Lyrica');
  });

  it('gives the same bytes on a second run', async () => {
    const r = await cli([shared, '-o', again, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const a = snapshot(out);
    const b = snapshot(again);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
  }, 120_000);

  it('leaves nothing behind when interrupted (Ctrl-C) while writing the tree', async () => {
    const tree = join(tempDir(), 'tree');
    const report = `${tree}-report.csv`;
    const child = spawn(
      process.execPath,
      [join(root, 'bin/datamed-build.js'), shared, '-o', tree, '--report', report],
      {
        env: { ...process.env, FORCE_COLOR: '0' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Interrupt once the writing thread has put files in the temporary tree: the moment the
    // cleanup used to race it.
    const parent = dirname(tree);
    const writtenFiles = () => {
      const temp = readdirSync(parent).find((name) => name.startsWith('.tree.tmp-'));
      if (!temp) return 0;
      try {
        return readdirSync(join(parent, temp, 'substances')).length;
      } catch {
        return 0;
      }
    };
    let interrupted = false;
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 5) {
      if (writtenFiles() >= 100) {
        child.kill('SIGINT');
        interrupted = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const code = await exited;
    expect(interrupted, `the command ended before it was interrupted: ${stderr}`).toBe(true);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('interrupted; nothing was written');
    expect(readdirSync(parent), 'no tree, no temporary folder, no report').toEqual([]);
  }, 120_000);
});

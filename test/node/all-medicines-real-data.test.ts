/**
 * The all-medicines file that `datamed-build` makes from the real ANSM tables in ../shared/data
 * (skipped, saying so, when absent):
 * - every figure is the sum of what the published substance files show, recomputed here from
 *   those files: the file is a function of them, so it tells a reader nothing they do not already
 *   have, and no hidden per-substance count can be derived through it (docs/data-contract.md);
 * - against the source: for cases, sex, age and years, the source's sum over the substances minus
 *   the published figure is exactly the sum of the true values of the cells the substance files
 *   hide — nothing else is left out, nothing added;
 * - the file is valid for the JSON Schema and the widgets' validator.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AdverseEffectsFile, Cell } from '../../src/data/contract.js';
import { validateAdverseEffects } from '../../src/data/validate.js';
import { assignCodes } from '../../src/build/names.js';
import { cli, root, schemaValidators, tempDir } from './build-helpers.js';

const shared = resolve(root, '../shared/data');
const tables = join(shared, 'ansm-adverse-effects-2014-2018');
const present = existsSync(join(tables, 'sa_data_annee.json'));
if (!present) console.warn(`skipped: the real ANSM data were not found in ${shared} (all-medicines tests)`);

interface Row {
  MEDICAMENT: string;
  n_cas: number;
  ANNEE?: number;
  SEXE?: string;
  AGE?: string;
}

const AGE_KEYS: Record<string, string> = {
  '0-19 ans': '0-19',
  '20-59 ans': '20-59',
  '60 ans et plus': '60+',
};

describe.runIf(present)('the all-medicines file built from the real ANSM data', () => {
  const out = join(tempDir(), 'tree');
  let all: AdverseEffectsFile;
  const files = new Map<string, AdverseEffectsFile>();
  /** The source, by substance code: "cases", "sex.female", "age.0-19", "year.2014"… → count. */
  const source = new Map<string, Map<string, number>>();

  beforeAll(async () => {
    const { code, stderr } = await cli([tables, '-o', out]);
    expect(code, stderr).toBe(0);
    all = JSON.parse(readFileSync(join(out, 'all-medicines.json'), 'utf8')) as AdverseEffectsFile;
    for (const name of readdirSync(join(out, 'substances')))
      files.set(
        name.replace(/\.json$/, ''),
        JSON.parse(readFileSync(join(out, 'substances', name), 'utf8')) as AdverseEffectsFile,
      );
    const read = (name: string) => JSON.parse(readFileSync(join(tables, name), 'utf8')) as Row[];
    const years = read('sa_data_annee.json');
    const codes = assignCodes(years.map((r) => r.MEDICAMENT));
    const add = (r: Row, key: string) => {
      const code = codes.get(r.MEDICAMENT)!;
      const m = source.get(code) ?? new Map<string, number>();
      m.set(key, (m.get(key) ?? 0) + r.n_cas);
      source.set(code, m);
    };
    for (const r of years) {
      add(r, 'cases');
      add(r, `year.${r.ANNEE}`);
    }
    for (const r of read('sa_data_sexe.json')) add(r, r.SEXE === 'Femmes' ? 'sex.female' : 'sex.male');
    for (const r of read('sa_data_age.json')) add(r, `age.${AGE_KEYS[r.AGE!]}`);
  }, 180_000);

  /** Every count of a file by the same keys as `source` (organ classes as "organ.<code>"). */
  function cellsOf(f: AdverseEffectsFile): Map<string, Cell> {
    const m = new Map<string, Cell>();
    if (f.cases) m.set('cases', f.cases);
    for (const c of f.sex ?? []) m.set(`sex.${c.key}`, c);
    for (const c of f.age ?? []) m.set(`age.${c.key}`, c);
    for (const c of f.years ?? []) m.set(`year.${c.year}`, c);
    for (const c of f.organClasses?.items ?? []) m.set(`organ.${c.code}`, c);
    if (f.organClasses?.base) m.set('organ.base', f.organClasses.base);
    return m;
  }

  it('is a valid all-medicines file, counting substance sums, without treated patients', () => {
    expect(validateAdverseEffects(all, 'all-medicines.json')).toEqual(all);
    const { adverseEffects } = schemaValidators();
    expect(adverseEffects(all), JSON.stringify(adverseEffects.errors)).toBe(true);
    expect(all.scope).toBe('all');
    expect(all.counting).toBe('substance-sums');
    expect(all.substance.code).toBe('all-medicines');
    expect(all.patients).toBeUndefined();
    expect(files.size).toBe(1425);
  });

  it('shows only sums of what the substance files show: a reader can recompute every figure', () => {
    const shown = new Map<string, number>();
    const hidden = new Map<string, number>();
    for (const f of files.values())
      for (const [key, cell] of cellsOf(f)) {
        if (cell.count === null) hidden.set(key, (hidden.get(key) ?? 0) + 1);
        else shown.set(key, (shown.get(key) ?? 0) + cell.count);
      }
    const published = cellsOf(all);
    expect(published.size).toBeGreaterThan(30);
    for (const [key, cell] of published) {
      if (cell.count === null) {
        // Hidden only when every contribution was (the sum would read 0).
        expect(shown.get(key) ?? 0, key).toBe(0);
        expect(hidden.get(key), key).toBeGreaterThan(0);
      } else expect(cell.count, key).toBe(shown.get(key));
    }
    // Every category that some substance shows is in the file.
    for (const key of shown.keys()) expect(published.has(key), key).toBe(true);
  });

  it('leaves out exactly the true values of the hidden substance counts (cases, sex, age, years)', () => {
    const published = cellsOf(all);
    const keys = [...published.keys()].filter((k) => !k.startsWith('organ.'));
    expect(keys.sort()).toEqual(
      [
        'cases',
        'sex.female',
        'sex.male',
        'age.0-19',
        'age.20-59',
        'age.60+',
        ...[2014, 2015, 2016, 2017, 2018].map((y) => `year.${y}`),
      ].sort(),
    );
    for (const key of keys) {
      let truth = 0;
      let left = 0;
      for (const [code, m] of source) {
        const value = m.get(key) ?? 0;
        truth += value;
        if (cellsOf(files.get(code)!).get(key)?.count === null) left += value;
      }
      expect(published.get(key)!.count, key).toBe(truth - left);
    }
    // The figures of docs/data-contract.md: 682,156 cases in the tables, 681,307 in files that show them.
    expect([...source.values()].reduce((n, m) => n + m.get('cases')!, 0)).toBe(682_156);
    expect(all.cases?.count).toBe(681_307);
    expect(all.sex?.map((c) => c.count)).toEqual([362_152, 297_826]);
  });
});

/**
 * The all-medicines file of `datamed-build` (all-medicines.ts), and why it sums what the substance
 * files publish rather than the source's true counts:
 * - two truths that differ only in hidden counts give the same substance files, so the same
 *   all-medicines file: nothing in it depends on a hidden value (the true sums would differ, and
 *   the difference would be the hidden count);
 * - the attack the true sums would allow: all medicines' women minus the women every other
 *   substance shows gives one substance's hidden count exactly;
 * - on random trees built with the audit, the file is the sum of the published substance files.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import loadHighs from 'highs';
import type { AdverseEffectsFile } from '../data/contract.js';
import { protectAdverseEffects } from '../data/privacy.js';
import { validateAdverseEffects } from '../data/validate.js';
import type { TableKind } from './ae-columns.js';
import { AdverseEffectTables } from './ae-tables.js';
import { allMedicinesFile } from './all-medicines.js';
import { buildTree } from './tree.js';
import type { Highs } from './disclosure/intervals.js';
import { record } from '../../test/helpers/input-record.js';

const T = 11;
let highs: Highs;
before(async () => {
  highs = await loadHighs();
});

/** A substance's true cases: per year (5), women and men, per age band (3). */
interface Truth {
  name: string;
  years: number[];
  sex: [number, number];
  age: number[];
}

const BANDS = ['0-19 ans', '20-59 ans', '60 ans et plus'];

function tablesOf(truths: Truth[]): AdverseEffectTables {
  const tables = new AdverseEffectTables();
  const rows: Partial<Record<TableKind, Record<string, string | number>[]>> = { year: [], sex: [], age: [] };
  for (const t of truths) {
    const MEDICAMENT = t.name;
    // Treated patients consistent across the tables, as the source's are.
    const [py, ps, pa] = [spread(3000, 5), spread(3000, 2), spread(3000, 3)];
    t.years.forEach((n, i) => rows.year!.push({ MEDICAMENT, ANNEE: 2014 + i, n_cas: n, n_conso: py[i]! }));
    t.sex.forEach((n, i) =>
      rows.sex!.push({ MEDICAMENT, SEXE: i ? 'Hommes' : 'Femmes', n_cas: n, n_conso: ps[i]! }),
    );
    t.age.forEach((n, i) => rows.age!.push({ MEDICAMENT, AGE: BANDS[i]!, n_cas: n, n_conso: pa[i]! }));
  }
  for (const [kind, list] of Object.entries(rows) as [TableKind, Record<string, string | number>[]][]) {
    tables.table(`${kind}.json`, kind);
    list.forEach((r, i) => tables.add(record(i + 1, r)));
  }
  expect(tables.issues).to.deep.equal([]);
  return tables;
}

function build(truths: Truth[]): { substances: AdverseEffectsFile[]; all: AdverseEffectsFile } {
  const tree = buildTree(
    { adverseEffects: tablesOf(truths) },
    { threshold: T, generated: '2020-01-01', audit: { highs } },
  );
  const files = [...tree.files()].filter((f) => f.kind === 'adverse-effects');
  const all = files.find((f) => f.path === 'all-medicines.json')!.value as AdverseEffectsFile;
  return {
    substances: files
      .filter((f) => f.path !== 'all-medicines.json')
      .map((f) => f.value as AdverseEffectsFile),
    all,
  };
}

/** Sums cases over `n` parts as evenly as possible. */
const spread = (n: number, parts: number) =>
  Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));

function truth(name: string, women: number, men: number): Truth {
  const cases = women + men;
  return { name, years: spread(cases, 5), sex: [women, men], age: spread(cases, 3) };
}

describe('the all-medicines file (datamed-build)', () => {
  it('is the same for two truths that differ only in hidden counts', () => {
    // B has 5 or 6 women: hidden either way (and its men with them, by the per-table rule).
    const a = build([truth('A', 300, 250), truth('B', 5, 200)]);
    const b = build([truth('A', 300, 250), truth('B', 6, 199)]);
    expect(a.substances).to.deep.equal(b.substances);
    expect(a.all).to.deep.equal(b.all);
    expect(a.substances[1]!.sex!.map((c) => c.count)).to.deep.equal([null, null]);
    // Women: A's only; B's hidden 5 (or 6) is not in the sum.
    expect(a.all.sex!.find((c) => c.key === 'female')!.count).to.equal(300);
    expect(a.all.cases!.count).to.equal(755);
  });

  it('would give a hidden count away if it summed the true counts', () => {
    const { substances } = build([truth('A', 300, 250), truth('B', 5, 200), truth('C', 40, 60)]);
    const trueWomen = 300 + 5 + 40;
    const shownWomen = substances
      .map((f) => f.sex!.find((c) => c.key === 'female')!.count)
      .filter((n): n is number => n !== null);
    // The attack: all medicines' women minus every woman shown = B's hidden women, exactly.
    expect(trueWomen - shownWomen.reduce((x, y) => x + y, 0)).to.equal(5);
    // What is published instead: the women shown, which the reader already has.
    const all = allMedicinesFile(substances, substances[0]!.provenance)!;
    expect(all.sex!.find((c) => c.key === 'female')!.count).to.equal(340);
  });

  it('hides a category that only hidden counts feed, and says how it counts', () => {
    const { all } = build([truth('A', 3, 4), truth('B', 2, 1)]);
    expect(all.cases).to.deep.equal({ count: null, suppressed: true });
    expect(all.scope).to.equal('all');
    expect(all.counting).to.equal('substance-sums');
    expect(all.substance).to.deep.equal({
      code: 'all-medicines',
      name: { fr: 'Tous les médicaments', en: 'All medicines' },
    });
    expect(validateAdverseEffects(all)).to.deep.equal(all);
  });

  it('sums the published substance files of random trees', () => {
    const substance = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
      .filter(([w, m]) => w + m > 0);
    fc.assert(
      fc.property(fc.array(substance, { minLength: 1, maxLength: 6 }), (list) => {
        const { substances, all } = build(list.map(([w, m], i) => truth(`S${i}`, w, m)));
        validateAdverseEffects(all);
        // Written again here: each figure is the sum of the shown counts, hidden when they add up
        // to 0 beside hidden ones, then the per-table rule as for any file.
        type C = { count: number | null } | undefined;
        const sum = (cells: C[]) => {
          const shown = cells.reduce((n, c) => n + (c?.count ?? 0), 0);
          return shown === 0 && cells.some((c) => c?.count === null)
            ? { count: null, suppressed: true }
            : { count: shown };
        };
        const sexes = ['female', 'male'].filter((k) =>
          substances.some((f) => f.sex?.some((c) => c.key === k)),
        );
        const years = [2014, 2015, 2016, 2017, 2018];
        const expected = protectAdverseEffects(
          {
            ...all,
            cases: sum(substances.map((f) => f.cases)),
            sex: sexes.map((key) => ({
              key,
              ...sum(substances.map((f) => f.sex?.find((c) => c.key === key))),
            })),
            years: years.map((year) => ({
              year,
              ...sum(substances.map((f) => f.years?.find((c) => c.year === year))),
            })),
          },
          T,
        );
        expect(all.cases).to.deep.equal(expected.cases);
        expect(all.sex).to.deep.equal(expected.sex);
        expect(all.years).to.deep.equal(expected.years);
      }),
      { numRuns: 50 },
    );
  });
});

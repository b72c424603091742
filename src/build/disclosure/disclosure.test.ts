/**
 * The disclosure audit and the suppression that passes it, on random linked tables built by the
 * real pipeline (AdverseEffectTables → buildTree with the audit on):
 * - tiny tables (at most 14 cases): an independent attacker enumerates every whole-number table
 *   consistent with what is published and with the rules a reader knows — written here again as a
 *   plain check of a complete table, with the source rule in its exact, non-linear form (a listed
 *   organ class has a row of at least 10) — and no hidden count may be pinned, nor a small one
 *   narrowed below the protection width (or below what the case total alone allows: the same
 *   attack on the file with every other count hidden); the linear programme's ranges must contain
 *   the attacker's;
 * - real-like tables (hundreds to thousands of cases): the audit passes, the true values lie in the
 *   reader's ranges, the browser's rule changes nothing more, and nothing is published that the
 *   source does not say.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import loadHighs from 'highs';
import type { AdverseEffectsFile, CategoryCell, Cell } from '../../data/contract.js';
import { protectAdverseEffects } from '../../data/privacy.js';
import { ORGAN_CLASSES } from '../../data/vocabulary.js';
import type { TableKind } from '../ae-columns.js';
import { AdverseEffectTables } from '../ae-tables.js';
import { buildTree } from '../tree.js';
import type { BuildSummary } from '../tree-types.js';
import { auditFile, defaultProtectionWidth, judge, type ProtectionRules } from './audit.js';
import { cellsByPath } from './cells.js';
import type { Highs } from './intervals.js';
import { record } from '../../../test/helpers/input-record.js';

const T = 11;
const WIDTH = defaultProtectionWidth(T);
const CLASSES = ORGAN_CLASSES.slice(0, 3);
const SOC = CLASSES.map((c) => c.label.fr);

let highs: Highs;
before(async () => {
  highs = await loadHighs();
});

/** A substance's true tables, as counts (before any rule). */
interface Truth {
  years: number[];
  sex: [number, number];
  age: number[];
  /** Per organ class: its women and men, and its age bands. */
  classes: { sex: [number, number]; age: number[] }[];
  patients: number;
}

const BANDS = ['0-19 ans', '20-59 ans', '60 ans et plus'];
const LOWERS = [0, 20, 60];

/** The ANSM-shaped tables of a truth: organ-class rows below 10 left out, as the source does. */
function tablesOf(t: Truth): AdverseEffectTables {
  const tables = new AdverseEffectTables();
  const rows: Record<TableKind, Record<string, string | number>[]> = {
    year: [],
    sex: [],
    age: [],
    'soc-sex': [],
    'soc-age': [],
  };
  const name = 'SUBSTANCE';
  const cases = t.sex[0] + t.sex[1];
  const split = (n: number, parts: number) =>
    Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
  const py = split(t.patients, t.years.length);
  t.years.forEach((n, i) => rows.year.push({ MEDICAMENT: name, ANNEE: 2014 + i, n_cas: n, n_conso: py[i]! }));
  const ps = split(t.patients, 2);
  t.sex.forEach((n, i) =>
    rows.sex.push({ MEDICAMENT: name, SEXE: i ? 'Hommes' : 'Femmes', n_cas: n, n_conso: ps[i]! }),
  );
  const pa = split(t.patients, t.age.length);
  t.age.forEach((n, i) => rows.age.push({ MEDICAMENT: name, AGE: BANDS[i]!, n_cas: n, n_conso: pa[i]! }));
  t.classes.forEach((c, k) => {
    c.sex.forEach((n, i) => {
      if (n >= 10)
        rows['soc-sex'].push({
          MEDICAMENT: name,
          SEXE: i ? 'M' : 'F',
          SOC_LONG: SOC[k]!,
          n_decla_eff: n,
          n_cas: cases,
        });
    });
    c.age.forEach((n, i) => {
      if (n >= 10)
        rows['soc-age'].push({
          MEDICAMENT: name,
          AGE: LOWERS[i]!,
          SOC_LONG: SOC[k]!,
          n_decla_eff: n,
          n_cas: cases,
        });
    });
  });
  for (const kind of Object.keys(rows) as TableKind[]) {
    tables.table(`${kind}.json`, kind);
    rows[kind].forEach((r, i) => tables.add(record(i + 1, r)));
  }
  expect(tables.issues).to.deep.equal([]);
  return tables;
}

/** Builds the published file of a truth with the audit on. */
function publish(t: Truth): { file: AdverseEffectsFile; summary: BuildSummary } {
  const tree = buildTree(
    { adverseEffects: tablesOf(t) },
    { threshold: T, generated: '2020-01-01', audit: { highs } },
  );
  const file = [...tree.files()].find((f) => f.kind === 'adverse-effects')!.value as AdverseEffectsFile;
  return { file, summary: tree.summary };
}

/** n split into `parts` whole numbers, each at most its cap (the caps add up to at least n). */
const splitUnder = (n: number, caps: number[]) =>
  fc.array(fc.nat(), { minLength: caps.length, maxLength: caps.length }).map((weights) => {
    const out = caps.map(() => 0);
    let left = n;
    // Deal one case at a time to the part the weights point at, skipping full parts.
    for (let i = 0; left > 0; i++) {
      const order = caps.map((_, j) => (j + (weights[i % weights.length] ?? 0)) % caps.length);
      const j = order.find((p) => out[p]! < caps[p]!)!;
      out[j]!++;
      left--;
    }
    return out;
  });

function truthArbitrary(minCases: number, maxCases: number, classes: number): fc.Arbitrary<Truth> {
  const bands = 3;
  return fc
    .integer({ min: minCases, max: maxCases })
    .chain((cases) => fc.integer({ min: 0, max: cases }).map((women) => ({ women, men: cases - women })))
    .chain(({ women, men }) => {
      const cases = women + men;
      return fc
        .record({
          years: splitUnder(cases, [cases, cases]),
          age: splitUnder(cases, Array<number>(bands).fill(cases)),
          patients: fc.integer({ min: 50_000, max: 90_000 }),
        })
        .chain(({ years, age, patients }) =>
          fc
            .array(
              fc
                .record({
                  // Small cells on purpose, often: they are what the rules protect.
                  w: fc.oneof(
                    fc.integer({ min: 0, max: Math.min(women, 15) }),
                    fc.integer({ min: 0, max: women }),
                  ),
                  m: fc.oneof(
                    fc.integer({ min: 0, max: Math.min(men, 15) }),
                    fc.integer({ min: 0, max: men }),
                  ),
                })
                .chain(({ w, m }) =>
                  splitUnder(w + m, age).map((a) => ({ sex: [w, m] as [number, number], age: a })),
                ),
              { minLength: 1, maxLength: classes },
            )
            .map((cls) => ({ years, sex: [women, men] as [number, number], age, patients, classes: cls })),
        );
    });
}

/**
 * The attacker: every value each hidden count can take in a whole-number table that shows what the
 * file shows and obeys the rules a reader knows. Written without the audit's code: a complete
 * candidate table is checked cell by cell against the file.
 */
function bruteForce(file: AdverseEffectsFile): Map<string, Set<number>> {
  const cells = cellsByPath(file);
  const feasible = new Map<string, Set<number>>();
  for (const [path, cell] of cells) if (cell.count === null) feasible.set(path, new Set());
  const shownOr = (cell: Cell | undefined, v: number, zerosShown: boolean) =>
    cell === undefined || (cell.count === null ? !zerosShown || v >= 1 : cell.count === v);
  const cases = file.cases!;
  if (cases.count === null) return feasible; // everything hidden and unbounded: nothing to pin
  const C = cases.count;
  const note = (path: string, v: number) => feasible.get(path)?.add(v);
  // Years: their own block, linked to the cases only.
  for (const ys of compositions(C, file.years!.length))
    if (file.years!.every((y, i) => shownOr(y, ys[i]!, true)))
      file.years!.forEach((y, i) => note(`years.${y.year}`, ys[i]!));
  // Sexes and ages of the substance, and the organ classes under them.
  const sexes = compositions(C, 2).filter((s) => file.sex!.every((c, i) => shownOr(c, s[i]!, true)));
  const ages = compositions(C, file.age!.length).filter((a) =>
    file.age!.every((c, i) => shownOr(c, a[i]!, true)),
  );
  const items = file.organClasses?.items ?? [];
  const cap = file.organClasses?.base?.count ?? C;
  // Each class's tables that fit what it shows, before the substance's bounds.
  const candidates = items.map((item) => classTables(item, C, file.age!.length, cap));
  for (const s of sexes)
    for (const a of ages) {
      // Every class must have at least one table under these sexes and ages.
      const perClass = candidates.map((list) =>
        list.filter((t) => t.sex[0]! <= s[0]! && t.sex[1]! <= s[1]! && t.age.every((x, i) => x <= a[i]!)),
      );
      if (perClass.some((list) => !list.length)) continue;
      file.sex!.forEach((c, i) => note(`sex.${c.key}`, s[i]!));
      file.age!.forEach((c, i) => note(`age.${c.key}`, a[i]!));
      items.forEach((item, k) => {
        for (const t of perClass[k]!) {
          note(`organClasses.${item.code}`, t.n);
          item.bySex!.forEach((c, i) => note(`organClasses.${item.code}.bySex.${c.key}`, t.sex[i]!));
          item.byAge!.forEach((c, i) => note(`organClasses.${item.code}.byAge.${c.key}`, t.age[i]!));
        }
      });
    }
  return feasible;

  /** The tables of one organ class that show what it shows and that the source would list. */
  function classTables(item: (typeof items)[number], most: number, bands: number, cap: number) {
    const out: { n: number; sex: number[]; age: number[] }[] = [];
    for (let w = 0; w <= most; w++)
      for (let m = 0; w + m <= most; m++) {
        const n = w + m;
        if (n > cap || !shownOr(item, n, false)) continue;
        if (!shownOr(item.bySex![0], w, false) || !shownOr(item.bySex![1], m, false)) continue;
        for (const ag of compositions(n, bands)) {
          if (!item.byAge!.every((c: CategoryCell, i) => shownOr(c, ag[i]!, false))) continue;
          // The source lists a class only with a row of at least 10.
          if (Math.max(w, m, ...ag) < 10) continue;
          out.push({ n, sex: [w, m], age: ag });
        }
      }
    return out;
  }
}

/** Every way to write n as an ordered sum of k whole numbers. */
function compositions(n: number, k: number): number[][] {
  if (k === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 0; first <= n; first++)
    for (const rest of compositions(n - first, k - 1)) out.push([first, ...rest]);
  return out;
}

function rulesOf(): ProtectionRules {
  return { threshold: T, sourceRowMinimum: 10, partitionsAddUp: true, protectionWidth: WIDTH };
}

describe('disclosure audit', () => {
  it('finds the shape of the attack: a class whose only sex is known from the substance', () => {
    // All women: an organ class's hidden men's cell can only be 0, so its women's cell is the count.
    const { file, summary } = publish({
      years: [30, 24],
      sex: [54, 0],
      age: [0, 54, 0],
      patients: 60_000,
      classes: [{ sex: [10, 0], age: [0, 10, 0] }],
    });
    const item = file.organClasses!.items[0]!;
    // Men and the empty bands are 0 by the source's own figures: published as 0, not hidden.
    expect(item.bySex!.map((c) => c.count)).to.deep.equal([null, 0]);
    expect(item.byAge!.map((c) => c.count)).to.deep.equal([0, null, 0]);
    expect(item.count).to.equal(null);
    // 10 women, hidden; the reader knows 10 ≤ count ≤ 54 (listed class; the substance's women).
    const { cells } = auditFile(file, () => ({ lower: 10, upper: 10 }), rulesOf(), highs, [
      `organClasses.${item.code}`,
    ]);
    expect(cells[0]!.range).to.deep.equal({ lower: 10, upper: 54 });
    expect(summary.audit!.exposedAfter).to.equal(0);
  });

  it('judges a range: exact, narrow for a small count, wide enough', () => {
    const rules: ProtectionRules = {
      threshold: T,
      sourceRowMinimum: 10,
      partitionsAddUp: true,
      protectionWidth: 5,
    };
    expect(judge('a', { lower: 3, upper: 3 }, { lower: 3, upper: 3 }, rules).exposure).to.equal('exact');
    expect(judge('a', { lower: 1, upper: 5 }, { lower: 3, upper: 3 }, rules).exposure).to.equal('narrow');
    expect(judge('a', { lower: 1, upper: 6 }, { lower: 3, upper: 3 }, rules).exposure).to.equal(undefined);
    // A large hidden count only needs not to be exact.
    expect(judge('a', { lower: 40, upper: 42 }, { lower: 41, upper: 41 }, rules).exposure).to.equal(
      undefined,
    );
    // A count the source does not give (0 to 9) may be small: it needs the width too.
    expect(judge('a', { lower: 0, upper: 3 }, { lower: 0, upper: 3 }, rules).exposure).to.equal('narrow');
    // A rule that the true table breaks is a bug of the audit, not a finding.
    expect(() => judge('a', { lower: 5, upper: 9 }, { lower: 3, upper: 3 }, rules)).to.throw(
      /excludes the true value/,
    );
  });

  it('leaves no hidden count of a tiny table pinned or narrowed, by brute force (fast-check)', () => {
    let audited = 0;
    let hiddenSeen = 0;
    fc.assert(
      fc.property(truthArbitrary(0, 14, 2), (t) => {
        const { file } = publish(t);
        const attack = bruteForce(file);
        // What no publication of the case total can avoid: every other count hidden (but zeros).
        const most = structuredClone(file);
        for (const [path, cell] of cellsByPath(most))
          if (path !== 'cases' && cell.count !== null && cell.count > 0) {
            cell.count = null;
            cell.suppressed = true;
          }
        const floor = bruteForce(most);
        const lp = auditFile(file, exactTruth(t, file), rulesOf(), highs).cells;
        for (const cell of lp) {
          const values = attack.get(cell.path)!;
          if (!values.size) continue; // not bounded by the attacker's block (no total of cases)
          hiddenSeen++;
          const low = Math.min(...values);
          const high = Math.max(...values);
          expect(low, `${cell.path}: attacker's least`).to.be.at.least(cell.range.lower);
          expect(high, `${cell.path}: attacker's most`).to.be.at.most(cell.range.upper);
          expect(high > low, `${cell.path} pinned to ${low}: ${JSON.stringify(file)}`).to.be.true;
          if (cell.sensitive) {
            const f = floor.get(cell.path)!;
            const unavoidable = Math.max(...f) - Math.min(...f);
            expect(high - low, `${cell.path} narrowed to [${low}, ${high}]`).to.be.at.least(
              Math.min(WIDTH, unavoidable),
            );
          }
        }
        audited++;
      }),
      { numRuns: 400, seed: 20261206 },
    );
    expect(audited).to.equal(400);
    expect(hiddenSeen).to.be.greaterThan(150);
  });

  it('publishes real-like tables that pass the audit, truthfully, and that the browser leaves as they are', () => {
    let exposedBefore = 0;
    let linked = 0;
    fc.assert(
      fc.property(truthArbitrary(200, 3000, 3), (t) => {
        const { file, summary } = publish(t);
        expect(summary.audit!.exposedAfter).to.equal(0);
        exposedBefore += summary.audit!.exposedBefore.exact + summary.audit!.exposedBefore.narrow;
        linked += summary.cells.linked;
        const truth = exactTruth(t, file);
        // The true values of every hidden count lie in the reader's range, and none is exposed.
        for (const cell of auditFile(file, truth, rulesOf(), highs).cells)
          expect(cell.exposure, `${cell.path} ${JSON.stringify(cell)}`).to.equal(undefined);
        // What is shown is what the source says.
        for (const [path, cell] of cellsByPath(file))
          if (cell.count !== null && path !== 'organClasses.base' && !path.includes('patients'))
            expect(cell.count, path).to.equal(truth(path).lower);
        // The widgets apply the per-table rule again: nothing more to hide.
        expect(protectAdverseEffects(file)).to.deep.equal(file);
      }),
      { numRuns: 120, seed: 6122026 },
    );
    console.log(
      `real-like tables: ${exposedBefore} counts exposed by the per-table rule alone, ${linked} more hidden`,
    );
  });
});

/** The true value of every hidden count of a tiny table (organ-class cells the source left out too). */
function exactTruth(t: Truth, file: AdverseEffectsFile) {
  const values = new Map<string, number>();
  values.set('cases', t.sex[0] + t.sex[1]);
  t.years.forEach((n, i) => values.set(`years.${2014 + i}`, n));
  ['female', 'male'].forEach((k, i) => values.set(`sex.${k}`, t.sex[i]!));
  file.age!.forEach((c, i) => values.set(`age.${c.key}`, t.age[i]!));
  for (const item of file.organClasses?.items ?? []) {
    const k = CLASSES.findIndex((c) => c.code === item.code);
    const c = t.classes[k]!;
    values.set(`organClasses.${item.code}`, c.sex[0] + c.sex[1]);
    ['female', 'male'].forEach((key, i) => values.set(`organClasses.${item.code}.bySex.${key}`, c.sex[i]!));
    item.byAge!.forEach((cell, i) => values.set(`organClasses.${item.code}.byAge.${cell.key}`, c.age[i]!));
  }
  return (path: string) => {
    const v = values.get(path);
    if (v === undefined) throw new Error(`no true value for ${path}`);
    return { lower: v, upper: v };
  };
}

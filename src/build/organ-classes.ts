/**
 * The organ classes of a substance, derived from tables that leave small rows out: every count the
 * source determines, and the bounds of those it does not (see `organClasses`). Pure.
 */
import type { CategoryCell, Cell, OrganClassCell } from '../data/contract.js';
import { ORGAN_CLASSES } from '../data/vocabulary.js';
import { ageBandLabel, type SexKey } from './ae-columns.js';
import type { SubstanceTables } from './ae-aggregates.js';
import type { AdverseEffectTables } from './ae-tables.js';

export interface OrganClassTally {
  /** Sex and age rows absent from the source. */
  missing: number;
  /** Of those, determined by the other figures (published, or hidden if small). */
  determined: number;
  /** Of the determined ones, zeros. */
  zeros: number;
  /** Class counts not determined (hidden). */
  countsUnknown: number;
}

const HIDDEN: Cell = { count: null, suppressed: true };

/** Bounds of a count the source does not give exactly. */
export interface Bounds {
  lower: number;
  upper: number;
}

/** One side (sex or age) of an organ class: its cells, given by the source or bounded. */
interface Side {
  name: 'bySex' | 'byAge';
  cells: { key: string; label?: CategoryCell['label']; value?: number; bounds: Bounds }[];
}

/**
 * The organ classes of a substance, as far as the source tells them. The source leaves out the rows
 * below `rowMinimum` cases, so a missing sex or age row is a count from 0 to rowMinimum − 1, and at
 * most the substance's own count for that sex or band. A class's count is the sum of its sex cells
 * and the sum of its age cells; from those two sums and these bounds, a missing cell or the class's
 * count is often known exactly (a class whose age rows are all there gives its count, and so its
 * one missing sex row). What stays unknown is published hidden, with its bounds in `undetermined`
 * (for the audit), never as a guess. When the two sides cannot agree (cases without a sex or an age
 * that the substance tables do not count), the class keeps its rows as given and its count is the
 * larger sum, the difference being an explicit `unknown` cell, as the data contract requires.
 */
export function organClasses(
  tables: AdverseEffectTables,
  s: SubstanceTables,
  ageLowers: number[],
  undetermined: Map<string, Bounds>,
  contradictions: string[],
  tally: OrganClassTally,
): OrganClassCell[] {
  const rowMinimum = tables.organClassRowMinimum();
  const missing = (whole: number | undefined): Bounds => ({
    lower: 0,
    upper: Math.max(0, Math.min(rowMinimum - 1, whole ?? Infinity)),
  });
  const items: OrganClassCell[] = [];
  for (const { code } of ORGAN_CLASSES) {
    const sexRows = s.socSex.get(code);
    const ageRows = s.socAge.get(code);
    if (!sexRows && !ageRows) continue;
    const sides: Side[] = [];
    if (tables.kinds.has('soc-sex')) {
      const keys: SexKey[] = ['female', 'male'];
      if (sexRows?.has('unknown') || (s.sex.get('unknown')?.cases ?? 0) > 0) keys.push('unknown');
      sides.push({
        name: 'bySex',
        cells: keys.map((key) => {
          const value = sexRows?.get(key);
          const whole = s.sex.size ? (s.sex.get(key)?.cases ?? 0) : undefined;
          // Cases of unknown sex: the source may list no row for them at all, whatever their number.
          const bounds =
            key === 'unknown' && value === undefined ? { lower: 0, upper: whole ?? 0 } : missing(whole);
          return { key, ...(value === undefined ? {} : { value }), bounds };
        }),
      });
    }
    if (tables.kinds.has('soc-age')) {
      const lowers = [...new Set([...ageLowers, ...(ageRows?.keys() ?? [])])]
        .filter((l) => l !== Infinity)
        .sort((a, b) => a - b);
      const cells: Side['cells'] = lowers.map((lower) => {
        const band = tables.bandOf(lower, ageLowers);
        const value = ageRows?.get(lower);
        const whole = s.age.size ? (s.age.get(band.key)?.cases ?? 0) : undefined;
        return {
          key: band.key,
          label: ageBandLabel(band.key),
          ...(value === undefined ? {} : { value }),
          bounds: missing(whole),
        };
      });
      const unknownRow = ageRows?.get(Infinity);
      const unknownWhole = s.age.get('unknown')?.cases ?? 0;
      if (unknownRow !== undefined || unknownWhole > 0)
        cells.push({
          key: 'unknown',
          label: ageBandLabel('unknown'),
          ...(unknownRow === undefined ? {} : { value: unknownRow }),
          bounds: { lower: 0, upper: unknownWhole },
        });
      sides.push({ name: 'byAge', cells });
    }
    const resolved = resolveClass(code, sides, undetermined, tally);
    if (!resolved) contradictions.push(code);
    items.push(resolved ?? asGiven(code, sides, undetermined));
  }
  return items;
}

/**
 * The class with every count the two sides determine (see `organClasses`); undefined when they
 * contradict each other. For a missing cell x on a side whose given cells sum to G and whose other
 * missing cells lie in [L, U] together, x = n − G − (the others), so with the class count n in
 * [nLow, nHigh]: x ≥ nLow − G − U and x ≤ nHigh − G − L. The two sides depend on each other only
 * through n, so these bounds are exact (as tight as a linear programme would give).
 */
function resolveClass(
  code: string,
  sides: Side[],
  undetermined: Map<string, Bounds>,
  tally: OrganClassTally,
): OrganClassCell | undefined {
  const sums = sides.map((side) => {
    let given = 0;
    let lower = 0;
    let upper = 0;
    for (const c of side.cells) {
      if (c.value !== undefined) given += c.value;
      else {
        lower += c.bounds.lower;
        upper += c.bounds.upper;
      }
    }
    return { given, lower, upper };
  });
  const nLow = Math.max(...sums.map((t) => t.given + t.lower));
  const nHigh = Math.min(...sums.map((t) => t.given + t.upper));
  if (nLow > nHigh) return undefined;
  const path = `organClasses.${code}`;
  const item: OrganClassCell = { code, count: nLow === nHigh ? nLow : null };
  if (nLow !== nHigh) {
    tally.countsUnknown++;
    item.suppressed = true;
    undetermined.set(path, { lower: nLow, upper: nHigh });
  }
  sides.forEach((side, i) => {
    const t = sums[i]!;
    item[side.name] = side.cells.flatMap((c): CategoryCell[] => {
      const label = c.label ? { label: c.label } : {};
      if (c.value !== undefined) return [{ key: c.key, ...label, count: c.value }];
      const lower = Math.max(c.bounds.lower, nLow - t.given - (t.upper - c.bounds.upper));
      const upper = Math.min(c.bounds.upper, nHigh - t.given - (t.lower - c.bounds.lower));
      // No case of unknown sex or age in this class: no cell for it.
      if (c.key === 'unknown' && upper === 0) return [];
      if (c.key !== 'unknown') tally.missing++;
      if (lower === upper) {
        if (c.key !== 'unknown') {
          tally.determined++;
          if (lower === 0) tally.zeros++;
        }
        return [{ key: c.key, ...label, count: lower }];
      }
      undetermined.set(`${path}.${side.name}.${c.key}`, { lower, upper });
      return [{ key: c.key, ...label, ...HIDDEN }];
    });
  });
  return item;
}

/**
 * The rows as the source gives them, for sides that contradict each other (their sums cannot meet:
 * cases without a sex or an age that the substance's tables do not count). Nothing is guessed:
 * the given rows are shown, the missing ones hidden, the count hidden, and each side gets a hidden
 * `unknown` cell for the cases it does not place, so that every partition still adds up.
 */
function asGiven(code: string, sides: Side[], undetermined: Map<string, Bounds>): OrganClassCell {
  const path = `organClasses.${code}`;
  const least = Math.max(...sides.map((side) => side.cells.reduce((t, c) => t + (c.value ?? 0), 0)));
  undetermined.set(path, { lower: least, upper: Infinity });
  const item: OrganClassCell = { code, ...HIDDEN };
  for (const side of sides) {
    const cells: CategoryCell[] = side.cells
      .filter((c) => c.key !== 'unknown')
      .map((c) => {
        const label = c.label ? { label: c.label } : {};
        if (c.value !== undefined) return { key: c.key, ...label, count: c.value };
        undetermined.set(`${path}.${side.name}.${c.key}`, c.bounds);
        return { key: c.key, ...label, ...HIDDEN };
      });
    const label = side.name === 'byAge' ? { label: ageBandLabel('unknown') } : {};
    cells.push({ key: 'unknown', ...label, ...HIDDEN });
    undetermined.set(`${path}.${side.name}.unknown`, { lower: 0, upper: Infinity });
    item[side.name] = cells;
  }
  return item;
}

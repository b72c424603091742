/**
 * The disclosure audit of one published file: for every hidden count, the smallest and largest
 * value a reader can give it from everything published and every known rule (reader-model.ts,
 * solved by intervals.ts), judged by the protection criterion of docs/data-contract.md:
 *
 * 1. no hidden count is determined exactly (its range holds at least two values);
 * 2. a hidden count that is, or may be, below the threshold (1 to threshold − 1) keeps a range at
 *    least `protectionWidth` wide: by default ⌈(threshold − 1) / 2⌉ = 5 for 11, so that a reader
 *    cannot narrow a small count to fewer than six values, half of what « < 11 » already allows.
 *
 * Like tau-ARGUS's protection levels and sdcTable's interval requirements, this asks for a
 * feasibility interval of a given width around every sensitive cell; the width is absolute because
 * the cells are small counts, not magnitudes. Pure but for the solver it is given.
 */
import type { AdverseEffectsFile } from '../../data/contract.js';
import { feasibleRanges, type Highs, type Range } from './intervals.js';
import { InconsistentDataError } from './linear-system.js';
import { readerModel, type ReaderModel, type ReaderRules } from './reader-model.js';

export interface ProtectionRules extends ReaderRules {
  /** Least width of the range of a hidden count that is or may be small. */
  protectionWidth: number;
}

/** ⌈(threshold − 1) / 2⌉: 5 for the threshold of 11. */
export function defaultProtectionWidth(threshold: number): number {
  return Math.ceil((threshold - 1) / 2);
}

/**
 * What the publisher knows of a hidden count: its value (`lower` = `upper`), or its bounds when the
 * source does not give it exactly (an organ-class row the source left out).
 */
export type Truth = (path: string) => Range;

export type Exposure = 'exact' | 'narrow';

export interface CellAudit {
  path: string;
  /** The range a reader can compute. */
  range: Range;
  /** What the publisher knows. */
  truth: Range;
  /** The count is, or may be, from 1 to threshold − 1. */
  sensitive: boolean;
  exposure?: Exposure;
  /** Narrower than the width only because of totals that are always shown (see suppression.ts). */
  limitedByTotals?: boolean;
}

/** Audits the hidden counts of a file (all of them, or those in `only`). */
export function auditFile(
  file: AdverseEffectsFile,
  truth: Truth,
  rules: ProtectionRules,
  highs: Highs,
  only?: Iterable<string>,
): { model: ReaderModel; cells: CellAudit[] } {
  const model = readerModel(file, rules);
  const paths = only ? [...only].filter((p) => model.hidden.has(p)) : [...model.hidden.keys()];
  const ranges = feasibleRanges(
    model.system,
    highs,
    paths.map((p) => model.hidden.get(p)!),
  );
  const cells = paths.map((path) => judge(path, ranges.get(model.hidden.get(path)!)!, truth(path), rules));
  return { model, cells };
}

/** The criterion for one hidden count. */
export function judge(path: string, range: Range, truth: Range, rules: ProtectionRules): CellAudit {
  // The reader's rules are facts about the true table: its values must lie in the reader's range.
  if (truth.lower > range.upper || truth.upper < range.lower)
    throw new InconsistentDataError(
      `${path}: the reader's range [${range.lower}, ${range.upper}] excludes the true value [${truth.lower}, ${truth.upper}]: a rule of the audit does not hold for these data`,
    );
  const sensitive = truth.lower < rules.threshold && truth.upper >= 1;
  const cell: CellAudit = { path, range, truth, sensitive };
  if (range.upper === range.lower) cell.exposure = 'exact';
  else if (sensitive && range.upper - range.lower < rules.protectionWidth) cell.exposure = 'narrow';
  return cell;
}

/**
 * What the privacy rule hid, and why, found by comparing a file before and after protection. The
 * report names cells and reasons, never a hidden value; but the reasons themselves tell a reader
 * more than the published files do (that a cell is below the threshold, that another one is not),
 * so the report is for the publisher only: `datamed-build` refuses to write it inside the tree.
 * Pure: no Node APIs.
 */
import type { AdverseEffectsFile } from '../data/contract.js';
import { cellsByPath } from './disclosure/cells.js';

export type SuppressionReason =
  /** The count is between 1 and the threshold − 1. */
  | 'primary'
  /** Hidden so that a hidden cell of its table cannot be recomputed from the total and the others. */
  | 'secondary'
  /** Hidden so that a hidden cell cannot be recomputed by combining tables (the disclosure audit). */
  | 'linked'
  /** Not known exactly: the source leaves out its small rows. */
  | 'source';

export interface SuppressedCell {
  substance: string;
  /** Path of the cell: `sex.male`, `years.2016.patients`, `organClasses.10005329.byAge.0-19`. */
  cell: string;
  reason: SuppressionReason;
  /** For `secondary` and `linked`: the hidden cells it protects. */
  protects?: string[];
}

/**
 * Every cell hidden in `protectedFile`, with its reason. `linked` maps the cells the disclosure
 * audit hid to the cell each protects.
 */
export function explainSuppression(
  raw: AdverseEffectsFile,
  protectedFile: AdverseEffectsFile,
  threshold: number,
  linked: ReadonlyMap<string, string> = new Map(),
): SuppressedCell[] {
  const substance = raw.substance.code;
  const before = cellsByPath(raw);
  const reasons = new Map<string, SuppressionReason>();
  for (const [path, cell] of cellsByPath(protectedFile)) {
    if (cell.count !== null) continue;
    const original = before.get(path)?.count;
    reasons.set(
      path,
      original === null || original === undefined
        ? 'source'
        : original > 0 && original < threshold
          ? 'primary'
          : linked.has(path)
            ? 'linked'
            : 'secondary',
    );
  }
  /** The group of a cell: its path without its key (`sex`, `organClasses.10005329.byAge`, `years.*.patients`). */
  const group = (path: string) =>
    /^years\.\d+\.patients$/.test(path) ? 'years.*.patients' : path.slice(0, path.lastIndexOf('.'));
  return [...reasons].map(([cell, reason]) => {
    const out: SuppressedCell = { substance, cell, reason };
    if (reason === 'linked') out.protects = [linked.get(cell)!];
    if (reason === 'secondary')
      out.protects = [...reasons]
        .filter(([p, r]) => p !== cell && group(p) === group(cell) && (r === 'primary' || r === 'source'))
        .map(([p]) => p);
    return out;
  });
}

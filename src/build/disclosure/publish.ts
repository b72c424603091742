/**
 * The disclosure audit as `buildTree` runs it on each adverse-effect file: the publisher's true
 * values (the raw file, and the bounds of what the source does not determine), the suppression that
 * passes the audit, and the figures the build prints and reports. Pure but for the solver.
 */
import type { AdverseEffectsFile } from '../../data/contract.js';
import type { Bounds } from '../organ-classes.js';
import type { ProtectionRules, Truth } from './audit.js';
import { cellsByPath } from './cells.js';
import type { Highs } from './intervals.js';
import { suppressLinked } from './suppression.js';

/** What the audit found and what the suppression that passes it cost. */
export interface AuditSummary {
  protectionWidth: number;
  /** Organ-class rows below this are left out by the source. */
  sourceRowMinimum: number;
  /** Files audited, hidden counts audited in the final files, and time spent (ms). */
  files: number;
  cells: number;
  milliseconds: number;
  /** After the per-table rule alone: counts a reader could pin (exact) or narrow below the width. */
  exposedBefore: { exact: number; narrow: number; sensitive: number };
  /** In the published files: always 0 (the build stops otherwise). */
  exposedAfter: number;
  /** Small counts whose range only the always-shown totals narrow below the width (accepted). */
  limitedByTotals: number;
  /** Information lost: hidden counts and the cases they hold (known values; bounded ones at their least). */
  lossBefore: { cells: number; cases: number };
  lossAfter: { cells: number; cases: number };
}

export function newAuditSummary(protectionWidth: number, sourceRowMinimum: number): AuditSummary {
  return {
    protectionWidth,
    sourceRowMinimum,
    files: 0,
    cells: 0,
    milliseconds: 0,
    exposedBefore: { exact: 0, narrow: 0, sensitive: 0 },
    exposedAfter: 0,
    limitedByTotals: 0,
    lossBefore: { cells: 0, cases: 0 },
    lossAfter: { cells: 0, cases: 0 },
  };
}

/**
 * Audits `file` (protected by the per-table rule) and hides more until it passes; adds what it
 * found and cost to `summary`. Returns the file to publish and the counts hidden, each with the
 * count it protects.
 */
export function auditAndProtect(
  file: AdverseEffectsFile,
  raw: AdverseEffectsFile,
  undetermined: ReadonlyMap<string, Bounds>,
  o: { threshold: number; partitionsAddUp: boolean; highs: Highs; summary: AuditSummary },
): { file: AdverseEffectsFile; linked: Map<string, string> } {
  const started = performance.now();
  const code = raw.substance.code;
  const rawCells = cellsByPath(raw);
  const truth: Truth = (path) => {
    const bounds = undetermined.get(path);
    if (bounds) return bounds;
    const count = rawCells.get(path)?.count;
    if (count === null || count === undefined) throw new Error(`${code}: no true value for ${path}`);
    return { lower: count, upper: count };
  };
  const a = o.summary;
  const rules: ProtectionRules = {
    threshold: o.threshold,
    sourceRowMinimum: a.sourceRowMinimum,
    partitionsAddUp: o.partitionsAddUp,
    protectionWidth: a.protectionWidth,
  };
  const result = suppressLinked(file, truth, rules, o.highs);
  a.files++;
  a.cells += result.audit.length;
  for (const c of result.audit) {
    if (c.exposure) a.exposedAfter++;
    if (c.limitedByTotals) a.limitedByTotals++;
  }
  for (const c of result.exposedBefore) {
    a.exposedBefore[c.exposure!]++;
    if (c.sensitive) a.exposedBefore.sensitive++;
  }
  const loss = (f: AdverseEffectsFile, into: { cells: number; cases: number }) => {
    for (const [path, cell] of cellsByPath(f))
      if (cell.count === null) {
        into.cells++;
        into.cases += truth(path).lower;
      }
  };
  loss(file, a.lossBefore);
  loss(result.file, a.lossAfter);
  a.milliseconds += performance.now() - started;
  return { file: result.file, linked: result.hidden };
}

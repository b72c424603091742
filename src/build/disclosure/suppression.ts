/**
 * Suppression that passes the audit. After the per-table rule of `src/data/privacy.ts`, a file may
 * still let a reader pin a hidden count by combining its tables (audit.ts). While one is exposed,
 * this hides more shown counts — the fewest cases that fix it (see `bestCandidate`) — and audits
 * again. Each step hides at least one count and hiding only widens ranges, so it ends.
 *
 * Never hidden: zeros (the tables publish their zeros, and a reader knows a hidden count there is at
 * least 1), the total of cases and of treated patients (a hidden total reads as "too few cases" in
 * the widgets).
 *
 * A small count can be narrowed by a shown total alone: an organ class of a substance with 14 cases
 * is at most 14, whatever else is hidden. When even hiding every count but those totals and the
 * zeros would leave its range as narrow, the range is what publishing the total costs, accepted by
 * the criterion (docs/data-contract.md): the cell is marked `limitedByTotals`.
 */
import type { AdverseEffectsFile } from '../../data/contract.js';
import { auditFile, type CellAudit, type ProtectionRules, type Truth } from './audit.js';
import { cellsByPath, hideCell } from './cells.js';
import { components, type Highs } from './intervals.js';
import { readerModel } from './reader-model.js';

export interface LinkedSuppression {
  file: AdverseEffectsFile;
  /** The final audit: every hidden count, none exposed. */
  audit: CellAudit[];
  /** Counts exposed before this step (after the per-table rule). */
  exposedBefore: CellAudit[];
  /** Counts this step hid, in order, each with the exposed count it was hidden for. */
  hidden: Map<string, string>;
}

/** The counts a reader always sees: the totals of cases and of treated patients. */
export const NEVER_HIDDEN: ReadonlySet<string> = new Set(['cases', 'patients.patientYears']);

/** Hides shown counts of `file` (a copy) until its audit passes. */
export function suppressLinked(
  file: AdverseEffectsFile,
  truth: Truth,
  rules: ProtectionRules,
  highs: Highs,
): LinkedSuppression {
  let current = structuredClone(file);
  const hidden = new Map<string, string>();
  /** Narrow only because of the totals always shown (see above). */
  const limited = new Set<string>();
  const audit = () => {
    const cells = auditFile(current, truth, rules, highs).cells;
    for (const c of cells)
      if (c.exposure === 'narrow' && limited.has(c.path)) {
        delete c.exposure;
        c.limitedByTotals = true;
      }
    return cells;
  };
  let cells = audit();
  const exposedBefore = cells.filter((c) => c.exposure);
  for (;;) {
    const exposed = cells.find((c) => c.exposure);
    if (!exposed) return { file: current, audit: cells, exposedBefore, hidden };
    const chosen = bestCandidate(current, exposed, truth, rules, highs);
    if (!chosen.length) {
      limited.add(exposed.path);
    } else {
      current = structuredClone(current);
      const byPath = cellsByPath(current);
      for (const path of chosen) {
        hideCell(byPath.get(path)!);
        hidden.set(path, exposed.path);
      }
    }
    cells = audit();
  }
}

/**
 * The shown counts to hide for one exposed count, fewest cases first: one count when a single one
 * fixes it (among those its constraints involve); else, starting from every count that may be
 * hidden, each is shown again, the largest first, as long as the exposed count stays protected —
 * what remains is a small set, of small counts. Empty when even hiding everything leaves a small
 * count as narrow: then only the totals always shown narrow it.
 */
function bestCandidate(
  file: AdverseEffectsFile,
  exposed: CellAudit,
  truth: Truth,
  rules: ProtectionRules,
  highs: Highs,
): string[] {
  const model = readerModel(file, rules);
  const v = model.hidden.get(exposed.path)!;
  const component = components(model.system).find((c) => c.variables.includes(v))!;
  const involved = new Set(component.constraints.flatMap((i) => model.system.constraints[i]!.shown));
  const bySize = (a: string, b: string) => model.shown.get(a)! - model.shown.get(b)! || (a < b ? -1 : 1);
  const fixedBy = (paths: string[]) =>
    !auditFile(withHidden(file, paths), truth, rules, highs, [exposed.path]).cells[0]!.exposure;
  const hideable = (p: string) => !NEVER_HIDDEN.has(p) && model.shown.get(p)! > 0;
  for (const path of [...involved].filter(hideable).sort(bySize)) if (fixedBy([path])) return [path];
  const everything = [...model.shown.keys()].filter(hideable).sort(bySize);
  if (!fixedBy(everything)) {
    if (exposed.exposure === 'narrow') return [];
    throw new Error(`${file.substance.code}: ${exposed.path} stays exact with every other count hidden`);
  }
  const chosen = new Set(everything);
  for (const path of [...everything].reverse()) {
    chosen.delete(path);
    if (!fixedBy([...chosen])) chosen.add(path);
  }
  return [...chosen];
}

function withHidden(file: AdverseEffectsFile, paths: string[]): AdverseEffectsFile {
  const copy = structuredClone(file);
  const cells = cellsByPath(copy);
  for (const p of paths) hideCell(cells.get(p)!);
  return copy;
}

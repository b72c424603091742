/**
 * The privacy rule across a substance and its products. A product's treated patients and
 * medication errors are published with the same per-file rule as a substance's (primary and
 * secondary suppression, `src/data/privacy.ts`). Across files, for each figure (a path such as
 * `medicationErrors.population.child`), the substance's count S and its products' counts P₁…Pₙ are
 * read as a partition: S = ΣPᵢ + R, where R is what products without published figures hold
 * (R = 0 when every product of the substance publishes them: `complete`). A reader who knows S and
 * the shown Pᵢ learns the sum of the hidden ones and R together, so:
 * - that remainder must be 0 or at least the threshold (else the smallest shown Pᵢ is hidden too);
 * - a single hidden Pᵢ in a complete group with S shown would be S minus the others: a second one
 *   is hidden (the remainder rule above, as R = 0);
 * - a hidden S in a complete group with every Pᵢ shown would be their sum: the smallest Pᵢ is hidden;
 * - a single product standing for its substance (complete, n = 1) has S = P: a count hidden in one
 *   is hidden in the other.
 * Each file's own rule is applied again after any change, until nothing moves. `productAudit`
 * checks the published result the way a reader would combine the files. Pure.
 */
import type { Cell, MedicationErrors } from '../data/contract.js';
import { isHidden, protectMedicationErrors, suppressSmall } from '../data/privacy.js';

/** The figures of one file that the rule compares: treated patients and medication errors. */
export interface Figures {
  patients?: { patientYears?: Cell };
  medicationErrors?: MedicationErrors;
}

const LISTS = ['adverseEffect', 'population', 'step', 'nature'] as const;

/** Every count of a file's figures by path, for comparing the same figure across files. */
export function figureCells(f: Figures): Map<string, Cell> {
  const out = new Map<string, Cell>();
  if (f.patients?.patientYears) out.set('patients.patientYears', f.patients.patientYears);
  const me = f.medicationErrors;
  if (me?.cases) out.set('medicationErrors.cases', me.cases);
  for (const list of LISTS) for (const c of me?.[list] ?? []) out.set(`medicationErrors.${list}.${c.key}`, c);
  return out;
}

/** The file's own rule: primary and secondary suppression of its figures (cells hidden stay hidden). */
export function protectFigures<F extends Figures>(f: F, threshold: number): F {
  const out = { ...f };
  if (f.patients?.patientYears)
    out.patients = { ...f.patients, patientYears: suppressSmall(f.patients.patientYears, threshold) };
  if (f.medicationErrors) out.medicationErrors = protectMedicationErrors(f.medicationErrors, threshold);
  return out;
}

/** Hides the cell at `path` (in place on a copy made by `protectFigures`). */
function hide(f: Figures, path: string): void {
  const cell = figureCells(f).get(path);
  if (cell) Object.assign(cell, { count: null, suppressed: true });
}

/**
 * Applies the rule to a substance's figures and its products' figures; returns new objects.
 * `complete`: every product of the substance is among `products` (else some reports belong to
 * products that publish nothing).
 */
export function protectAcrossProducts<S extends Figures, P extends Figures>(
  substance: S,
  products: P[],
  threshold: number,
  complete: boolean,
): { substance: S; products: P[] } {
  const copy = <F extends Figures>(f: F): F => protectFigures(structuredClone(f), threshold);
  let s = copy(substance);
  let ps = products.map(copy);
  for (let round = 0; round < 50; round++) {
    const toHide = violations(s, ps, threshold, complete);
    if (!toHide.length) return { substance: s, products: ps };
    for (const { file, path } of toHide) hide(file < 0 ? s : ps[file]!, path);
    s = copy(s);
    ps = ps.map(copy);
  }
  throw new Error('internal: the product rule did not settle in 50 rounds');
}

/** One cell a reader could pin or narrow, and the cell to hide against it (-1: the substance). */
interface Finding {
  path: string;
  file: number;
  reason: string;
}

/**
 * What a reader combining the published substance file and product files learns below the
 * threshold; empty when the rule holds. Each finding names the cell to hide next.
 */
export function productAudit(
  substance: Figures,
  products: Figures[],
  threshold: number,
  complete: boolean,
): Finding[] {
  return violations(substance, products, threshold, complete);
}

function violations(s: Figures, ps: Figures[], t: number, complete: boolean): Finding[] {
  const out: Finding[] = [];
  const own = figureCells(s);
  const cells = ps.map(figureCells);
  for (const [path, sc] of own) {
    const parts = cells.map((m, i) => ({ i, cell: m.get(path) })).filter((p) => p.cell);
    if (!parts.length) continue;
    const shown = parts.filter((p) => !isHidden(p.cell));
    const hidden = parts.length - shown.length;
    const smallest = shown
      .filter((p) => p.cell!.count! > 0)
      .sort((a, b) => a.cell!.count! - b.cell!.count! || a.i - b.i)[0];
    const pick = (reason: string) =>
      out.push(smallest ? { path, file: smallest.i, reason } : { path, file: -1, reason });
    if (isHidden(sc)) {
      // S = ΣPᵢ when complete: every part shown gives S away.
      if (complete && hidden === 0) pick('substance count is the sum of its products');
      continue;
    }
    const rest = sc.count! - shown.reduce((n, p) => n + p.cell!.count!, 0);
    // Hidden parts and unpublished products together hold `rest`: 0, or at least the threshold.
    if ((hidden > 0 || !complete) && rest > 0 && rest < t) pick(`remainder ${rest} below the threshold`);
    else if (complete && hidden === 1 && parts.length === 1 && rest >= 0) continue;
    else if (complete && hidden === 1)
      pick('a single hidden product count is the substance minus the others');
  }
  // A single product standing for its substance: the same counts, hidden alike.
  if (complete && ps.length === 1)
    for (const [path, pc] of cells[0]!) {
      const sc = own.get(path);
      if (sc && isHidden(pc) !== isHidden(sc))
        out.push({
          path,
          file: isHidden(pc) ? -1 : 0,
          reason: 'the only product has the substance’s counts',
        });
    }
  return dedupe(out);
}

function dedupe(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => !seen.has(`${f.file}:${f.path}`) && !!seen.add(`${f.file}:${f.path}`));
}

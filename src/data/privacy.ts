/**
 * The publication threshold, applied again in the browser as defence in depth: whatever a file
 * says, no count between 1 and `threshold − 1` reaches the page, and no hidden count can be
 * recomputed from the numbers that are shown.
 *
 * Rule (also in docs/data-contract.md, and used by the `datamed-build` CLI):
 * 1. Primary suppression: a count c with 0 < c < T is replaced by `{ count: null, suppressed: true }`.
 * 2. Secondary suppression, for each group of cells that partitions a known total (cases by sex, by
 *    age, by year, by seriousness, by reporter…): while some cell is hidden and the residual
 *    (total − sum of shown cells) is below T, hide the smallest shown non-zero cell. The residual is
 *    then either 0 (nothing hidden) or ≥ T, so a reader learns only that the hidden cells together
 *    hold at least T cases — never a single hidden value.
 * Overlapping groups (organ classes, seriousness criteria, subgroups) need only step 1: their
 * cells do not add up to anything shown.
 */
import type {
  AdverseEffectsFile,
  CategoryCell,
  Cell,
  MedicationErrors,
  OrganClassCell,
  ProductFile,
  YearCell,
} from './contract.js';

/** DataMed hides any figure covering fewer than 11 cases. */
export const DEFAULT_THRESHOLD = 11;

export function isHidden(cell: Cell | undefined): boolean {
  return !!cell && (cell.suppressed === true || cell.count === null);
}

/** Primary suppression of one cell. */
export function suppressSmall<C extends Cell>(cell: C, threshold: number): C {
  if (cell.count !== null && cell.count > 0 && cell.count < threshold) {
    return { ...cell, count: null, suppressed: true };
  }
  if (cell.count === null) return { ...cell, suppressed: true };
  return cell;
}

/**
 * Primary and secondary suppression over a group of cells that partitions `total`
 * (pass `undefined` when the total is unknown or itself hidden: then only step 1 applies).
 */
export function suppressPartition<C extends Cell>(
  cells: readonly C[],
  total: number | null | undefined,
  threshold: number,
): C[] {
  const out = cells.map((c) => suppressSmall(c, threshold));
  if (total === null || total === undefined) return out;
  const residual = () => total - out.reduce((sum, c) => sum + (c.count ?? 0), 0);
  while (out.some(isHidden) && residual() < threshold) {
    let pick = -1;
    out.forEach((c, i) => {
      if (c.count !== null && c.count > 0 && (pick < 0 || c.count < out[pick]!.count!)) pick = i;
    });
    if (pick < 0) break; // only zeros left shown: the residual is the hidden sum, nothing more to hide
    out[pick] = { ...out[pick]!, count: null, suppressed: true };
  }
  return out;
}

/** The effective threshold: the file's, never below the page's minimum. */
export function effectiveThreshold(fileThreshold: number | undefined, minimum = DEFAULT_THRESHOLD): number {
  return Math.max(fileThreshold ?? 0, minimum);
}

/** A total that can anchor a partition: shown and numeric. */
function known(cell: Cell | undefined): number | undefined {
  return cell && !isHidden(cell) && cell.count !== null ? cell.count : undefined;
}

function partition(
  cells: CategoryCell[] | undefined,
  total: number | undefined,
  t: number,
): CategoryCell[] | undefined {
  return cells && suppressPartition(cells, total, t);
}

function overlapping<C extends Cell>(cells: C[] | undefined, t: number): C[] | undefined {
  return cells && cells.map((c) => suppressSmall(c, t));
}

/**
 * The adverse-effect file with the threshold applied everywhere. Pure: returns a new object.
 * When the total number of cases is itself hidden, every case count is hidden.
 */
export function protectAdverseEffects(
  file: AdverseEffectsFile,
  minimum = DEFAULT_THRESHOLD,
): AdverseEffectsFile {
  const t = effectiveThreshold(file.provenance.threshold, minimum);
  const cases = file.cases && suppressSmall(file.cases, t);
  const total = known(cases);
  const out: AdverseEffectsFile = { ...file, provenance: { ...file.provenance, threshold: t } };
  if (cases) out.cases = cases;

  if (file.patients) {
    const patientYears = file.patients.patientYears && suppressSmall(file.patients.patientYears, t);
    const py = known(patientYears);
    out.patients = {
      ...file.patients,
      ...(patientYears ? { patientYears } : {}),
      ...(file.patients.bySex ? { bySex: partition(file.patients.bySex, py, t)! } : {}),
      ...(file.patients.byAge ? { byAge: partition(file.patients.byAge, py, t)! } : {}),
    };
  }
  if (file.sex) out.sex = partition(file.sex, total, t)!;
  if (file.age) out.age = partition(file.age, total, t)!;
  if (file.seriousness) out.seriousness = partition(file.seriousness, total, t)!;
  if (file.seriousnessCriteria) out.seriousnessCriteria = overlapping(file.seriousnessCriteria, t)!;
  if (file.reporters) out.reporters = partition(file.reporters, total, t)!;
  if (file.years) out.years = protectYears(file.years, total, known(out.patients?.patientYears), t);
  if (file.organClasses) {
    const base = file.organClasses.base && suppressSmall(file.organClasses.base, t);
    out.organClasses = {
      ...(base ? { base } : {}),
      items: file.organClasses.items.map((item) => protectOrganClass(item, t)),
    };
  }
  if (file.medicationErrors) out.medicationErrors = protectMedicationErrors(file.medicationErrors, t);
  return out;
}

/**
 * A product file with the threshold applied: treated patients and medication errors, as in the
 * substance files (a product's shortage declarations hold no counts). Pure: returns a new object.
 */
export function protectProduct(file: ProductFile, minimum = DEFAULT_THRESHOLD): ProductFile {
  const t = effectiveThreshold(file.provenance.threshold, minimum);
  const out: ProductFile = { ...file, provenance: { ...file.provenance, threshold: t } };
  const patientYears = file.patients?.patientYears;
  if (file.patients && patientYears)
    out.patients = { ...file.patients, patientYears: suppressSmall(patientYears, t) };
  if (file.medicationErrors) out.medicationErrors = protectMedicationErrors(file.medicationErrors, t);
  return out;
}

function protectYears(
  years: YearCell[],
  total: number | undefined,
  patientYears: number | undefined,
  t: number,
): YearCell[] {
  const cases = suppressPartition(years, total, t);
  const hasPatients = years.every((y) => y.patients);
  const patients = hasPatients
    ? suppressPartition(
        years.map((y) => y.patients!),
        patientYears,
        t,
      )
    : undefined;
  return cases.map((y, i) => {
    if (patients) return { ...y, patients: patients[i]! };
    return y.patients ? { ...y, patients: suppressSmall(y.patients, t) } : y;
  });
}

function protectOrganClass(item: OrganClassCell, t: number): OrganClassCell {
  const own = suppressSmall(item, t);
  const total = known(own);
  const out: OrganClassCell = { ...own };
  if (item.bySex) out.bySex = partition(item.bySex, total, t)!;
  if (item.byAge) out.byAge = partition(item.byAge, total, t)!;
  if (item.subgroups) out.subgroups = overlapping(item.subgroups, t)!;
  return out;
}

export function protectMedicationErrors(me: MedicationErrors, t: number): MedicationErrors {
  const cases = me.cases && suppressSmall(me.cases, t);
  const total = known(cases);
  const out: MedicationErrors = {};
  if (cases) out.cases = cases;
  if (me.adverseEffect) out.adverseEffect = partition(me.adverseEffect, total, t)!;
  if (me.population) out.population = partition(me.population, total, t)!;
  if (me.step) out.step = partition(me.step, total, t)!;
  // A medication error may have several natures: overlapping.
  if (me.nature) out.nature = overlapping(me.nature, t)!;
  return out;
}

/** Counts every hidden cell of a protected file (for reports and tests). */
export function countHidden(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countHidden(v), 0);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const self = 'count' in o && o.count === null ? 1 : 0;
    return Object.values(o).reduce((n: number, v) => n + countHidden(v), self);
  }
  return 0;
}

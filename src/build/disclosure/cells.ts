/**
 * Every count of an adverse-effect file by its path — `cases`, `sex.female`, `years.2016`,
 * `years.2016.patients`, `patients.bySex.male`, `organClasses.base`, `organClasses.10005329`,
 * `organClasses.10005329.byAge.0-19`, `medicationErrors.step.prescription`… — the names the audit,
 * the suppression step and the `--report` use. Pure.
 */
import type { AdverseEffectsFile, CategoryCell, Cell } from '../../data/contract.js';

/** The count objects of a file by path (the objects themselves: changing one changes the file). */
export function cellsByPath(file: AdverseEffectsFile): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const put = (path: string, cell: Cell | undefined) => {
    if (cell) out.set(path, cell);
  };
  const list = (path: string, cells: CategoryCell[] | undefined) => {
    for (const c of cells ?? []) put(`${path}.${c.key}`, c);
  };
  put('cases', file.cases);
  put('patients.patientYears', file.patients?.patientYears);
  list('patients.bySex', file.patients?.bySex);
  list('patients.byAge', file.patients?.byAge);
  list('sex', file.sex);
  list('age', file.age);
  for (const y of file.years ?? []) {
    put(`years.${y.year}`, y);
    put(`years.${y.year}.patients`, y.patients);
  }
  list('seriousness', file.seriousness);
  list('seriousnessCriteria', file.seriousnessCriteria);
  list('reporters', file.reporters);
  if (file.organClasses) {
    put('organClasses.base', file.organClasses.base);
    for (const item of file.organClasses.items) {
      const path = `organClasses.${item.code}`;
      put(path, item);
      list(`${path}.bySex`, item.bySex);
      list(`${path}.byAge`, item.byAge);
      (item.subgroups ?? []).forEach((g, i) => put(`${path}.subgroups.${i}`, g));
    }
  }
  const me = file.medicationErrors;
  if (me) {
    put('medicationErrors.cases', me.cases);
    for (const split of ['adverseEffect', 'population', 'step', 'nature'] as const)
      list(`medicationErrors.${split}`, me[split]);
  }
  return out;
}

/** Hides one count in place: `{ count: null, suppressed: true }`, keeping its key or code. */
export function hideCell(cell: Cell): void {
  cell.count = null;
  cell.suppressed = true;
}

export function isShown(cell: Cell): cell is Cell & { count: number } {
  return cell.count !== null && cell.suppressed !== true;
}

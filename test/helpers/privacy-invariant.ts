/**
 * The privacy invariant of a published adverse-effect file, for any test runner: returns what
 * breaks it (empty when the file is safe). Same idea as `assertProtected` in
 * src/data/privacy.test.ts, applied to every partition of a whole file:
 * - no shown count between 1 and threshold − 1;
 * - in each partition of a shown total, the residual (total − shown cells) is 0 when no cell is
 *   hidden, and at least the threshold when some are: no hidden cell can be recomputed;
 * - when the total is hidden, no part of it is shown (but zeros); except under an organ class's
 *   count, which is also hidden when the source does not give it exactly (its shown parts are then
 *   at least the threshold, by the first rule).
 */
import type { AdverseEffectsFile, Cell } from '../../src/data/contract.js';
import { isHidden } from '../../src/data/privacy.js';

export function privacyViolations(file: AdverseEffectsFile): string[] {
  const t = file.provenance.threshold;
  const out: string[] = [];
  const code = file.substance.code;
  const single = (cell: Cell | undefined, what: string) => {
    if (cell && !isHidden(cell) && cell.count! > 0 && cell.count! < t)
      out.push(`${code} ${what}: shows ${cell.count}`);
  };
  const partition = (
    cells: (Cell | undefined)[] | undefined,
    total: Cell | undefined,
    what: string,
    partsOfAHiddenTotal = false,
  ) => {
    if (!cells) return;
    cells.forEach((c, i) => single(c, `${what}[${i}]`));
    const list = cells.filter((c): c is Cell => !!c);
    if (!total || isHidden(total)) {
      if (!partsOfAHiddenTotal && list.some((c) => !isHidden(c) && c.count !== 0))
        out.push(`${code} ${what}: parts shown under a hidden total`);
      return;
    }
    const residual = total.count! - list.reduce((s, c) => s + (c.count ?? 0), 0);
    if (list.some(isHidden) && residual < t)
      out.push(`${code} ${what}: hidden cells recomputable (residual ${residual})`);
    if (!list.some(isHidden) && residual !== 0)
      out.push(`${code} ${what}: parts do not add up (residual ${residual})`);
  };
  single(file.cases, 'cases');
  single(file.patients?.patientYears, 'patients.patientYears');
  partition(file.sex, file.cases, 'sex');
  partition(file.age, file.cases, 'age');
  partition(file.years, file.cases, 'years');
  if (file.years?.every((y) => y.patients))
    partition(
      file.years.map((y) => y.patients),
      file.patients?.patientYears,
      'years.patients',
    );
  partition(file.patients?.bySex, file.patients?.patientYears, 'patients.bySex');
  partition(file.patients?.byAge, file.patients?.patientYears, 'patients.byAge');
  single(file.organClasses?.base, 'organClasses.base');
  for (const item of file.organClasses?.items ?? []) {
    single(item, `organClasses.${item.code}`);
    if (file.cases && isHidden(file.cases) && !isHidden(item) && item.count !== 0)
      out.push(`${code} organClasses.${item.code}: shown under a hidden total of cases`);
    partition(item.bySex, item, `organClasses.${item.code}.bySex`, true);
    partition(item.byAge, item, `organClasses.${item.code}.byAge`, true);
  }
  return out;
}

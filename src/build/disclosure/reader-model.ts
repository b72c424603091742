/**
 * What a reader of one published adverse-effect file knows, as a linear system (linear-system.ts):
 * every hidden count is a variable, every shown count a constant, and every rule a reader can learn
 * from the file, the data contract and docs/publishing.md is a constraint:
 *
 * - partitions: the cases are the sum of their sexes, of their age bands, of their years, of their
 *   seriousness, of their reporters; the treated patients likewise; an organ class's count is the
 *   sum of its sex cells and of its age cells; medication errors the sum of each of their splits;
 * - bounds between tables: an organ class's women are at most the substance's women (and so on for
 *   every sex and age band), a class is at most the base of the percentages, the base at most the
 *   cases, a seriousness criterion at most the serious cases, a subgroup at most its class;
 * - what a hidden cell itself says: counts of the case, patient, year, seriousness, reporter and
 *   medication-error tables are published as 0 when they are 0, so a hidden one is at least 1; an
 *   organ-class cell may be 0 (the source leaves out rows below 10, which are then not known);
 * - the source's rule: an organ class is listed only when the source has a row for it, that is at
 *   least `sourceRowMinimum` cases;
 * - the usage level: the yearly average of treated patients lies in the level's range.
 *
 * Whole numbers and non-negativity are the variables' bounds. Overlapping groups (organ classes,
 * seriousness criteria, medication-error natures) add up to nothing: a case may count in several.
 * Pure: no solver here.
 */
import type { AdverseEffectsFile, CategoryCell, Cell } from '../../data/contract.js';
import { USAGE_LEVELS } from '../../data/vocabulary.js';
import { constant, LinearSystem, sum, variableTerm, type Expression } from './linear-system.js';

export interface ReaderRules {
  /** Counts from 1 to threshold − 1 are hidden. */
  threshold: number;
  /** The source lists an organ-class row only from this many cases (ANSM's tables: 10); 0 if it lists all. */
  sourceRowMinimum: number;
  /**
   * The sexes, age bands and years add up to the cases (and to the treated patients), as
   * `datamed-build` checks; false for data where a partition may fall short of its total.
   */
  partitionsAddUp: boolean;
}

export interface ReaderModel {
  system: LinearSystem;
  /** Path of each hidden count → its variable. */
  hidden: Map<string, number>;
  /** Path of each shown count → its value. */
  shown: Map<string, number>;
}

/** How a hidden count may be small: tables that publish their zeros, or organ-class cells that may be 0. */
const ZEROS_SHOWN = 1;
const MAY_BE_ZERO = 0;

export function readerModel(file: AdverseEffectsFile, rules: ReaderRules): ReaderModel {
  const system = new LinearSystem();
  const hidden = new Map<string, number>();
  const shown = new Map<string, number>();

  /** A count as the reader has it: a constant when shown, a variable when hidden. */
  const count = (path: string, cell: Cell | undefined, lowestHidden: number): Expression | undefined => {
    if (!cell) return undefined;
    if (cell.count !== null && cell.suppressed !== true) {
      shown.set(path, cell.count);
      return constant(cell.count, path);
    }
    const v = system.variable(path, lowestHidden);
    hidden.set(path, v);
    return variableTerm(v);
  };
  const categories = (path: string, cells: CategoryCell[] | undefined, lowestHidden: number) =>
    (cells ?? []).map((c) => ({ key: c.key, term: count(`${path}.${c.key}`, c, lowestHidden)! }));

  /** total = Σ parts (or ≥, when partitions may fall short). */
  const partition = (total: Expression | undefined, parts: { term: Expression }[], why: string) => {
    if (!total || !parts.length) return;
    const terms = parts.map((p) => p.term);
    if (rules.partitionsAddUp) system.equal(total, terms, why);
    else system.atMost(sum(terms), total, why);
  };

  // The cases and their partitions.
  const cases = count('cases', file.cases, ZEROS_SHOWN);
  const sex = categories('sex', file.sex, ZEROS_SHOWN);
  const age = categories('age', file.age, ZEROS_SHOWN);
  partition(cases, sex, 'cases = Σ sex');
  partition(cases, age, 'cases = Σ age bands');
  const years = (file.years ?? []).map((y) => ({
    year: y.year,
    term: count(`years.${y.year}`, y, ZEROS_SHOWN)!,
    patients: count(`years.${y.year}.patients`, y.patients, ZEROS_SHOWN),
  }));
  partition(cases, years, 'cases = Σ years');
  const seriousness = categories('seriousness', file.seriousness, ZEROS_SHOWN);
  partition(cases, seriousness, 'cases = Σ seriousness');
  partition(cases, categories('reporters', file.reporters, ZEROS_SHOWN), 'cases = Σ reporters');
  const serious = seriousness.find((s) => s.key === 'serious')?.term;
  for (const criterion of categories('seriousnessCriteria', file.seriousnessCriteria, ZEROS_SHOWN))
    if (serious)
      system.atMost(criterion.term, serious, `seriousnessCriteria.${criterion.key} ≤ serious cases`);

  // Treated patients: their own partitions, and the range of the usage level.
  const patients = file.patients;
  const patientYears = count('patients.patientYears', patients?.patientYears, ZEROS_SHOWN);
  partition(patientYears, categories('patients.bySex', patients?.bySex, ZEROS_SHOWN), 'patients = Σ sex');
  partition(
    patientYears,
    categories('patients.byAge', patients?.byAge, ZEROS_SHOWN),
    'patients = Σ age bands',
  );
  if (years.every((y) => y.patients))
    partition(
      patientYears,
      years.map((y) => ({ term: y.patients! })),
      'patients = Σ years',
    );
  const span = yearsOf(file);
  if (patientYears && patients?.usageLevel && span) {
    const i = USAGE_LEVELS.findIndex((l) => l.key === patients.usageLevel);
    const below = USAGE_LEVELS[i]!.below;
    const from = i > 0 ? USAGE_LEVELS[i - 1]!.below : 0;
    system.require(
      patientYears,
      from * span,
      below === Infinity ? Infinity : below * span - 1,
      `usage level ${patients.usageLevel}: yearly average of patients in [${from}, ${below})`,
    );
  }

  // Organ classes: each class's sex and age cells, bounded by the substance's.
  const organs = file.organClasses;
  if (organs) {
    const base = count('organClasses.base', organs.base, MAY_BE_ZERO);
    if (base && cases) system.atMost(base, cases, 'organ-class base ≤ cases');
    for (const item of organs.items) {
      const path = `organClasses.${item.code}`;
      // Listed: the source had a row for the class, so it counts at least one row's minimum.
      const n = count(path, item, rules.sourceRowMinimum)!;
      if (base) system.atMost(n, base, `${path} ≤ base`);
      for (const [side, cells, whole] of [
        ['bySex', item.bySex, sex],
        ['byAge', item.byAge, age],
      ] as const) {
        if (!cells) continue;
        const parts = categories(`${path}.${side}`, cells, MAY_BE_ZERO);
        system.equal(
          n,
          parts.map((p) => p.term),
          `${path} = Σ ${side}`,
        );
        for (const part of parts) {
          const bound = whole.find((w) => w.key === part.key)?.term;
          if (bound) system.atMost(part.term, bound, `${path}.${side}.${part.key} ≤ substance ${part.key}`);
        }
      }
      (item.subgroups ?? []).forEach((g, i) => {
        const term = count(`${path}.subgroups.${i}`, g, MAY_BE_ZERO)!;
        system.atMost(term, n, `${path}.subgroups.${i} ≤ class`);
      });
    }
  }

  // Medication errors: their own total and partitions.
  const me = file.medicationErrors;
  if (me) {
    const total = count('medicationErrors.cases', me.cases, ZEROS_SHOWN);
    for (const split of ['adverseEffect', 'population', 'step'] as const)
      partition(
        total,
        categories(`medicationErrors.${split}`, me[split], ZEROS_SHOWN),
        `errors = Σ ${split}`,
      );
    for (const nature of categories('medicationErrors.nature', me.nature, ZEROS_SHOWN))
      if (total) system.atMost(nature.term, total, `medicationErrors.nature.${nature.key} ≤ errors`);
  }
  return { system, hidden, shown };
}

/** Whole years the file's period covers (the usage level averages over them), if it says. */
function yearsOf(file: AdverseEffectsFile): number | undefined {
  if (file.years?.length) return file.years.length;
  const period = file.provenance.period;
  if (!period) return undefined;
  return Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4)) + 1;
}

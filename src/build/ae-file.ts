/**
 * The contract file of one substance, before the privacy rule, from the aggregates the tables gave
 * (ae-tables.ts). Pure.
 */
import type { AdverseEffectsFile, CategoryCell } from '../data/contract.js';
import { SCHEMA_IDS } from '../data/contract.js';
import { usageLevelOf } from '../data/vocabulary.js';
import { ageBandLabel, SEX_ORDER, type AgeBand, type SexKey } from './ae-columns.js';
import { casesOf, type Pair, type SubstanceTables } from './ae-aggregates.js';
import type { AdverseEffectTables } from './ae-tables.js';
import { organClasses, type Bounds, type OrganClassTally } from './organ-classes.js';

export interface RawFileOptions {
  code: string;
  name: { fr: string; en?: string };
  provenance: AdverseEffectsFile['provenance'];
  /** All years of the year table (for the usage level: average patients per year). */
  yearCount: number | undefined;
  /** Every lower bound of the organ-class age table, for bands when there is no age table. */
  ageLowers: number[];
}

/** Notes on how a file was derived, for the build report. */
export interface DerivationNotes {
  /** The three partitions (years, sex, age) do not add up to the same total. */
  inconsistentTotals?: { years?: number; sex?: number; age?: number };
  /** Organ classes whose sex rows and age rows cannot count the same cases. */
  contradictoryClasses?: string[];
  /** Organ-class cells the source leaves out, and how many of them its other figures determine. */
  organClassCells?: OrganClassTally;
}

/**
 * The contract file of one substance, before the privacy rule. Organ classes are derived from tables
 * that leave out small rows (see `organClasses`): what they do not determine is already hidden
 * (`suppressed`), and its bounds are in `undetermined`, by path. The base (the denominator of the
 * class percentages) is the larger `n_cas` of the two tables.
 */
export function rawAdverseEffectsFile(
  tables: AdverseEffectTables,
  s: SubstanceTables,
  o: RawFileOptions,
): { file: AdverseEffectsFile; notes: DerivationNotes; undetermined: Map<string, Bounds> } {
  const undetermined = new Map<string, Bounds>();
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: o.provenance,
    substance: { code: o.code, name: o.name },
  };
  const notes: DerivationNotes = {};
  const sum = (m: Map<unknown, Pair>, pick: 'cases' | 'patients') =>
    [...m.values()].reduce((t, p) => t + p[pick], 0);
  const totals = {
    ...(s.years.size ? { years: sum(s.years, 'cases') } : {}),
    ...(s.sex.size ? { sex: sum(s.sex, 'cases') } : {}),
    ...(s.age.size ? { age: sum(s.age, 'cases') } : {}),
  };
  if (new Set(Object.values(totals)).size > 1) notes.inconsistentTotals = totals;
  const cases = casesOf(s);
  if (cases !== undefined) file.cases = { count: cases };

  // Treated patients (Open Medic): none at all means "not measured", not "no patient".
  const patientSource = s.years.size ? s.years : s.sex.size ? s.sex : s.age;
  const patientYears = sum(patientSource as Map<unknown, Pair>, 'patients');
  const hasPatients = patientSource.size > 0 && patientYears > 0;
  if (hasPatients) {
    file.patients = { patientYears: { count: patientYears } };
    const years = s.years.size || o.yearCount;
    if (years) file.patients.usageLevel = usageLevelOf(patientYears / years);
    if (s.sex.size) file.patients.bySex = sexCells(s.sex, 'patients');
    if (s.age.size) file.patients.byAge = ageCells(s.age, 'patients');
  }
  if (s.sex.size) file.sex = sexCells(s.sex, 'cases');
  if (s.age.size) file.age = ageCells(s.age, 'cases');
  if (s.years.size) {
    file.years = [...s.years.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, p]) => ({
        year,
        count: p.cases,
        ...(hasPatients ? { patients: { count: p.patients } } : {}),
      }));
  }

  if (tables.kinds.has('soc-sex') || tables.kinds.has('soc-age')) {
    const contradictions: string[] = [];
    const tally: OrganClassTally = { missing: 0, determined: 0, zeros: 0, countsUnknown: 0 };
    const items = organClasses(tables, s, o.ageLowers, undetermined, contradictions, tally);
    if (contradictions.length) notes.contradictoryClasses = contradictions;
    notes.organClassCells = tally;
    if (items.length || s.socCases.sex !== undefined || s.socCases.age !== undefined) {
      const base = Math.max(s.socCases.sex ?? 0, s.socCases.age ?? 0);
      file.organClasses = { ...(items.length ? { base: { count: base } } : {}), items };
    }
  }
  return { file, notes, undetermined };
}

function sexCells(m: Map<SexKey, Pair>, pick: 'cases' | 'patients'): CategoryCell[] {
  return SEX_ORDER.filter((k) => m.has(k)).map((key) => ({ key, count: m.get(key)![pick] }));
}

function ageCells(m: Map<string, Pair & { band: AgeBand }>, pick: 'cases' | 'patients'): CategoryCell[] {
  return [...m.values()]
    .sort((a, b) => a.band.lower - b.band.lower)
    .map((p) => ({ key: p.band.key, label: ageBandLabel(p.band.key), count: p[pick] }));
}

/**
 * `getGlobalStatistics` (DataMed's all-medicines page, /globaldec) as the all-medicines file of the
 * contract (`scope: "all"`; not yet validated nor protected: the adapter does both).
 *
 * - Cases: `exposition.consumption`, which is here a number of cases (not of patients), over
 *   `exposition.minYear`–`maxYear`, the file's period. The API nulls the exposition below 10.
 * - Sex, age, serious / non-serious (`repartitionPerGravity`: "Grave", "Non grave"), the six
 *   seriousness criteria (`repartitionPerSeriousEffect`), reporters, organ classes: the API leaves
 *   out every row under 10; a row we know it has comes back hidden (datamed-map-rows.ts). A
 *   criterion label that names none of the six is left out (the list is closed).
 * - No treated patients (the API has none for all medicines), no medication errors.
 */
import { SCHEMA_IDS, type AdverseEffectsFile, type CategoryCell } from '../contract.js';
import { DEFAULT_THRESHOLD } from '../privacy.js';
import { foldText } from '../vocabulary.js';
import type { ApiGlobalStatistics, ApiRange } from './datamed-queries.js';
import { completeRows, count, genderCells, isoPeriod, rowsByKey } from './datamed-map-rows.js';
import { ageCells, organClasses, reporterCells } from './datamed-map-substance.js';

/** "Grave" / "Non grave", by meaning. */
function seriousnessKey(label: string): string | undefined {
  const l = foldText(label);
  if (l.startsWith('non')) return 'non-serious';
  if (l.startsWith('grave') || l === 'serious') return 'serious';
  return undefined;
}

/** The six seriousness criteria of pharmacovigilance, by meaning of DataMed's labels. */
export function criterionKey(label: string): string | undefined {
  const l = foldText(label);
  if (l.includes('deces') || l.includes('death')) return 'death';
  if (l.includes('pronostic') || l.includes('vital')) return 'life-threatening';
  if (l.includes('hospitali')) return 'hospitalisation';
  if (l.includes('incapacit') || l.includes('invalidit')) return 'disability';
  if (l.includes('congenit') || l.includes('malformation')) return 'congenital-anomaly';
  if (l.includes('autre')) return 'other-serious';
  return undefined;
}
const CRITERIA = [
  'death',
  'life-threatening',
  'hospitalisation',
  'disability',
  'congenital-anomaly',
  'other-serious',
] as const;

const byLabel = (
  rows: ApiGlobalStatistics['repartitionPerGravity'],
  keyOf: (l: string) => string | undefined,
) =>
  rowsByKey<ApiRange>(
    rows,
    (r) => (typeof r.range === 'string' ? keyOf(r.range) : undefined),
    (r) => r.value,
  );

export const ALL_MEDICINES = {
  code: 'all-medicines',
  name: { fr: 'Tous les médicaments', en: 'All medicines' },
};

export function globalStatisticsToContract(g: ApiGlobalStatistics, generated: string): AdverseEffectsFile {
  const e = g.exposition ?? undefined;
  const period = isoPeriod(e);
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: {
      source: { fr: 'ANSM (DataMed : BNPV)', en: 'ANSM (DataMed: BNPV)' },
      sourceUrl: 'https://data.ansm.sante.fr/',
      ...(period ? { period } : {}),
      generated,
      threshold: DEFAULT_THRESHOLD,
      demo: false,
    },
    scope: 'all',
    substance: ALL_MEDICINES,
  };
  // A number of cases, despite its name.
  if (e && e.consumption !== undefined && e.consumption !== null) file.cases = count(e.consumption);
  const cases = typeof file.cases?.count === 'number' ? file.cases.count : undefined;
  const sex = genderCells(g.repartitionPerGender, cases);
  if (sex) file.sex = sex;
  const age = ageCells(g.repartitionPerAge, cases);
  if (age) file.age = age;
  const seriousness = byLabel(g.repartitionPerGravity, seriousnessKey);
  if (seriousness.length || cases)
    file.seriousness = completeRows(seriousness, ['serious', 'non-serious'], cases);
  // Criteria overlap (a case may meet several): an omitted one is hidden, never 0.
  const criteria: CategoryCell[] = byLabel(g.repartitionPerSeriousEffect, criterionKey);
  if (criteria.length || cases) file.seriousnessCriteria = completeRows(criteria, CRITERIA, undefined);
  const reporters = reporterCells(g.repartitionPerNotifier, cases);
  if (reporters) file.reporters = reporters;
  const items = organClasses(g.repartitionPerPathology, cases);
  if (items.length) file.organClasses = { ...(file.cases ? { base: file.cases } : {}), items };
  return file;
}

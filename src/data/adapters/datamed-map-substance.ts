/**
 * A `getSubstance` answer as an adverse-effect file of the contract (not yet validated nor
 * protected: the adapter does both, as for static files).
 *
 * Labels come through the API's `@capitalize` ("Médecin généraliste", "Affections hépatobiliaires"):
 * they are matched by meaning, case and accents ignored, never by exact text.
 */
import {
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type CategoryCell,
  type OrganClassCell,
  type UsageLevel,
} from '../contract.js';
import { periodYears } from '../adverse-effects.js';
import { DEFAULT_THRESHOLD } from '../privacy.js';
import { ORGAN_CLASSES, foldText, organClassCodeOf } from '../vocabulary.js';
import type { ApiList, ApiRange, ApiSubstance } from './datamed-queries.js';
import {
  AGE_BANDS,
  ageKey,
  completeRows,
  count,
  genderCells,
  isoPeriod,
  rowsByKey,
} from './datamed-map-rows.js';

/** DataMed's reporter jobs → contract keys, by meaning. */
export function reporterKey(job: string): string {
  const j = foldText(job);
  if (j.includes('non professionnel') || j.includes('patient') || j.includes('usager')) return 'patient';
  if (j.includes('juriste') || j.includes('avocat')) return 'legal';
  if (j.includes('pharmacien')) return 'pharmacist';
  if (j.includes('infirmi')) return 'nurse';
  if (j.includes('dentiste')) return 'dentist';
  if (j.includes('generaliste')) return 'general-practitioner';
  if (j.includes('specialiste')) return 'specialist';
  if (j.includes('medecin')) return 'physician';
  if (j.includes('professionnel de sante')) return 'other-professional';
  return 'unknown';
}

/** The jobs DataMed counts, in its order: one missing from an answer was under its threshold. */
const REPORTER_JOBS = [
  'general-practitioner',
  'specialist',
  'pharmacist',
  'nurse',
  'other-professional',
  'patient',
  'legal',
] as const;

/** `exposition.level`, as the API spells its enum (`MODERED`; `UKNOWN` gives no level). */
const USAGE_BY_LEVEL: Readonly<Record<string, UsageLevel>> = {
  VERYLOW: 'very-low',
  LOW: 'low',
  MODERED: 'moderate',
  MODERATE: 'moderate',
  HIGH: 'high',
  VERYHIGH: 'very-high',
};

/** Reporter rows by job, DataMed's seven jobs in its order (an omitted one hidden). */
export function reporterCells(
  rows: ApiList<{ job?: unknown; value?: unknown }>,
  cases: number | undefined,
): CategoryCell[] | undefined {
  const given = rowsByKey(
    rows,
    (r) => (typeof r.job === 'string' ? reporterKey(r.job) : undefined),
    (r) => r.value,
  );
  return given.length || cases ? completeRows(given, REPORTER_JOBS, cases) : undefined;
}

/** `exposition.level` as a usage level; `UKNOWN` (or anything else) gives none. */
export const usageLevelOfApi = (level: unknown): UsageLevel | undefined =>
  typeof level === 'string' ? USAGE_BY_LEVEL[level] : undefined;

const numberOf = (cell: { count: number | null } | undefined) =>
  typeof cell?.count === 'number' ? cell.count : undefined;

/** Age rows in DataMed's three bands (an omitted band hidden); others follow with their label. */
export function ageCells(
  rows: ApiSubstance['repartitionPerAge'],
  total: number | undefined,
): CategoryCell[] | undefined {
  const given = rowsByKey<ApiRange>(
    rows,
    (r) => (typeof r.range === 'string' ? ageKey(r.range) : undefined),
    (r) => r.value,
    (r) =>
      typeof r.range === 'string' && !AGE_BANDS.includes(ageKey(r.range) as never) ? r.range : undefined,
  );
  if (!given.length && !total) return undefined;
  return completeRows(given, AGE_BANDS, total);
}

/**
 * Treated patients (Open Medic): DataMed gives yearly averages over its Open Medic period; the
 * contract counts patient-years over the file's period (the BNPV's), the denominator of the
 * reporting rate. When the two periods differ, multiplying would mix them: only the level is kept.
 */
function patients(
  s: ApiSubstance,
  bnpv: { start: string; end: string } | undefined,
): AdverseEffectsFile['patients'] {
  const e = s.exposition;
  if (!e) return undefined;
  const level = usageLevelOfApi(e.level);
  const openMedic = isoPeriod(e.openMedicPeriod);
  const samePeriod = !!bnpv && !!openMedic && openMedic.start === bnpv.start && openMedic.end === bnpv.end;
  if (!samePeriod || typeof e.consumption !== 'number') return level ? { usageLevel: level } : undefined;
  const years = periodYears(openMedic);
  const overPeriod = (cells: CategoryCell[] | undefined) =>
    cells?.map((c) => (typeof c.count === 'number' ? { ...c, count: Math.round(c.count * years) } : c));
  const yearly = Math.round(e.consumption);
  const bySex = overPeriod(genderCells(s.repartitionPerGender));
  const byAge = overPeriod(ageCells(s.repartitionPerAge, undefined));
  return {
    patientYears: count(Math.round(e.consumption * years)),
    ...(level ? { usageLevel: level } : {}),
    ...(bySex ? { bySex } : {}),
    ...(byAge ? { byAge: completeRows(byAge, AGE_BANDS, yearly * years) } : {}),
  };
}

/** Organ-class rows placed among the 27 MedDRA classes by label; with `cases`, the omitted ones hidden. */
export function organClasses(
  rows: NonNullable<ApiSubstance['sideEffects']>['repartitionPerPathology'],
  cases: number | undefined,
): OrganClassCell[] {
  const items: OrganClassCell[] = [];
  for (const p of rows ?? []) {
    const code = p && typeof p.range === 'string' ? organClassCodeOf(p.range) : undefined;
    // A label that names no MedDRA class cannot be placed among the 27: left out.
    if (!p || !code || items.some((i) => i.code === code)) continue;
    // HLT rows under 10 are left out by the API, and their names with them: they cannot come back.
    const subgroups = (p.htlEffects ?? [])
      .filter((h): h is ApiRange => typeof h?.range === 'string')
      .map((h) => ({ label: { fr: h.range as string }, ...count(h.value) }));
    items.push({ code, ...count(p.value), ...(subgroups.length ? { subgroups } : {}) });
  }
  if (!cases) return items;
  // Classes under the API's threshold are left out (11 or fewer for a substance, under 10 for all
  // medicines): hidden, in the MedDRA order.
  return ORGAN_CLASSES.map(
    (c) => items.find((i) => i.code === c.code) ?? { code: c.code, count: null, suppressed: true },
  );
}

/** A `getSubstance` answer as an adverse-effect file. */
export function substanceToContract(s: ApiSubstance, code: string, generated: string): AdverseEffectsFile {
  const se = s.sideEffects ?? undefined;
  const bnpv = isoPeriod(se?.bnpvPeriod);
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: {
      source: { fr: 'ANSM (DataMed : BNPV, Open Medic)', en: 'ANSM (DataMed: BNPV, Open Medic)' },
      sourceUrl: 'https://data.ansm.sante.fr/',
      ...(bnpv ? { period: bnpv } : {}),
      generated,
      threshold: DEFAULT_THRESHOLD,
      demo: false,
    },
    substance: { code, name: { fr: typeof s.name === 'string' ? s.name : code } },
  };
  const p = patients(s, bnpv);
  if (p) file.patients = p;
  if (!se) return file;
  const total = se.declarations?.total;
  if (total !== undefined && total !== null) file.cases = count(total);
  const cases = numberOf(file.cases);
  const sex = genderCells(se.repartitionPerGender, cases);
  if (sex) file.sex = sex;
  const age = ageCells(se.repartitionPerAge, cases);
  if (age) file.age = age;
  const reporters = reporterCells(se.repartitionPerNotifier, cases);
  if (reporters) file.reporters = reporters;
  const items = organClasses(se.repartitionPerPathology, cases);
  if (items.length) file.organClasses = { ...(file.cases ? { base: file.cases } : {}), items };
  return file;
}

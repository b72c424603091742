/**
 * A `getSpeciality` answer as a product file of the contract (not yet checked nor protected: the
 * adapter does both). What DataMed gives and how it is read:
 *
 * - Description: name, ATC code and label, pharmaceutical form, laboratory, marketing state
 *   ("Commercialisée"), substances with their dosage (`dosageSubstances`) and what the dosage
 *   refers to (`dosageIndication`, one per product). Labels come through `@capitalize`. DataMed
 *   has no routes of administration: none.
 * - Availability now: DataMed has none (no `CIS_CIP_Dispo_Spec.txt`): the file has no
 *   `availability`.
 * - Treated patients: `exposition` gives a yearly average over the Open Medic period and a level
 *   on DataMed's product scale. The file's period is that Open Medic period, and its patient-years
 *   the average × its number of years (so a widget that divides by the period's years finds the
 *   API's average again). `UKNOWN` gives no level; a null exposition (fewer than 10 patients a year,
 *   or no level) gives no patients at all.
 * - Medication errors and shortages have periods of their own: the provenance's source names them.
 * - Shortages: `shortagesHistory` holds the closed declarations of every product sharing a
 *   substance with this one; each row names its product's CIS code, so only this product's are kept.
 */
import {
  ATC_PATTERN,
  SCHEMA_IDS,
  type Localized,
  type ProductFile,
  type ProductSubstance,
  type UsageLevel,
} from '../contract.js';
import { periodYears } from '../adverse-effects.js';
import { DEFAULT_THRESHOLD } from '../privacy.js';
import { foldText } from '../vocabulary.js';
import { medicalErrorsToContract, shortagesToDeclarations } from './datamed-map-products.js';
import { count, isoPeriod } from './datamed-map-rows.js';
import { usageLevelOfApi } from './datamed-map-substance.js';
import type { ApiPeriodMonths, ApiProduct } from './datamed-queries.js';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The public medicines database's page of a product. */
export const bdpmUrl = (cis: string) =>
  `https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=${cis}`;

/** "Commercialisée" → true, "Non commercialisée" → false, anything else: unknown. */
function marketedOf(state: unknown): boolean | undefined {
  const s = typeof state === 'string' ? foldText(state) : '';
  if (s.startsWith('non commercialis')) return false;
  if (s.startsWith('commercialis')) return true;
  return undefined;
}

/** `{ minYear, maxYear }` as "2014–2018"; with months when the API gives them ("Mai 2021 – Décembre 2024"). */
function yearsText(p: ApiPeriodMonths | null | undefined, withMonths: boolean): string | undefined {
  if (!p || !Number.isInteger(p.minYear) || !Number.isInteger(p.maxYear)) return undefined;
  const at = (month: unknown, year: unknown) =>
    withMonths && text(month) ? `${text(month)!.toLowerCase()} ${String(year)}` : String(year);
  return `${at(p.minMonth, p.minYear)}–${at(p.maxMonth, p.maxYear)}`;
}

/** The source, naming the period of each kind of figure (they differ: never mixed silently). */
function sourceOf(p: ApiProduct): Localized {
  const openMedic = yearsText(p.exposition?.openMedicPeriod, false);
  const errors = yearsText(p.medicalErrors?.errMedPeriod, false);
  const shortagesFr = yearsText(p.shortagesHistory?.trustMedPeriod, true);
  const shortagesEn = yearsText(p.shortagesHistory?.trustMedPeriod, false);
  const fr = [
    openMedic && `patients traités : Open Medic ${openMedic}, moyenne annuelle`,
    errors && `erreurs médicamenteuses : ${errors}`,
    shortagesFr && `ruptures : ${shortagesFr}`,
  ].filter(Boolean);
  const en = [
    openMedic && `treated patients: Open Medic ${openMedic}, yearly average`,
    errors && `medication errors: ${errors}`,
    shortagesEn && `shortages: ${shortagesEn}`,
  ].filter(Boolean);
  return {
    fr: `ANSM (DataMed${fr.length ? ` ; ${fr.join(' ; ')}` : ''})`,
    en: `ANSM (DataMed${en.length ? `; ${en.join('; ')}` : ''})`,
  };
}

/** Treated patients: patient-years over the Open Medic period (the file's period), and the level. */
function patientsOf(p: ApiProduct): ProductFile['patients'] {
  const e = p.exposition;
  const period = isoPeriod(e?.openMedicPeriod);
  if (!e || !period) return undefined;
  const usageLevel: UsageLevel | undefined = usageLevelOfApi(e.level);
  const c = e.consumption;
  // What is not a number is passed on for the check to refuse, as in the other mappings.
  const patientYears =
    c === undefined || c === null
      ? undefined
      : count(typeof c === 'number' ? Math.round(c * periodYears(period)) : c);
  if (!patientYears && !usageLevel) return undefined;
  return { ...(patientYears ? { patientYears } : {}), ...(usageLevel ? { usageLevel } : {}) };
}

/**
 * The substances, in the API's order. `known` holds the CODEX codes that `getSubstances` lists:
 * those are the adapter's substance codes (a widget may open their profile); the others keep only
 * their database code.
 */
function substancesOf(p: ApiProduct, known: ReadonlySet<string>): ProductSubstance[] {
  const reference = text(p.dosageIndication);
  const out: ProductSubstance[] = [];
  for (const s of p.dosageSubstances ?? []) {
    const code = text(s?.code);
    const name = text(s?.name);
    if (!s || !code || !name || out.some((o) => o.bdpm === code)) continue;
    const dosage = text(s.dosage);
    out.push({
      ...(known.has(code) ? { code } : {}),
      ...(/^\d{1,10}$/.test(code) ? { bdpm: code } : {}),
      name: { fr: name },
      ...(dosage ? { dosage } : {}),
      ...(dosage && reference ? { dosageReference: reference } : {}),
    });
  }
  return out;
}

/** A `getSpeciality` answer as the product file of `cis`. */
export function specialityToProduct(
  p: ApiProduct,
  cis: string,
  known: ReadonlySet<string>,
  generated: string,
): ProductFile {
  const name = text(p.name) ?? cis;
  const atcCode = text(p.atc?.code)?.toUpperCase();
  const atcLabel = text(p.atc?.name);
  const form = text(p.pharmaForm?.label);
  const laboratory = text(p.laboratory?.name);
  const marketed = marketedOf(p.commercialisationState);
  const period = isoPeriod(p.exposition?.openMedicPeriod);
  const substances = substancesOf(p, known);
  const file: ProductFile = {
    schema: SCHEMA_IDS.product,
    provenance: {
      source: sourceOf(p),
      sourceUrl: 'https://data.ansm.sante.fr/',
      ...(period && p.exposition ? { period } : {}),
      generated,
      threshold: DEFAULT_THRESHOLD,
      demo: false,
    },
    product: {
      cis,
      name: { fr: name },
      ...(form ? { form: { fr: form } } : {}),
      ...(laboratory ? { laboratory } : {}),
      ...(atcCode && ATC_PATTERN.test(atcCode)
        ? { atc: { code: atcCode, ...(atcLabel ? { label: { fr: atcLabel } } : {}) } }
        : {}),
      bdpmUrl: bdpmUrl(cis),
      ...(marketed !== undefined ? { marketed } : {}),
    },
    substances,
  };
  const patients = patientsOf(p);
  if (patients) file.patients = patients;
  const errors = medicalErrorsToContract(p.medicalErrors);
  if (errors) file.medicationErrors = errors;
  const only = substances.length === 1 ? substances[0] : undefined;
  file.shortages = shortagesToDeclarations(
    p.shortagesHistory?.shortages,
    {
      ...(only?.code ? { code: only.code } : {}),
      name: substances.map((s) => s.name.fr).join(' / ') || name,
    },
    new Set([cis]),
  );
  return file;
}

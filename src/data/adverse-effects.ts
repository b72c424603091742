/**
 * Figures derived from an adverse-effect file (already protected by the privacy rule).
 * Pure functions: the widgets, the exports and the tests all compute them the same way.
 */
import type { AdverseEffectsFile, UsageLevel } from './contract.js';
import { isHidden } from './privacy.js';
import { usageLevelOf } from './vocabulary.js';

/** Shown total number of cases, or undefined when absent or hidden. */
export function shownCases(file: AdverseEffectsFile): number | undefined {
  return file.cases && !isHidden(file.cases) ? (file.cases.count ?? undefined) : undefined;
}

/** True when the file has cases but too few to show anything (DataMed's "effectif trop faible ou nul"). */
export function tooFewCases(file: AdverseEffectsFile): boolean {
  return !!file.cases && (isHidden(file.cases) || file.cases.count === 0);
}

/** Calendar years a period touches (2014-01-01 – 2018-12-31: 5); 0 or less when it is reversed. */
export function periodYears(period: { start: string; end: string }): number {
  return Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4)) + 1;
}

/** Number of years the data cover (from the yearly rows, else the period). */
export function yearCount(file: AdverseEffectsFile): number | undefined {
  if (file.years?.length) return file.years.length;
  const p = file.provenance.period;
  if (!p) return undefined;
  const years = periodYears(p);
  return years > 0 ? years : undefined;
}

/** Sum of yearly treated patients (patient-years), when shown. */
export function patientYears(file: AdverseEffectsFile): number | undefined {
  const cell = file.patients?.patientYears;
  return cell && !isHidden(cell) ? (cell.count ?? undefined) : undefined;
}

/**
 * Reporting rate per 100,000 patient-years, as DataMed defines it: cases × 100,000 / Σ yearly
 * treated patients, only when the cases reach the threshold and do not exceed the patients.
 */
export function reportingRate(file: AdverseEffectsFile): number | undefined {
  const cases = shownCases(file);
  const py = patientYears(file);
  if (cases === undefined || py === undefined || py <= 0) return undefined;
  if (cases < file.provenance.threshold || cases > py) return undefined;
  return (cases * 100_000) / py;
}

/** Average number of treated patients per year, when known. */
export function patientsPerYear(file: AdverseEffectsFile): number | undefined {
  const py = patientYears(file);
  const years = yearCount(file);
  return py !== undefined && years ? py / years : undefined;
}

/** The usage level given by the file, else derived from the average yearly patients. */
export function usageLevel(file: AdverseEffectsFile): UsageLevel | undefined {
  if (file.patients?.usageLevel) return file.patients.usageLevel;
  const perYear = patientsPerYear(file);
  return perYear === undefined ? undefined : usageLevelOf(perYear);
}

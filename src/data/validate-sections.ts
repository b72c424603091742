/**
 * The sections a substance file and a product file share: treated patients (their total and usage
 * level) and medication errors (the total, with / without an adverse effect as a partition of it,
 * the population and the step with their known keys, the natures, overlapping, each labelled).
 */
import type { Cell, MedicationErrors, UsageLevel } from './contract.js';
import { type Checker, type Json, join } from './validate-checker.js';
import { MEDICATION_ERROR_LABELS, USAGE_LEVELS } from './vocabulary.js';

const LEVEL_KEYS = USAGE_LEVELS.map((l) => l.key);

/** `patientYears` and `usageLevel` of a `patients` object, when present. */
export function checkTreated(
  c: Checker,
  po: Json,
  path: string,
): { patientYears?: Cell; usageLevel?: UsageLevel } {
  const patientYears = c.opt(po, 'patientYears', path, (x, q) => c.cell(x, q));
  const usageLevel = c.opt(po, 'usageLevel', path, (x, q) => c.oneOf(x, q, LEVEL_KEYS));
  return { ...(patientYears ? { patientYears } : {}), ...(usageLevel ? { usageLevel } : {}) };
}

export function checkMedicationErrors(c: Checker, value: unknown, path: string): MedicationErrors {
  const mo = c.object(value, path);
  const me = MEDICATION_ERROR_LABELS;
  const out: MedicationErrors = {};
  const total = c.opt(mo, 'cases', path, (x, q) => c.cell(x, q));
  if (total) out.cases = total;
  const adverseEffect = c.opt(mo, 'adverseEffect', path, (x, q) =>
    c.categories(x, q, me.adverseEffect, true),
  );
  if (adverseEffect) out.adverseEffect = adverseEffect;
  const population = c.opt(mo, 'population', path, (x, q) => c.categories(x, q, me.population, false));
  if (population) out.population = population;
  const step = c.opt(mo, 'step', path, (x, q) => c.categories(x, q, me.step, false));
  if (step) out.step = step;
  const nature = c.opt(mo, 'nature', path, (x, q) => c.categories(x, q, {}, false));
  if (nature) out.nature = nature;
  c.partitionWithin(out.cases, out.adverseEffect, join(path, 'adverseEffect'));
  return out;
}

/**
 * What DataMed gives per product (CIS), mapped onto the contract: a product's medication errors
 * (`medicalErrors`) and the shortage history of the products it shares a substance with
 * (`shortagesHistory`). The widgets read them per substance: see datamed-graphql.ts for when a
 * product's figures are a substance's.
 */
import type { MedicationErrors, ShortageClassification, ShortageDeclaration } from '../contract.js';
import { SHORTAGE_CAUSES, foldText } from '../vocabulary.js';
import type { ApiMedicalErrors, ApiRange, ApiShortage } from './datamed-queries.js';
import { completeRows, count, rowsByKey } from './datamed-map-rows.js';
import { slugOf } from './datamed-resolve.js';

/** Populations of medication errors, by meaning of DataMed's labels ("Adulte", "Personne âgée"…). */
export function populationKey(label: string): string | undefined {
  const l = foldText(label);
  if (l.includes('enceinte')) return 'pregnant';
  if (l.includes('nouveau')) return 'newborn';
  if (l.includes('nourrisson')) return 'infant';
  if (l.includes('enfant')) return 'child';
  if (l.includes('agee')) return 'elderly';
  if (l.includes('adulte')) return 'adult';
  if (l.includes('inconnu')) return 'unknown';
  return undefined;
}
const POPULATIONS = ['newborn', 'infant', 'child', 'adult', 'elderly', 'pregnant'] as const;

/** DataMed's `stepId`s: 1 administration, 2 préparation, 3 prescription, 4 délivrance, 5 autre, 6 suivi. */
const STEP_BY_ID = ['', 'administration', 'preparation', 'prescription', 'dispensing', 'other', 'monitoring'];
const STEPS = STEP_BY_ID.slice(1);

/** A product's `medicalErrors`, or undefined when it has none (every count zero or absent). */
export function medicalErrorsToContract(
  me: ApiMedicalErrors | null | undefined,
): MedicationErrors | undefined {
  if (!me) return undefined;
  const origin = me.sideEffectsOriginRepartition;
  const withEffect = origin?.with?.value;
  const withoutEffect = origin?.without?.value;
  // The two origins split every error: their sum is the total.
  const total =
    typeof withEffect === 'number' && typeof withoutEffect === 'number'
      ? withEffect + withoutEffect
      : undefined;
  const population = rowsByKey<ApiRange>(
    me.populationRepartition,
    (r) => (typeof r.range === 'string' ? populationKey(r.range) : undefined),
    (r) => r.value,
  );
  const step = rowsByKey(
    me.apparitionStepRepartition,
    (r) => (Number.isInteger(r.stepId) ? STEP_BY_ID[r.stepId as number] || undefined : undefined),
    (r) => r.value,
  );
  // Natures overlap and are an open list: one left out by the API cannot be put back.
  const nature = rowsByKey(
    me.natureRepartition,
    (r) => (typeof r.nature === 'string' ? slugOf(r.nature) || undefined : undefined),
    (r) => r.value,
    (r) => (typeof r.nature === 'string' ? r.nature : undefined),
  );
  // The API answers with zeros for a product without any error: nothing to show.
  if (!total && !population.length && !step.length && !nature.length) return undefined;
  const out: MedicationErrors = {};
  if (total !== undefined) {
    out.cases = count(total);
    out.adverseEffect = [
      { key: 'with', ...count(withEffect) },
      { key: 'without', ...count(withoutEffect) },
    ];
  }
  if (population.length || total) out.population = completeRows(population, POPULATIONS, total);
  if (step.length || total) out.step = completeRows(step, STEPS, total);
  if (nature.length) out.nature = nature;
  return out;
}

export function classificationOf(text: string): ShortageClassification {
  const k = foldText(text);
  if (k.startsWith('rupture')) return 'rupture';
  if (k.startsWith('risque') || k.startsWith('tension')) return 'risk';
  if (k.startsWith('arret')) return 'discontinuation';
  return 'other';
}

/** The server writes dates with its locale: "3/7/2023" (month first); ISO dates pass too. */
export function isoDateOf(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!us) return undefined;
  const [month, day] = [Number(us[1]), Number(us[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${us[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function causeOf(text: string): Pick<ShortageDeclaration, 'cause' | 'causeText'> {
  const folded = foldText(text);
  const standard = Object.entries(SHORTAGE_CAUSES).find(([, label]) => foldText(label.fr) === folded)?.[0];
  return standard && standard !== 'other' ? { cause: standard } : { cause: 'other', causeText: text };
}

/**
 * `shortagesHistory.shortages` as declarations of a substance or a product. The history holds
 * closed declarations only, of every product sharing a substance with the one asked. `products`
 * (CIS codes) keeps those wanted: the substance's products, or the product itself. A row without a
 * readable date cannot be placed on a timeline: left out.
 */
export function shortagesToDeclarations(
  rows: readonly (ApiShortage | null)[] | null | undefined,
  substance: { code?: string; name: string },
  products: ReadonlySet<string>,
): ShortageDeclaration[] {
  const out: ShortageDeclaration[] = [];
  for (const row of rows ?? []) {
    const cis = typeof row?.cis?.code === 'string' ? row.cis.code : undefined;
    const reported = typeof row?.date === 'string' ? isoDateOf(row.date) : undefined;
    if (!row || !cis || !products.has(cis) || !reported) continue;
    const id = typeof row.num === 'string' && row.num ? row.num : `${cis}-${reported}`;
    if (out.some((d) => d.id === id)) continue;
    out.push({
      id,
      product: typeof row.cis?.name === 'string' ? row.cis.name : cis,
      cis: [cis],
      substance: substance.name,
      ...(substance.code ? { substanceCode: substance.code } : {}),
      classification: typeof row.classification === 'string' ? classificationOf(row.classification) : 'other',
      state: 'closed',
      reported,
      ...(typeof row.cause === 'string' && row.cause.trim() ? causeOf(row.cause.trim()) : {}),
    });
  }
  return out;
}

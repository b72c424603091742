/**
 * The product file the adapter built, checked and protected before a widget sees it, as static
 * files are: every text, code, count and date through the validator's building blocks (the
 * medication errors and the declarations through the checks of their own files), then the
 * privacy threshold (patient-years, medication errors). When validate.ts gains the product file's
 * own check, the adapter calls it instead of this one.
 */
import {
  ATC_PATTERN,
  CIS_PATTERN,
  CODE_PATTERN,
  SCHEMA_IDS,
  type ProductFile,
  type ProductSubstance,
} from '../contract.js';
import { effectiveThreshold, protectMedicationErrors, suppressSmall } from '../privacy.js';
import { validateAdverseEffects, validateShortages } from '../validate.js';
import { Checker, type Json } from '../validate-checker.js';
import { USAGE_LEVELS } from '../vocabulary.js';

function checked(file: ProductFile, label: string): ProductFile {
  const c = new Checker(label);
  const o = file as unknown as Json;
  const provenance = c.req(o, 'provenance', '', (v, p) => c.provenance(v, p));
  const po = c.req(o, 'product', '', (v, p) => c.object(v, p));
  const p = 'product';
  const atc = c.opt(po, 'atc', p, (v, q) => {
    const ao = c.object(v, q);
    const label_ = c.opt(ao, 'label', q, (x, r) => c.localized(x, r));
    return {
      code: c.req(ao, 'code', q, (x, r) => c.pattern(x, r, ATC_PATTERN, 'ATC code')),
      ...(label_ ? { label: label_ } : {}),
    };
  });
  const form = c.opt(po, 'form', p, (v, q) => c.localized(v, q));
  const laboratory = c.opt(po, 'laboratory', p, (v, q) => c.string(v, q));
  const bdpmUrl = c.opt(po, 'bdpmUrl', p, (v, q) => c.pattern(v, q, /^https?:\/\/[^\s]+$/, 'http(s) URL'));
  const marketed = c.opt(po, 'marketed', p, (v, q) => c.boolean(v, q));
  const substances = c
    .req(o, 'substances', '', (v, q) => c.array(v, q, 100))
    .map((item, i): ProductSubstance => {
      const q = `substances[${i}]`;
      const so = c.object(item, q);
      const s: ProductSubstance = { name: c.req(so, 'name', q, (v, r) => c.localized(v, r)) };
      const code = c.opt(so, 'code', q, (v, r) => c.pattern(v, r, CODE_PATTERN, 'code'));
      const bdpm = c.opt(so, 'bdpm', q, (v, r) => c.pattern(v, r, /^\d{1,10}$/, 'BDPM substance code'));
      const dosage = c.opt(so, 'dosage', q, (v, r) => c.string(v, r, 200));
      const reference = c.opt(so, 'dosageReference', q, (v, r) => c.string(v, r, 200));
      return {
        ...(code ? { code } : {}),
        ...(bdpm ? { bdpm } : {}),
        ...s,
        ...(dosage ? { dosage } : {}),
        ...(reference ? { dosageReference: reference } : {}),
      };
    });
  const patients = c.opt(o, 'patients', '', (v, q) => {
    const pa = c.object(v, q);
    const patientYears = c.opt(pa, 'patientYears', q, (x, r) => c.cell(x, r));
    const usageLevel = c.opt(pa, 'usageLevel', q, (x, r) =>
      c.oneOf(
        x,
        r,
        USAGE_LEVELS.map((l) => l.key),
      ),
    );
    return { ...(patientYears ? { patientYears } : {}), ...(usageLevel ? { usageLevel } : {}) };
  });
  // The medication errors and the declarations have the shapes of other files: their checks.
  const { medicationErrors } = validateAdverseEffects(
    {
      schema: SCHEMA_IDS.adverseEffects,
      provenance,
      substance: { code: 'product', name: { fr: label } },
      ...(file.medicationErrors ? { medicationErrors: file.medicationErrors } : {}),
    },
    label,
  );
  const declarations = file.shortages ?? [];
  const shortages = validateShortages(
    { schema: SCHEMA_IDS.shortages, provenance, declarations },
    `${label}.shortagesHistory`,
  ).declarations.map((d, i) => ({ ...d, cis: declarations[i]!.cis! }));
  const out: ProductFile = {
    schema: SCHEMA_IDS.product,
    provenance,
    product: {
      cis: c.req(po, 'cis', p, (v, q) => c.pattern(v, q, CIS_PATTERN, 'CIS code')),
      name: c.req(po, 'name', p, (v, q) => c.localized(v, q)),
      ...(form ? { form } : {}),
      ...(laboratory ? { laboratory } : {}),
      ...(atc ? { atc } : {}),
      ...(bdpmUrl ? { bdpmUrl } : {}),
      ...(marketed !== undefined ? { marketed } : {}),
    },
    substances,
  };
  if (patients) out.patients = patients;
  if (medicationErrors) out.medicationErrors = medicationErrors;
  if (file.shortages) out.shortages = shortages;
  return out;
}

/** The product file checked, then with the threshold applied (never below `minimum`). */
export function checkProduct(file: ProductFile, minimum: number, label: string): ProductFile {
  const out = checked(file, label);
  const t = effectiveThreshold(out.provenance.threshold, minimum);
  out.provenance = { ...out.provenance, threshold: t };
  const years = out.patients?.patientYears;
  if (out.patients && years) out.patients = { ...out.patients, patientYears: suppressSmall(years, t) };
  if (out.medicationErrors) out.medicationErrors = protectMedicationErrors(out.medicationErrors, t);
  return out;
}

/**
 * The check of a product file (`products/{cis}.json`): the product (CIS code, names, form, routes,
 * holder, ATC, link to the public database), its active substances, its availability now, its
 * treated patients, its medication errors and its shortage declarations. Names and labels lose
 * their invisible controls like every text of the data (`text.ts`); links must be http(s).
 */
import {
  ATC_PATTERN,
  AVAILABILITY_STATUSES,
  CIS_PATTERN,
  CODE_PATTERN,
  SCHEMA_IDS,
  type Availability,
  type ProductFile,
  type ProductSubstance,
} from './contract.js';
import type { ValidationRule } from './errors.js';
import { Checker, checkSchemaId } from './validate-checker.js';
import { checkMedicationErrors, checkTreated } from './validate-sections.js';
import { checkDeclarations } from './validate-shortages.js';

/** An http(s) link: nothing else is ever rendered as a link. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s]+$/;

export function validateProduct(payload: unknown, file = 'product.json'): ProductFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.product);
  const c = new Checker(file);
  const url = (v: unknown, p: string) => c.pattern(v, p, HTTP_URL_PATTERN, 'http(s) URL');

  const product = c.req(o, 'product', '', (v, p) => {
    const po = c.object(v, p);
    const out: ProductFile['product'] = {
      cis: c.req(po, 'cis', p, (x, q) => c.pattern(x, q, CIS_PATTERN, 'CIS code')),
      name: c.req(po, 'name', p, (x, q) => c.localized(x, q)),
    };
    const form = c.opt(po, 'form', p, (x, q) => c.localized(x, q));
    if (form) out.form = form;
    const routes = c.opt(po, 'routes', p, (x, q) =>
      c.array(x, q, 50).map((r, i) => c.string(r, `${q}[${i}]`, 300)),
    );
    if (routes) out.routes = routes;
    const laboratory = c.opt(po, 'laboratory', p, (x, q) => c.string(x, q));
    if (laboratory !== undefined) out.laboratory = laboratory;
    const atc = c.opt(po, 'atc', p, (x, q) => {
      const ao = c.object(x, q);
      const label = c.opt(ao, 'label', q, (y, r) => c.localized(y, r));
      return {
        code: c.req(ao, 'code', q, (y, r) => c.pattern(y, r, ATC_PATTERN, 'ATC code')),
        ...(label ? { label } : {}),
      };
    });
    if (atc) out.atc = atc;
    const bdpmUrl = c.opt(po, 'bdpmUrl', p, url);
    if (bdpmUrl) out.bdpmUrl = bdpmUrl;
    const marketed = c.opt(po, 'marketed', p, (x, q) => c.boolean(x, q));
    if (marketed !== undefined) out.marketed = marketed;
    return out;
  });

  const substances = c.req(o, 'substances', '', (v, p) =>
    c.array(v, p, 200).map((item, i): ProductSubstance => {
      const q = `${p}[${i}]`;
      const so = c.object(item, q);
      const code = c.opt(so, 'code', q, (x, r) => c.pattern(x, r, CODE_PATTERN, 'code'));
      const bdpm = c.opt(so, 'bdpm', q, (x, r) => c.pattern(x, r, /^\d{1,10}$/, 'BDPM substance code'));
      const dosage = c.opt(so, 'dosage', q, (x, r) => c.string(x, r, 300));
      const dosageReference = c.opt(so, 'dosageReference', q, (x, r) => c.string(x, r, 300));
      return {
        ...(code ? { code } : {}),
        ...(bdpm ? { bdpm } : {}),
        name: c.req(so, 'name', q, (x, r) => c.localized(x, r)),
        ...(dosage !== undefined ? { dosage } : {}),
        ...(dosageReference !== undefined ? { dosageReference } : {}),
      };
    }),
  );

  const availability = c.opt(o, 'availability', '', (v, p): Availability => {
    const ao = c.object(v, p);
    const out: Availability = {
      status: c.req(ao, 'status', p, (x, q) => c.oneOf(x, q, AVAILABILITY_STATUSES)),
      asOf: c.req(ao, 'asOf', p, (x, q) => c.date(x, q)),
    };
    for (const key of ['since', 'updated', 'expectedReturn'] as const) {
      const date = c.opt(ao, key, p, (x, q) => c.date(x, q));
      if (date) out[key] = date;
    }
    const link = c.opt(ao, 'url', p, url);
    if (link) out.url = link;
    return out;
  });

  const patients = c.opt(o, 'patients', '', (v, p) => checkTreated(c, c.object(v, p), p));
  const medicationErrors = c.opt(o, 'medicationErrors', '', (v, p) => checkMedicationErrors(c, v, p));
  const shortages =
    o.shortages === undefined ? undefined : checkDeclarations(new ShortagesChecker(file), o.shortages);

  const out: ProductFile = {
    schema: SCHEMA_IDS.product,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    product,
    substances,
  };
  if (availability) out.availability = availability;
  if (patients) out.patients = patients;
  if (medicationErrors) out.medicationErrors = medicationErrors;
  if (shortages) out.shortages = shortages;
  return out;
}

/** The declaration checks name `declarations[i]`; a product file keeps them under `shortages`. */
class ShortagesChecker extends Checker {
  override fail(path: string, rule: ValidationRule, expected?: string, found?: unknown): never {
    return super.fail(path.replace(/^declarations/, 'shortages'), rule, expected, found);
  }
}

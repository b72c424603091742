/**
 * The check of an adverse-effect file (`adverse-effects/<code>.json`): the substance, the cases and
 * patients, every breakdown with its known keys, and partitions that cannot exceed their total.
 * The largest file of the contract, so in a module of its own.
 */
import {
  CODE_PATTERN,
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type OrganClassCell,
  type YearCell,
} from './contract.js';
import { Checker, checkSchemaId, join, LIMITS } from './validate-checker.js';
import { checkMedicationErrors, checkTreated } from './validate-sections.js';
import {
  ORGAN_CLASS_BY_CODE,
  REPORTER_LABELS,
  SERIOUSNESS_CRITERIA_LABELS,
  SERIOUSNESS_LABELS,
  SEX_LABELS,
} from './vocabulary.js';

export function validateAdverseEffects(payload: unknown, file = 'adverse-effects.json'): AdverseEffectsFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.adverseEffects);
  const c = new Checker(file);
  const cats = (key: string, known: Readonly<Record<string, unknown>> | undefined, closed: boolean) =>
    c.opt(o, key, '', (v, p) => c.categories(v, p, known, closed));

  const substance = c.req(o, 'substance', '', (v, p) => {
    const s = c.object(v, p);
    return {
      code: c.req(s, 'code', p, (x, q) => c.pattern(x, q, CODE_PATTERN, 'code')),
      name: c.req(s, 'name', p, (x, q) => c.localized(x, q)),
    };
  });
  const cases = c.opt(o, 'cases', '', (v, p) => c.cell(v, p));
  const patients = c.opt(o, 'patients', '', (v, p) => {
    const po = c.object(v, p);
    const treated = checkTreated(c, po, p);
    const bySex = c.opt(po, 'bySex', p, (x, q) => c.categories(x, q, SEX_LABELS, true));
    const byAge = c.opt(po, 'byAge', p, (x, q) => c.categories(x, q, undefined, false));
    return {
      ...treated,
      ...(bySex ? { bySex } : {}),
      ...(byAge ? { byAge } : {}),
    };
  });
  const sex = cats('sex', SEX_LABELS, true);
  const age = cats('age', undefined, false);
  const organClasses = c.opt(o, 'organClasses', '', (v, p) => {
    const oc = c.object(v, p);
    const base = c.opt(oc, 'base', p, (x, q) => c.cell(x, q));
    const seen = new Set<string>();
    const items = c.req(oc, 'items', p, (x, q) =>
      c.array(x, q, 27).map((item, i): OrganClassCell => {
        const ip = `${q}[${i}]`;
        const io = c.object(item, ip);
        const code = c.req(io, 'code', ip, (y, r) => c.string(y, r, 20));
        if (!ORGAN_CLASS_BY_CODE.has(code)) c.fail(join(ip, 'code'), 'enum', 'MedDRA SOC code', code);
        if (seen.has(code)) c.fail(join(ip, 'code'), 'duplicate', undefined, code);
        seen.add(code);
        const bySex = c.opt(io, 'bySex', ip, (y, r) => c.categories(y, r, SEX_LABELS, true));
        const byAge = c.opt(io, 'byAge', ip, (y, r) => c.categories(y, r, undefined, false));
        const subgroups = c.opt(io, 'subgroups', ip, (y, r) =>
          c.array(y, r, LIMITS.categories).map((g, j) => {
            const gp = `${r}[${j}]`;
            const go = c.object(g, gp);
            return { label: c.req(go, 'label', gp, (z, s) => c.localized(z, s)), ...c.cell(go, gp) };
          }),
        );
        return {
          code,
          ...c.cell(io, ip),
          ...(bySex ? { bySex } : {}),
          ...(byAge ? { byAge } : {}),
          ...(subgroups ? { subgroups } : {}),
        };
      }),
    );
    return { ...(base ? { base } : {}), items };
  });
  const seriousness = cats('seriousness', SERIOUSNESS_LABELS, true);
  const seriousnessCriteria = cats('seriousnessCriteria', SERIOUSNESS_CRITERIA_LABELS, true);
  const reporters = cats('reporters', REPORTER_LABELS, true);
  const years = c.opt(o, 'years', '', (v, p) => {
    const seen = new Set<number>();
    return c.array(v, p, 200).map((item, i): YearCell => {
      const ip = `${p}[${i}]`;
      const io = c.object(item, ip);
      const year = c.req(io, 'year', ip, (x, q) => c.count(x, q));
      if (year < 1900 || year > 2200) c.fail(join(ip, 'year'), 'range', '1900…2200', year);
      if (seen.has(year)) c.fail(join(ip, 'year'), 'duplicate', undefined, year);
      seen.add(year);
      const yearPatients = c.opt(io, 'patients', ip, (x, q) => c.cell(x, q));
      return { year, ...c.cell(io, ip), ...(yearPatients ? { patients: yearPatients } : {}) };
    });
  });
  const medicationErrors = c.opt(o, 'medicationErrors', '', (v, p) => checkMedicationErrors(c, v, p));

  c.partitionWithin(cases, sex, 'sex');
  c.partitionWithin(cases, age, 'age');
  c.partitionWithin(cases, years, 'years');

  const file_: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    substance,
  };
  if (cases) file_.cases = cases;
  if (patients) file_.patients = patients;
  if (sex) file_.sex = sex;
  if (age) file_.age = age;
  if (organClasses) file_.organClasses = organClasses;
  if (seriousness) file_.seriousness = seriousness;
  if (seriousnessCriteria) file_.seriousnessCriteria = seriousnessCriteria;
  if (reporters) file_.reporters = reporters;
  if (years) file_.years = years;
  if (medicationErrors) file_.medicationErrors = medicationErrors;
  return file_;
}

/**
 * Checks a parsed payload against the data contract and returns it typed, or throws a
 * `DatamedError('invalid' | 'schema')` naming the file and the first offending field.
 *
 * Hand-written rather than a JSON Schema engine: schema engines compile to `new Function`, which a
 * strict Content-Security-Policy forbids, and they weigh more than the whole widget. The JSON Schemas
 * in `schemas/` say the same thing; `test/node/schemas.test.ts` keeps the two in agreement.
 * Unknown extra fields are ignored (newer minor versions may add some); unknown codes are not.
 */
import {
  ATC_PATTERN,
  CIRCUITS,
  CODE_PATTERN,
  DATE_PATTERN,
  SCHEMA_IDS,
  SHORTAGE_CLASSIFICATIONS,
  SHORTAGE_STATES,
  type Circuit,
  type ShortageClassification,
  type ShortageState,
  type AdverseEffectsFile,
  type CategoryCell,
  type Cell,
  type IndexFile,
  type Localized,
  type Provenance,
  type ShortagesFile,
  type ShortageDeclaration,
  type YearCell,
  type OrganClassCell,
  type MedicationErrors,
} from './contract.js';
import { DatamedError, type ValidationRule } from './errors.js';
import { parseIsoDate } from './dates.js';
import {
  MEDICATION_ERROR_LABELS,
  ORGAN_CLASS_BY_CODE,
  REPORTER_LABELS,
  SERIOUSNESS_CRITERIA_LABELS,
  SERIOUSNESS_LABELS,
  SEX_LABELS,
  SHORTAGE_CAUSES,
  SHORTAGE_MEASURES,
  USAGE_LEVELS,
} from './vocabulary.js';

/** Limits that keep a hostile file from exhausting the page. */
export const LIMITS = {
  textLength: 1_000,
  categories: 1_000,
  declarations: 500_000,
  substances: 100_000,
  maxCount: 1e12,
} as const;

type Json = Record<string, unknown>;

class Checker {
  constructor(private readonly file: string) {}

  fail(path: string, rule: ValidationRule, expected?: string, found?: unknown): never {
    const shown = found === undefined ? undefined : preview(found);
    throw new DatamedError(
      'invalid',
      `${this.file}: ${path || '(root)'}: ${rule}${expected ? ` (expected ${expected})` : ''}`,
      {
        url: this.file,
        field: path,
        rule,
        ...(expected ? { expected } : {}),
        ...(shown !== undefined ? { found: shown } : {}),
      },
    );
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(path, 'type', 'object', value);
    return value as Json;
  }

  array(value: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'type', 'array', value);
    if (value.length > max) this.fail(path, 'too-many', `≤ ${max}`, value.length);
    return value;
  }

  string(value: unknown, path: string, max: number = LIMITS.textLength): string {
    if (typeof value !== 'string') this.fail(path, 'type', 'string', value);
    if (value.length > max) this.fail(path, 'too-long', `≤ ${max}`, value.length);
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, 'type', 'boolean', value);
    return value;
  }

  count(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(path, 'type', 'count', value);
    if (value < 0 || value > LIMITS.maxCount) this.fail(path, 'range', 'count', value);
    return value;
  }

  date(value: unknown, path: string): string {
    const text = this.string(value, path, 40);
    if (!isCalendarDate(text)) this.fail(path, 'date', 'date', text);
    return text;
  }

  dateOrDateTime(value: unknown, path: string): string {
    const text = this.string(value, path, 40);
    if (!parseIsoDate(text)) this.fail(path, 'date', 'date', text);
    return text;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    const text = this.string(value, path, 100);
    if (!allowed.includes(text as T)) this.fail(path, 'enum', allowed.join(' | '), text);
    return text as T;
  }

  pattern(value: unknown, path: string, re: RegExp, name: string): string {
    const text = this.string(value, path, 200);
    if (!re.test(text)) this.fail(path, 'pattern', name, text);
    return text;
  }

  localized(value: unknown, path: string): Localized {
    const o = this.object(value, path);
    const out: Localized = { fr: this.string(o.fr, `${path}.fr`) };
    if (o.en !== undefined) out.en = this.string(o.en, `${path}.en`);
    return out;
  }

  text(value: unknown, path: string): string | Localized {
    return typeof value === 'string' ? this.string(value, path, 300) : this.localized(value, path);
  }

  /** Optional field: undefined stays undefined, anything else is checked. */
  opt<T>(o: Json, key: string, path: string, check: (v: unknown, p: string) => T): T | undefined {
    return o[key] === undefined ? undefined : check(o[key], join(path, key));
  }

  req<T>(o: Json, key: string, path: string, check: (v: unknown, p: string) => T): T {
    if (o[key] === undefined) this.fail(join(path, key), 'required');
    return check(o[key], join(path, key));
  }

  cell(value: unknown, path: string): Cell {
    const o = this.object(value, path);
    const suppressed = this.opt(o, 'suppressed', path, (v, p) => this.boolean(v, p)) ?? false;
    if (!('count' in o)) this.fail(join(path, 'count'), 'required');
    if (o.count === null) {
      if (!suppressed) this.fail(join(path, 'suppressed'), 'suppressed', 'true when count is null');
      return { count: null, suppressed: true };
    }
    const count = this.count(o.count, join(path, 'count'));
    if (suppressed) this.fail(join(path, 'count'), 'suppressed', 'null when suppressed', count);
    return { count };
  }

  /**
   * A list of categories with unique keys. `known` lists the keys that need no label;
   * `closed` refuses any other key.
   */
  categories(
    value: unknown,
    path: string,
    known: Readonly<Record<string, unknown>> | undefined,
    closed: boolean,
  ): CategoryCell[] {
    const seen = new Set<string>();
    return this.array(value, path, LIMITS.categories).map((item, i) => {
      const p = `${path}[${i}]`;
      const o = this.object(item, p);
      const key = this.pattern(o.key, join(p, 'key'), /^[A-Za-z0-9][\w+.-]{0,63}$/, 'key');
      if (closed && known && !(key in known))
        this.fail(join(p, 'key'), 'enum', Object.keys(known).join(' | '), key);
      if (seen.has(key)) this.fail(join(p, 'key'), 'duplicate', undefined, key);
      seen.add(key);
      const label = this.opt(o, 'label', p, (v, q) => this.localized(v, q));
      if (!label && known && !(key in known)) this.fail(join(p, 'label'), 'required');
      return { key, ...(label ? { label } : {}), ...this.cell(o, p) };
    });
  }

  provenance(value: unknown, path: string): Provenance {
    const o = this.object(value, path);
    const sourceUrl = this.opt(o, 'sourceUrl', path, (v, p) =>
      this.pattern(v, p, /^https?:\/\/[^\s]+$/, 'http(s) URL'),
    );
    const period = this.opt(o, 'period', path, (v, p) => {
      const po = this.object(v, p);
      return {
        start: this.req(po, 'start', p, (x, q) => this.date(x, q)),
        end: this.req(po, 'end', p, (x, q) => this.date(x, q)),
      };
    });
    const threshold = this.req(o, 'threshold', path, (v, p) => this.count(v, p));
    if (threshold < 1 || threshold > 1000) this.fail(join(path, 'threshold'), 'range', '1…1000', threshold);
    return {
      source: this.req(o, 'source', path, (v, p) => this.text(v, p)),
      ...(sourceUrl ? { sourceUrl } : {}),
      ...(period ? { period } : {}),
      generated: this.req(o, 'generated', path, (v, p) => this.dateOrDateTime(v, p)),
      threshold,
      demo: this.req(o, 'demo', path, (v, p) => this.boolean(v, p)),
    };
  }

  /** A partition (sex, age, years) cannot hold more cases than the total. */
  partitionWithin(total: Cell | undefined, parts: Cell[] | undefined, path: string): void {
    if (!total || total.count === null || !parts) return;
    const sum = parts.reduce((s, c) => s + (c.count ?? 0), 0);
    if (sum > total.count) this.fail(path, 'sum', `≤ ${total.count}`, sum);
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DD` naming a real day (no 2021-02-31), by arithmetic: a shortage file holds tens of
 * thousands of dates, and a Date per date made validation the slowest step of a first render.
 * Years below 100 are refused, as `parseIsoDate` refuses them.
 */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function preview(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (Array.isArray(value)) text = 'array';
  else if (value === null) text = 'null';
  else if (typeof value === 'object') text = 'object';
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Checks the `schema` identifier first: a wrong version must say so, not list field errors. */
function checkSchemaId(payload: unknown, file: string, expected: string): Json {
  const c = new Checker(file);
  const o = c.object(payload, '');
  if (o.schema !== expected) {
    throw new DatamedError('schema', `${file}: schema ${preview(o.schema)} is not ${expected}`, {
      url: file,
      field: 'schema',
      found: typeof o.schema === 'string' ? o.schema.slice(0, 60) : preview(o.schema),
      expected,
    });
  }
  return o;
}

/** The provenance a page gives a widget through `.data` (charts, key figures): checked like a file's. */
export function validateProvenance(payload: unknown, file = '.data'): Provenance {
  return new Checker(file).provenance(payload, 'provenance');
}

export function validateIndex(payload: unknown, file = 'index.json'): IndexFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.index);
  const c = new Checker(file);
  const seen = new Set<string>();
  const substances = c.array(o.substances, 'substances', LIMITS.substances).map((item, i) => {
    const p = `substances[${i}]`;
    const s = c.object(item, p);
    const code = c.req(s, 'code', p, (v, q) => c.pattern(v, q, CODE_PATTERN, 'code'));
    if (seen.has(code)) c.fail(join(p, 'code'), 'duplicate', undefined, code);
    seen.add(code);
    const aliases = c.opt(s, 'aliases', p, (v, q) =>
      c.array(v, q, 200).map((a, j) => c.string(a, `${q}[${j}]`, 300)),
    );
    const atc = c.opt(s, 'atc', p, (v, q) =>
      c.array(v, q, 50).map((a, j) => c.pattern(a, `${q}[${j}]`, ATC_PATTERN, 'ATC code')),
    );
    const bdpm = c.opt(s, 'bdpm', p, (v, q) =>
      c.array(v, q, 50).map((a, j) => c.pattern(a, `${q}[${j}]`, /^\d{1,10}$/, 'BDPM substance code')),
    );
    const d = c.req(s, 'datasets', p, (v, q) => c.object(v, q));
    const adverseEffects = c.opt(d, 'adverseEffects', `${p}.datasets`, (v, q) => c.boolean(v, q));
    const shortages = c.opt(d, 'shortages', `${p}.datasets`, (v, q) => c.boolean(v, q));
    return {
      code,
      name: c.req(s, 'name', p, (v, q) => c.localized(v, q)),
      ...(aliases ? { aliases } : {}),
      ...(atc ? { atc } : {}),
      ...(bdpm ? { bdpm } : {}),
      datasets: {
        ...(adverseEffects !== undefined ? { adverseEffects } : {}),
        ...(shortages !== undefined ? { shortages } : {}),
      },
    };
  });
  return {
    schema: SCHEMA_IDS.index,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    substances,
  };
}

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
    const patientYears = c.opt(po, 'patientYears', p, (x, q) => c.cell(x, q));
    const usageLevel = c.opt(po, 'usageLevel', p, (x, q) =>
      c.oneOf(
        x,
        q,
        USAGE_LEVELS.map((l) => l.key),
      ),
    );
    const bySex = c.opt(po, 'bySex', p, (x, q) => c.categories(x, q, SEX_LABELS, true));
    const byAge = c.opt(po, 'byAge', p, (x, q) => c.categories(x, q, undefined, false));
    return {
      ...(patientYears ? { patientYears } : {}),
      ...(usageLevel ? { usageLevel } : {}),
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
  const medicationErrors = c.opt(o, 'medicationErrors', '', (v, p): MedicationErrors => {
    const mo = c.object(v, p);
    const me = MEDICATION_ERROR_LABELS;
    const out: MedicationErrors = {};
    const total = c.opt(mo, 'cases', p, (x, q) => c.cell(x, q));
    if (total) out.cases = total;
    const adverseEffect = c.opt(mo, 'adverseEffect', p, (x, q) => c.categories(x, q, me.adverseEffect, true));
    if (adverseEffect) out.adverseEffect = adverseEffect;
    const population = c.opt(mo, 'population', p, (x, q) => c.categories(x, q, me.population, false));
    if (population) out.population = population;
    const step = c.opt(mo, 'step', p, (x, q) => c.categories(x, q, me.step, false));
    if (step) out.step = step;
    const nature = c.opt(mo, 'nature', p, (x, q) => c.categories(x, q, {}, false));
    if (nature) out.nature = nature;
    c.partitionWithin(out.cases, out.adverseEffect, join(p, 'adverseEffect'));
    return out;
  });

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

export function validateShortages(payload: unknown, file = 'shortages.json'): ShortagesFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.shortages);
  const c = new Checker(file);
  const vocabulary = shortageVocabulary();
  const seen = new Set<string>();
  const declarations = c.array(o.declarations, 'declarations', LIMITS.declarations).map((item, i) => {
    const out = checkDeclaration(c, item, i, vocabulary);
    if (seen.has(out.id)) c.fail(`declarations[${i}].id`, 'duplicate', undefined, out.id);
    seen.add(out.id);
    return out;
  });
  const scope = c.opt(o, 'scope', '', (v, p) => {
    const so = c.object(v, p);
    const substance = c.opt(so, 'substance', p, (x, q) => c.pattern(x, q, CODE_PATTERN, 'code'));
    return substance ? { substance } : {};
  });
  return {
    schema: SCHEMA_IDS.shortages,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    ...(scope ? { scope } : {}),
    declarations,
  };
}

interface ShortageVocabulary {
  causes: ReadonlySet<string>;
  measures: ReadonlySet<string>;
}

const shortageVocabulary = (): ShortageVocabulary => ({
  causes: new Set(Object.keys(SHORTAGE_CAUSES)),
  measures: new Set(Object.keys(SHORTAGE_MEASURES)),
});

const CLASSIFICATIONS: ReadonlySet<string> = new Set(SHORTAGE_CLASSIFICATIONS);
const STATES: ReadonlySet<string> = new Set(SHORTAGE_STATES);
const CIRCUIT_SET: ReadonlySet<string> = new Set(CIRCUITS);
const DECLARATION_TEXTS = ['laboratory', 'causeText', 'measureText', 'therapeuticClass'] as const;

/** One declaration alone (tests). */
export function checkShortageDeclaration(item: unknown, file = 'shortages.json'): ShortageDeclaration {
  return checkDeclaration(new Checker(file), item, 0, shortageVocabulary());
}

/**
 * One declaration, field by field, failing with the file, the path and the rule broken, as the
 * `Checker` methods do. Files hold thousands of declarations: each field is tested in place by the
 * functions below, which write its path only when it fails (no closure, no string per field).
 */
function checkDeclaration(
  c: Checker,
  item: unknown,
  index: number,
  { causes, measures }: ShortageVocabulary,
): ShortageDeclaration {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    c.fail(declarationPath(index), 'type', 'object', item);
  const d = item as Json;
  const out: ShortageDeclaration = {
    id: declarationText(c, d, index, 'id', 100, true)!,
    product: declarationText(c, d, index, 'product', LIMITS.textLength, true)!,
    substance: declarationText(c, d, index, 'substance', LIMITS.textLength, true)!,
    classification: declarationWord(
      c,
      d.classification,
      CLASSIFICATIONS,
      index,
      'classification',
      true,
    ) as ShortageClassification,
    state: declarationWord(c, d.state, STATES, index, 'state', true) as ShortageState,
    reported: declarationDate(c, d.reported, index, 'reported', true)!,
  };
  const substanceCode = declarationPattern(c, d, index, 'substanceCode', CODE_PATTERN, 'code');
  if (substanceCode) out.substanceCode = substanceCode;
  const atc = declarationPattern(c, d, index, 'atc', ATC_PATTERN, 'ATC code');
  if (atc) out.atc = atc;
  for (const key of DECLARATION_TEXTS) {
    const value = declarationText(c, d, index, key);
    if (value !== undefined) out[key] = value;
  }
  const start = declarationDate(c, d.start, index, 'start');
  if (start) out.start = start;
  const end = declarationDate(c, d.end, index, 'end');
  if (end) out.end = end;
  const expected = d.expectedReturn;
  if (expected !== undefined) {
    if (typeof expected !== 'object' || expected === null || Array.isArray(expected))
      c.fail(declarationPath(index, 'expectedReturn'), 'type', 'object', expected);
    const e = expected as Json;
    const community = declarationDate(c, e.community, index, 'expectedReturn.community');
    const hospital = declarationDate(c, e.hospital, index, 'expectedReturn.hospital');
    out.expectedReturn = { ...(community ? { community } : {}), ...(hospital ? { hospital } : {}) };
  }
  const cause = declarationWord(c, d.cause, causes, index, 'cause');
  if (cause) out.cause = cause;
  const m = declarationList(c, d.measures, 20, measures, index, 'measures');
  if (m) out.measures = m;
  const circuits = declarationList(c, d.circuits, 2, CIRCUIT_SET, index, 'circuits');
  if (circuits) out.circuits = circuits as Circuit[];
  return out;
}

function declarationPath(index: number, key?: string, j?: number): string {
  return `declarations[${index}]${key ? `.${key}` : ''}${j === undefined ? '' : `[${j}]`}`;
}

function declarationText(
  c: Checker,
  d: Json,
  index: number,
  key: string,
  max: number = LIMITS.textLength,
  required = false,
): string | undefined {
  const v = d[key];
  if (v === undefined) return required ? c.fail(declarationPath(index, key), 'required') : undefined;
  if (typeof v !== 'string') c.fail(declarationPath(index, key), 'type', 'string', v);
  if (v.length > max) c.fail(declarationPath(index, key), 'too-long', `≤ ${max}`, v.length);
  return v;
}

function declarationDate(
  c: Checker,
  v: unknown,
  index: number,
  key: string,
  required = false,
): string | undefined {
  if (v === undefined) return required ? c.fail(declarationPath(index, key), 'required') : undefined;
  if (typeof v !== 'string') c.fail(declarationPath(index, key), 'type', 'string', v);
  if (v.length > 40) c.fail(declarationPath(index, key), 'too-long', '≤ 40', v.length);
  if (!isCalendarDate(v)) c.fail(declarationPath(index, key), 'date', 'date', v);
  return v;
}

function declarationWord(
  c: Checker,
  v: unknown,
  allowed: ReadonlySet<string>,
  index: number,
  key: string,
  required = false,
  j?: number,
): string | undefined {
  if (v === undefined) return required ? c.fail(declarationPath(index, key), 'required') : undefined;
  if (typeof v !== 'string') c.fail(declarationPath(index, key, j), 'type', 'string', v);
  if (v.length > 100) c.fail(declarationPath(index, key, j), 'too-long', '≤ 100', v.length);
  if (!allowed.has(v)) c.fail(declarationPath(index, key, j), 'enum', [...allowed].join(' | '), v);
  return v;
}

function declarationPattern(
  c: Checker,
  d: Json,
  index: number,
  key: string,
  re: RegExp,
  name: string,
): string | undefined {
  const v = declarationText(c, d, index, key, 200);
  if (v !== undefined && !re.test(v)) c.fail(declarationPath(index, key), 'pattern', name, v);
  return v;
}

function declarationList(
  c: Checker,
  v: unknown,
  max: number,
  allowed: ReadonlySet<string>,
  index: number,
  key: string,
): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) c.fail(declarationPath(index, key), 'type', 'array', v);
  if (v.length > max) c.fail(declarationPath(index, key), 'too-many', `≤ ${max}`, v.length);
  const out: string[] = [];
  for (let j = 0; j < v.length; j++) out.push(declarationWord(c, v[j], allowed, index, key, true, j)!);
  return out;
}

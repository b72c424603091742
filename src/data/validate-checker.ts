/**
 * The validator's building blocks, shared by the checks of every contract file: the limits, the
 * `Checker` that reads one field at a time and fails with the file, the path and the rule broken,
 * the calendar-date test and the `schema` identifier check. Apart from the file checks so that each
 * of them (`validate-*.ts`) reads as the shape of its file.
 */
import { DATE_PATTERN, type CategoryCell, type Cell, type Localized, type Provenance } from './contract.js';
import { DatamedError, type ValidationRule } from './errors.js';
import { parseIsoDate } from './dates.js';
import { cleanText } from './text.js';

/** Limits that keep a hostile file from exhausting the page. */
export const LIMITS = {
  textLength: 1_000,
  categories: 1_000,
  declarations: 500_000,
  substances: 100_000,
  maxCount: 1e12,
} as const;

export type Json = Record<string, unknown>;

export class Checker {
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

  /** A free text (name, label, source), without invisible controls (see `text.ts`). */
  string(value: unknown, path: string, max: number = LIMITS.textLength): string {
    return cleanText(this.raw(value, path, max));
  }

  /** A string as given: codes, dates and words are tested against their pattern as they are. */
  raw(value: unknown, path: string, max: number = LIMITS.textLength): string {
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
    const text = this.raw(value, path, 40);
    if (!isCalendarDate(text)) this.fail(path, 'date', 'date', text);
    return text;
  }

  dateOrDateTime(value: unknown, path: string): string {
    const text = this.raw(value, path, 40);
    if (!parseIsoDate(text)) this.fail(path, 'date', 'date', text);
    return text;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    const text = this.raw(value, path, 100);
    if (!allowed.includes(text as T)) this.fail(path, 'enum', allowed.join(' | '), text);
    return text as T;
  }

  pattern(value: unknown, path: string, re: RegExp, name: string): string {
    const text = this.raw(value, path, 200);
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

export function join(path: string, key: string): string {
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
export function checkSchemaId(payload: unknown, file: string, expected: string): Json {
  const c = new Checker(file);
  const o = c.object(payload, '');
  if (o.schema !== expected) {
    throw new DatamedError('schema', `${file}: schema ${preview(o.schema)} is not ${expected}`, {
      url: file,
      field: 'schema',
      // No identifier at all: nothing was found (not the word "undefined" in a message).
      ...(o.schema === undefined
        ? {}
        : { found: typeof o.schema === 'string' ? o.schema.slice(0, 60) : preview(o.schema) }),
      expected,
    });
  }
  return o;
}

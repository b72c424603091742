/**
 * Rows of DataMed's breakdowns as contract cells. The API leaves out the rows under its own
 * threshold (below 10 cases for ages, reporters, HLT and medication-error rows; 11 or fewer for
 * organ classes) instead of nulling them: a category we know it has, missing from an answer, is
 * put back as hidden — never as 0, never dropped — unless the rows it did give already add up to
 * the total, in which case every missing row is exactly 0. The privacy rule then runs as on static
 * files (protectAdverseEffects), so a 10 that the API shows is hidden by our threshold of 11.
 */
import type { CategoryCell, Cell } from '../contract.js';
import { foldText } from '../vocabulary.js';
import type { ApiGender, ApiPeriod } from './datamed-queries.js';

/** A value as a count cell; what is not a count is passed on for the validator to refuse. */
export const count = (value: unknown): Cell => ({ count: value as number });
const HIDDEN = { count: null, suppressed: true } as const;

/**
 * Cells in `order`, from what the API gave (`given`, by key): missing keys hidden, or 0 when the
 * given counts already make `total`. Keys outside `order` follow, in the API's order.
 */
export function completeRows(
  given: CategoryCell[],
  order: readonly string[],
  total: number | undefined,
): CategoryCell[] {
  const byKey = new Map(given.map((c) => [c.key, c]));
  const shown = given.reduce((sum, c) => sum + (typeof c.count === 'number' ? c.count : 0), 0);
  const missing = total !== undefined && shown === total ? { count: 0 } : HIDDEN;
  const out = order.map((key) => byKey.get(key) ?? { key, ...missing });
  for (const c of given) if (!order.includes(c.key)) out.push(c);
  return out;
}

/** Rows mapped to keys; rows that meet on one key are added up (a count stays a count). */
export function rowsByKey<R>(
  rows: readonly (R | null)[] | null | undefined,
  keyOf: (row: R) => string | undefined,
  valueOf: (row: R) => unknown,
  labelOf?: (row: R) => string | undefined,
): CategoryCell[] {
  const out = new Map<string, CategoryCell>();
  for (const row of rows ?? []) {
    const key = row ? keyOf(row) : undefined;
    if (!row || !key) continue;
    const value = valueOf(row);
    const previous = out.get(key);
    const sum =
      previous && typeof previous.count === 'number' && typeof value === 'number'
        ? previous.count + value
        : value;
    const label = labelOf?.(row);
    out.set(key, { key, ...(label ? { label: { fr: label } } : {}), ...count(sum) });
  }
  return [...out.values()];
}

/**
 * Female then male. A side the API left null is hidden, or 0 when the other side alone makes
 * `total`. Undefined when it gave neither.
 */
export function genderCells(g: ApiGender | null | undefined, total?: number): CategoryCell[] | undefined {
  if (!g || (!g.female && !g.male)) return undefined;
  const given: CategoryCell[] = [];
  if (g.female) given.push({ key: 'female', ...count(g.female.value) });
  if (g.male) given.push({ key: 'male', ...count(g.male.value) });
  return completeRows(given, ['female', 'male'], total);
}

/** DataMed's age bands, in its order. */
export const AGE_BANDS = ['0-19', '20-59', '60+'] as const;

/** "0-19 ans" → "0-19", "60 ans et plus" → "60+", "Âge inconnu" → "unknown", else a slug. */
export function ageKey(range: string): string {
  const text = foldText(range);
  if (text.includes('inconnu') || text.includes('non renseigne')) return 'unknown';
  const plus = /^(\d+)\s*ans?\s*(et|ou)\s*plus/.exec(text) ?? /^(\d+)\s*\+/.exec(text);
  if (plus) return `${plus[1]}+`;
  const span = /^(\d+)\s*-\s*(\d+)/.exec(text);
  if (span) return `${span[1]}-${span[2]}`;
  return (
    text
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'unknown'
  );
}

/** `{ minYear: 2014, maxYear: 2018 }` → 2014-01-01 – 2018-12-31; undefined when not two years. */
export function isoPeriod(p: ApiPeriod | null | undefined): { start: string; end: string } | undefined {
  if (!p || !Number.isInteger(p.minYear) || !Number.isInteger(p.maxYear)) return undefined;
  return { start: `${p.minYear as number}-01-01`, end: `${p.maxYear as number}-12-31` };
}

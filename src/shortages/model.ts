/**
 * The shortage timeline shared by the timeline and the overview: declarations → timeline items (a
 * bar each: where it starts, where it ends and why), rows grouped by product, and each item's code
 * in every facet. Pure and fast: the 6,364 real declarations go through `buildTimeline` in a few
 * milliseconds. What is built on it lives beside it: the reference date in `dates.ts`, filters
 * and their counts in `filters.ts`, the order of the rows in `row-order.ts`, the summary's figures
 * in `figures.ts`.
 */
import {
  SHORTAGE_CLASSIFICATIONS,
  SHORTAGE_STATES,
  type ShortageClassification,
  type ShortageDeclaration,
  type ShortageState,
} from '../data/contract.js';
import { DAY, ms } from './dates.js';

export const CLASSIFICATIONS: readonly ShortageClassification[] = SHORTAGE_CLASSIFICATIONS;
export const STATES: readonly ShortageState[] = SHORTAGE_STATES;
/** Cause key of declarations that give none. */
export const NO_CAUSE = 'unspecified';
/** ATC key of declarations without a (valid) ATC code. */
export const NO_ATC = '-';

/** Position of a classification in the categorical palette: colour and pattern (see `patterns.ts`). */
export function classificationIndex(c: ShortageClassification): number {
  return Math.max(0, CLASSIFICATIONS.indexOf(c));
}

/** How a bar ends. */
export type EndKind =
  /** A known end date (closed declaration). */
  | 'end'
  /** Still open: the bar runs to the reference date ("today"). */
  | 'open'
  /** Closed, but no end date was declared: only the start is known. */
  | 'unknown';

export interface TimelineItem {
  declaration: ShortageDeclaration;
  /** Position in the file: a stable identity. */
  index: number;
  /** Report date (ms). */
  reported: number;
  /** Start of the bar (ms): the start date, else the report date. */
  start: number;
  /** False when the report date stands for a missing start date. */
  startKnown: boolean;
  /** End of the bar (ms): the end date, the reference date for open declarations, else `start`. */
  end: number;
  endKind: EndKind;
  /** Latest expected return date (ms) of an open declaration. */
  expected: number | undefined;
  /** Whole days from start to end; undefined when the end is unknown. */
  days: number | undefined;
  /** ATC level 1 letter, or `NO_ATC`. */
  atc1: string;
  /** Standard cause key, or `NO_CAUSE`. */
  cause: string;
  /** Index of the item's row in `Timeline.rows`. */
  row: number;
}

export interface TimelineRow {
  key: string;
  product: string;
  substance: string;
  /** Items of the row, by start date. */
  items: TimelineItem[];
}

export interface Timeline {
  items: TimelineItem[];
  rows: TimelineRow[];
  /** The values of each facet found in the data. */
  facets: Record<Facet, string[]>;
  /** For each facet (`FACETS` order), by item index: the position of the item's value in `facets`. */
  codes: Uint16Array[];
  /** The reference date ("today"), ms at 00:00 UTC. */
  today: number;
  /** True when the reference date is the reader's own today (else: "data as of …"). */
  isToday: boolean;
  /** Earliest start and latest end or expected return (ms); both `today` when there is nothing. */
  first: number;
  last: number;
}

/** The facets an item can be filtered by; `Timeline.codes` follows this order. */
export type Facet = 'classification' | 'state' | 'cause' | 'atc';
export const FACETS: readonly Facet[] = ['classification', 'state', 'cause', 'atc'];

/**
 * "AMOXICILLINE  Biogaran 500 mg" and "amoxicilline biogaran 500 MG" are one product: case, runs
 * of spaces and outer spaces are ignored. Most names are clean and skip the regular expression (it
 * would run on 6,000 names at every new file).
 */
export function productKey(product: string): string {
  const lower = product.toLowerCase();
  const clean =
    lower.indexOf('  ') < 0 && lower.charCodeAt(0) > 32 && lower.charCodeAt(lower.length - 1) > 32;
  return clean ? lower : lower.trim().replace(/\s+/g, ' ');
}

export function atcLevel1(atc: string | undefined): string {
  const code = atc ? atc.charCodeAt(0) & ~32 : 0; // upper case
  return code >= 65 && code <= 90 ? String.fromCharCode(code) : NO_ATC;
}

/** Builds the items and rows of a timeline. `today` as given by `referenceDate`. */
export function buildTimeline(
  declarations: readonly ShortageDeclaration[],
  reference: { today: number; isToday: boolean },
): Timeline {
  const { today } = reference;
  const rowsByKey = new Map<string, number>();
  const rows: TimelineRow[] = [];
  const facets: Record<Facet, string[]> = { classification: [], state: [], cause: [], atc: [] };
  const codes = FACETS.map(() => new Uint16Array(declarations.length));
  // A handful of values per facet: a look along the list beats hashing a fresh string.
  const code = (k: number, value: string): number => {
    const values = facets[FACETS[k]!];
    let c = values.indexOf(value);
    if (c < 0) c = values.push(value) - 1;
    return c;
  };
  const items: TimelineItem[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (let index = 0; index < declarations.length; index++) {
    const d = declarations[index]!;
    const declaredStart = ms(d.start);
    const reported = ms(d.reported) ?? declaredStart ?? today;
    const start = declaredStart ?? reported;
    const declaredEnd = ms(d.end);
    let end: number;
    let endKind: EndKind;
    if (d.state === 'open') {
      // An open declaration runs to today, even when it declares an end (a planned one).
      end = Math.max(start, today);
      endKind = 'open';
    } else if (declaredEnd !== undefined) {
      end = Math.max(start, declaredEnd);
      endKind = 'end';
    } else {
      end = start;
      endKind = 'unknown';
    }
    let expected: number | undefined;
    if (d.state === 'open' && d.expectedReturn) {
      const community = ms(d.expectedReturn.community);
      const hospital = ms(d.expectedReturn.hospital);
      expected =
        community === undefined
          ? hospital
          : hospital === undefined
            ? community
            : Math.max(community, hospital);
    }
    const key = productKey(d.product);
    let rowIndex = rowsByKey.get(key);
    if (rowIndex === undefined) {
      rowIndex = rows.length;
      rowsByKey.set(key, rowIndex);
      rows.push({ key, product: d.product, substance: d.substance, items: [] });
    }
    // Every field set at once (one object shape for all items: faster to build and to read).
    const item: TimelineItem = {
      declaration: d,
      index,
      reported,
      start,
      startKnown: declaredStart !== undefined,
      end,
      endKind,
      expected,
      days: endKind === 'unknown' ? undefined : Math.round((end - start) / DAY),
      atc1: atcLevel1(d.atc),
      cause: d.cause || NO_CAUSE,
      row: rowIndex,
    };
    codes[0]![index] = code(0, d.classification);
    codes[1]![index] = code(1, d.state);
    codes[2]![index] = code(2, item.cause);
    codes[3]![index] = code(3, item.atc1);
    items.push(item);
    rows[rowIndex]!.items.push(item);
    if (start < first) first = start;
    const reach = expected !== undefined && expected > end ? expected : end;
    if (reach > last) last = reach;
  }
  for (const row of rows)
    if (row.items.length > 1) row.items.sort((a, b) => a.start - b.start || a.index - b.index);
  if (!items.length) first = last = today;
  return {
    items,
    rows,
    facets,
    codes,
    today,
    isToday: reference.isToday,
    first,
    last: Math.max(last, today),
  };
}

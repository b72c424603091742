/**
 * The shortage model shared by the timeline and the overview: declarations → timeline items (a bar
 * each: where it starts, where it ends and why), rows grouped by product, filters with counts, sort
 * orders and the figures of the summary. Pure and fast: the 6,364 real declarations go through
 * `buildTimeline` in a few milliseconds, and a filter or sort change touches only numbers.
 *
 * "Today" is the date the data describe, not the reader's clock (see `referenceDate`): the real
 * export ends in November 2020, and an open declaration must not run six years too long.
 */
import {
  SHORTAGE_CLASSIFICATIONS,
  SHORTAGE_STATES,
  type Provenance,
  type ShortageClassification,
  type ShortageDeclaration,
  type ShortageState,
} from '../data/contract.js';
import { foldText } from '../data/vocabulary.js';
import { parseIsoDate } from '../data/dates.js';

export const DAY = 86_400_000;

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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * `YYYY-MM-DD` → ms (UTC), read digit by digit: 25,000 dates per file, and a fresh string from a
 * parsed file costs a hash in any cache. Anything else (a date-time, an impossible day) goes through
 * `parseIsoDate`.
 */
function ms(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const digit = (i: number) => iso.charCodeAt(i) - 48;
    for (const i of DIGITS) if (!(digit(i) >= 0 && digit(i) <= 9)) return undefined;
    const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const m = digit(5) * 10 + digit(6);
    const d = digit(8) * 10 + digit(9);
    const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
    if (y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]! + leap)
      return Date.UTC(y, m - 1, d);
    return undefined;
  }
  return parseIsoDate(iso)?.getTime();
}

function dayStart(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/**
 * The date the data describe ("today" on the timeline): an explicit override, else the end of the
 * data's period, else the day the file was generated — never later than the generation date nor the
 * reader's clock. A file generated today with a period ending today gives the reader's today.
 */
export function referenceDate(
  provenance: Provenance | undefined,
  override?: string,
  now: number = Date.now(),
): { today: number; isToday: boolean } {
  const clock = dayStart(now);
  const explicit = ms(override);
  if (explicit !== undefined) return { today: explicit, isToday: explicit === clock };
  const generated = ms(provenance?.generated?.slice(0, 10));
  const end = ms(provenance?.period?.end) ?? generated;
  let today = Math.min(end ?? clock, generated ?? clock, clock);
  if (!Number.isFinite(today)) today = clock;
  return { today, isToday: today === clock };
}

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

/* ------------------------------------------------------------------------------------ scope */

/** Scope of a widget: one substance (its own file), one product, one ATC class, or everything. */
export interface ShortageScopeAttributes {
  substance?: string | undefined;
  product?: string | undefined;
  atc?: string | undefined;
}

/* ---------------------------------------------------------------------------------- filters */

export interface ShortageFilters {
  /** Classifications shown; all when undefined. */
  classifications?: readonly ShortageClassification[];
  /** States shown; all when undefined. */
  states?: readonly ShortageState[];
  /** One cause key (or `NO_CAUSE`); all when undefined. */
  cause?: string;
  /** One ATC level 1 letter (or `NO_ATC`); all when undefined. */
  atc?: string;
}

export type Facet = 'classification' | 'state' | 'cause' | 'atc';
export const FACETS: readonly Facet[] = ['classification', 'state', 'cause', 'atc'];

/** For each facet, how many items each value would show given the other facets' filters. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/** The values of each facet found in the data (whatever the filters: a choice never vanishes). */
export function facetValues(timeline: Timeline): Record<Facet, string[]> {
  const f = timeline.facets;
  return {
    classification: CLASSIFICATIONS.filter((c) => f.classification.includes(c)),
    state: STATES.filter((s) => f.state.includes(s)),
    cause: f.cause,
    atc: f.atc,
  };
}

export function isFiltered(filters: ShortageFilters): boolean {
  return (
    (!!filters.classifications && filters.classifications.length < CLASSIFICATIONS.length) ||
    (!!filters.states && filters.states.length < STATES.length) ||
    filters.cause !== undefined ||
    filters.atc !== undefined
  );
}

export interface FilterResult {
  /** Items shown, in file order. */
  items: TimelineItem[];
  counts: FacetCounts;
}

/** Which values of a facet pass the filters: one flag per value code. */
function allowed(timeline: Timeline, facet: Facet, filters: ShortageFilters): Uint8Array {
  const values = timeline.facets[facet];
  const keep = (value: string): boolean => {
    switch (facet) {
      case 'classification':
        return !filters.classifications || filters.classifications.includes(value as ShortageClassification);
      case 'state':
        return !filters.states || filters.states.includes(value as ShortageState);
      case 'cause':
        return filters.cause === undefined || value === filters.cause;
      case 'atc':
        return filters.atc === undefined || value === filters.atc;
    }
  };
  return Uint8Array.from(values, (v) => (keep(v) ? 1 : 0));
}

/**
 * Applies the filters and counts, for every facet value, what choosing it would show (the items
 * that pass every other facet). Numbers only: a frame's budget on 6,000 declarations.
 */
export function filterTimeline(timeline: Timeline, filters: ShortageFilters): FilterResult {
  const pass = FACETS.map((facet) => allowed(timeline, facet, filters));
  const tallies = FACETS.map((facet) => new Int32Array(timeline.facets[facet].length));
  const items: TimelineItem[] = [];
  const [p0, p1, p2, p3] = pass as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const [c0, c1, c2, c3] = timeline.codes as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  const all = timeline.items;
  for (let i = 0; i < all.length; i++) {
    const k0 = c0[i]!;
    const k1 = c1[i]!;
    const k2 = c2[i]!;
    const k3 = c3[i]!;
    // Which facets fail? Counting a facet's values ignores that facet's own filter.
    const failures = (p0[k0] ? 0 : 1) + (p1[k1] ? 0 : 2) + (p2[k2] ? 0 : 4) + (p3[k3] ? 0 : 8);
    if (failures === 0) {
      items.push(all[i]!);
      tallies[0]![k0]!++;
      tallies[1]![k1]!++;
      tallies[2]![k2]!++;
      tallies[3]![k3]!++;
    } else if (failures === 1) tallies[0]![k0]!++;
    else if (failures === 2) tallies[1]![k1]!++;
    else if (failures === 4) tallies[2]![k2]!++;
    else if (failures === 8) tallies[3]![k3]!++;
  }
  const counts = {} as FacetCounts;
  FACETS.forEach((facet, k) => {
    const map = new Map<string, number>();
    timeline.facets[facet].forEach((value, c) => tallies[k]![c] && map.set(value, tallies[k]![c]!));
    counts[facet] = map;
  });
  return { items, counts };
}

/* ------------------------------------------------------------------------------------- rows */

export type RowSort = 'recent' | 'duration' | 'count' | 'product';
export const ROW_SORTS: readonly RowSort[] = ['recent', 'duration', 'count', 'product'];

/** A row as shown: its product and the items that pass the filters. */
export interface ShownRow {
  row: TimelineRow;
  items: TimelineItem[];
}

const orders = new WeakMap<Timeline, Partial<Record<RowSort, Int32Array>>>();

/**
 * The order of the products, computed once per timeline and sort from all their declarations:
 * - `recent`: the product whose latest declaration started last comes first;
 * - `duration`: the product with the longest declaration first (unknown durations last);
 * - `count`: the product with the most declarations first;
 * - `product`: alphabetical, case and accents ignored.
 * Ties keep the order of the file. Filters then only hide rows: products never jump around when a
 * filter changes, and a filter frame sorts nothing.
 */
export function rowOrder(timeline: Timeline, sort: RowSort): Int32Array {
  let bySort = orders.get(timeline);
  if (!bySort) orders.set(timeline, (bySort = {}));
  let order = bySort[sort];
  if (!order) {
    const rows = timeline.rows;
    const n = rows.length;
    if (sort === 'product') {
      // Plain comparisons of folded names (a collator takes ~100 ms on 5,000 names).
      const names = rows.map((row) => foldText(row.product));
      order = Int32Array.from(
        rows
          .map((_, i) => i)
          .sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b)),
      );
    } else {
      // One number per row, key then position, sorted as numbers: no comparator to call 60,000 times.
      const packed = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const items = rows[i]!.items;
        let key: number;
        if (sort === 'recent') key = -Math.round(items[items.length - 1]!.start / DAY);
        else if (sort === 'count') key = -items.length;
        else {
          let longest = -1;
          for (const item of items) if ((item.days ?? -1) > longest) longest = item.days!;
          key = -longest;
        }
        packed[i] = key * n + i;
      }
      packed.sort();
      order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = ((packed[i]! % n) + n) % n;
    }
    bySort[sort] = order;
  }
  return order;
}

/** The rows that hold at least one shown item, in the sort's order, each with its shown items. */
export function shownRows(timeline: Timeline, items: readonly TimelineItem[], sort: RowSort): ShownRow[] {
  const all = items.length === timeline.items.length;
  const pass = new Uint8Array(timeline.items.length);
  if (!all) for (const item of items) pass[item.index] = 1;
  const shown: ShownRow[] = [];
  for (const rowIndex of rowOrder(timeline, sort)) {
    const row = timeline.rows[rowIndex]!;
    // Row items are already in start order.
    let list = row.items;
    if (!all) {
      list = [];
      for (const item of row.items) if (pass[item.index]) list.push(item);
      if (!list.length) continue;
    }
    shown.push({ row, items: list });
  }
  return shown;
}

/* ---------------------------------------------------------------------------------- figures */

export interface ShortageFigures {
  declarations: number;
  open: number;
  closed: number;
  products: number;
  /** Earliest and latest report dates (ms). */
  firstReported?: number;
  lastReported?: number;
  /** The longest declaration of known duration (open ones count to today). */
  longest?: TimelineItem;
  /** Declarations per classification. */
  byClassification: Map<ShortageClassification, number>;
}

export function shortageFigures(items: readonly TimelineItem[]): ShortageFigures {
  const seen = new Uint8Array(items.reduce((max, item) => Math.max(max, item.row + 1), 0));
  let products = 0;
  const classes = [0, 0, 0, 0];
  let open = 0;
  let firstReported = Infinity;
  let lastReported = -Infinity;
  let longest: TimelineItem | undefined;
  for (const item of items) {
    const d = item.declaration;
    if (!seen[item.row]) {
      seen[item.row] = 1;
      products++;
    }
    if (d.state === 'open') open++;
    classes[classificationIndex(d.classification)]!++;
    firstReported = Math.min(firstReported, item.reported);
    lastReported = Math.max(lastReported, item.reported);
    if (item.days !== undefined && (!longest || item.days > longest.days!)) longest = item;
  }
  const byClassification = new Map<ShortageClassification, number>();
  CLASSIFICATIONS.forEach((c, i) => classes[i] && byClassification.set(c, classes[i]!));
  return {
    declarations: items.length,
    open,
    closed: items.length - open,
    products,
    ...(items.length ? { firstReported, lastReported } : {}),
    ...(longest ? { longest } : {}),
    byClassification,
  };
}

/**
 * The shortage model shared by the timeline and the overview: declarations → timeline items (a bar
 * each: where it starts, where it ends and why), rows grouped by product, filters with counts, sort
 * orders and the figures of the summary. Pure and fast: the 6,364 real declarations go through
 * `buildTimeline` in a few milliseconds, and a filter or sort change touches only numbers.
 *
 * "Today" is the date the data describe, not the reader's clock (see `referenceDate`): the real
 * export ends in November 2020, and an open declaration must not run six years too long.
 */
import type {
  Provenance,
  ShortageClassification,
  ShortageDeclaration,
  ShortageState,
} from '../data/contract.js';
import { parseIsoDate } from '../i18n/format.js';

export const DAY = 86_400_000;

export const CLASSIFICATIONS: readonly ShortageClassification[] = [
  'rupture',
  'risk',
  'discontinuation',
  'other',
];
export const STATES: readonly ShortageState[] = ['open', 'closed'];
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
  /** Start of the bar (ms): the start date, else the report date. */
  start: number;
  /** False when the report date stands for a missing start date. */
  startKnown: boolean;
  /** End of the bar (ms): the end date, the reference date for open declarations, else `start`. */
  end: number;
  endKind: EndKind;
  /** Latest expected return date (ms) of an open declaration. */
  expected?: number;
  /** Whole days from start to end; undefined when the end is unknown. */
  days?: number;
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
  /** The reference date ("today"), ms at 00:00 UTC. */
  today: number;
  /** True when the reference date is the reader's own today (else: "data as of …"). */
  isToday: boolean;
  /** Earliest start and latest end or expected return (ms); both `today` when there is nothing. */
  first: number;
  last: number;
}

function ms(iso: string | undefined): number | undefined {
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

/** "AMOXICILLINE  Biogaran 500 mg" and "amoxicilline biogaran 500 MG" are one product. */
export function productKey(product: string): string {
  return product.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function atcLevel1(atc: string | undefined): string {
  const letter = atc?.charAt(0).toUpperCase();
  return letter && /[A-Z]/.test(letter) ? letter : NO_ATC;
}

/** Builds the items and rows of a timeline. `today` as given by `referenceDate`. */
export function buildTimeline(
  declarations: readonly ShortageDeclaration[],
  reference: { today: number; isToday: boolean },
): Timeline {
  const { today } = reference;
  const rowsByKey = new Map<string, number>();
  const rows: TimelineRow[] = [];
  const items: TimelineItem[] = [];
  let first = Infinity;
  let last = -Infinity;
  declarations.forEach((d, index) => {
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
    const returns = d.state === 'open' ? [d.expectedReturn?.community, d.expectedReturn?.hospital] : [];
    const expectedTimes = returns.map(ms).filter((t): t is number => t !== undefined);
    const expected = expectedTimes.length ? Math.max(...expectedTimes) : undefined;
    const key = productKey(d.product);
    let rowIndex = rowsByKey.get(key);
    if (rowIndex === undefined) {
      rowIndex = rows.length;
      rowsByKey.set(key, rowIndex);
      rows.push({ key, product: d.product, substance: d.substance, items: [] });
    }
    const item: TimelineItem = {
      declaration: d,
      index,
      start,
      startKnown: declaredStart !== undefined,
      end,
      endKind,
      atc1: atcLevel1(d.atc),
      cause: d.cause || NO_CAUSE,
      row: rowIndex,
    };
    if (expected !== undefined) item.expected = expected;
    if (endKind !== 'unknown') item.days = Math.round((end - start) / DAY);
    items.push(item);
    rows[rowIndex]!.items.push(item);
    first = Math.min(first, start);
    last = Math.max(last, end, expected ?? end);
  });
  for (const row of rows) row.items.sort((a, b) => a.start - b.start || a.index - b.index);
  if (!items.length) first = last = today;
  return { items, rows, today, isToday: reference.isToday, first, last: Math.max(last, today) };
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

/** For each facet, how many items each value would show given the other facets' filters. */
export type FacetCounts = Record<Facet, Map<string, number>>;

function valueOf(item: TimelineItem, facet: Facet): string {
  switch (facet) {
    case 'classification':
      return item.declaration.classification;
    case 'state':
      return item.declaration.state;
    case 'cause':
      return item.cause;
    case 'atc':
      return item.atc1;
  }
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

/** Applies the filters and counts, for every facet value, what choosing it would show. */
export function filterTimeline(timeline: Timeline, filters: ShortageFilters): FilterResult {
  const counts: FacetCounts = {
    classification: new Map(),
    state: new Map(),
    cause: new Map(),
    atc: new Map(),
  };
  const facets: Facet[] = ['classification', 'state', 'cause', 'atc'];
  const items: TimelineItem[] = [];
  for (const item of timeline.items) {
    // Which facets does the item fail? Counting a facet's values ignores that facet's own filter.
    let failed: Facet | undefined;
    let failures = 0;
    for (const facet of facets) {
      if (!passesFacet(item, filters, facet)) {
        failures++;
        failed = facet;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      items.push(item);
      for (const facet of facets) bump(counts[facet], valueOf(item, facet));
    } else if (failures === 1) {
      bump(counts[failed!], valueOf(item, failed!));
    }
  }
  return { items, counts };
}

function passesFacet(item: TimelineItem, filters: ShortageFilters, facet: Facet): boolean {
  switch (facet) {
    case 'classification':
      return !filters.classifications || filters.classifications.includes(item.declaration.classification);
    case 'state':
      return !filters.states || filters.states.includes(item.declaration.state);
    case 'cause':
      return filters.cause === undefined || item.cause === filters.cause;
    case 'atc':
      return filters.atc === undefined || item.atc1 === filters.atc;
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/* ------------------------------------------------------------------------------------- rows */

export type RowSort = 'recent' | 'duration' | 'count' | 'product';
export const ROW_SORTS: readonly RowSort[] = ['recent', 'duration', 'count', 'product'];

/** A row as shown: its product and the items that pass the filters. */
export interface ShownRow {
  row: TimelineRow;
  items: TimelineItem[];
}

const alphabetical = new WeakMap<Timeline, Map<string, Int32Array>>();

/** Alphabetical rank of every row in a language, computed once (a collator is slow on 5,000 names). */
function alphaRanks(timeline: Timeline, locale: string): Int32Array {
  let byLocale = alphabetical.get(timeline);
  if (!byLocale) alphabetical.set(timeline, (byLocale = new Map()));
  let ranks = byLocale.get(locale);
  if (!ranks) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const order = timeline.rows
      .map((_, i) => i)
      .sort((a, b) => collator.compare(timeline.rows[a]!.product, timeline.rows[b]!.product));
    ranks = new Int32Array(timeline.rows.length);
    order.forEach((row, rank) => (ranks![row] = rank));
    byLocale.set(locale, ranks);
  }
  return ranks;
}

/**
 * Rows that hold at least one shown item, sorted:
 * - `recent`: the row whose latest declaration started last comes first;
 * - `duration`: the longest declaration first (unknown durations last);
 * - `count`: the product with the most declarations first;
 * - `product`: alphabetical.
 * Ties fall back to the product name, so the order never depends on the file's order.
 */
export function shownRows(
  timeline: Timeline,
  items: readonly TimelineItem[],
  sort: RowSort,
  locale = 'fr',
): ShownRow[] {
  const byRow = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const list = byRow.get(item.row);
    if (list) list.push(item);
    else byRow.set(item.row, [item]);
  }
  const ranks = alphaRanks(timeline, locale);
  const shown: { entry: ShownRow; key: number; rank: number }[] = [];
  for (const [rowIndex, list] of byRow) {
    list.sort((a, b) => a.start - b.start || a.index - b.index);
    let key = 0;
    switch (sort) {
      case 'recent':
        key = -list[list.length - 1]!.start;
        break;
      case 'duration':
        key = -Math.max(-1, ...list.map((i) => i.days ?? -1));
        break;
      case 'count':
        key = -list.length;
        break;
      case 'product':
        key = 0;
    }
    shown.push({ entry: { row: timeline.rows[rowIndex]!, items: list }, key, rank: ranks[rowIndex]! });
  }
  shown.sort((a, b) => a.key - b.key || a.rank - b.rank);
  return shown.map((s) => s.entry);
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
  const products = new Set<number>();
  const byClassification = new Map<ShortageClassification, number>();
  let open = 0;
  let firstReported = Infinity;
  let lastReported = -Infinity;
  let longest: TimelineItem | undefined;
  for (const item of items) {
    const d = item.declaration;
    products.add(item.row);
    if (d.state === 'open') open++;
    byClassification.set(d.classification, (byClassification.get(d.classification) ?? 0) + 1);
    const reported = ms(d.reported) ?? item.start;
    firstReported = Math.min(firstReported, reported);
    lastReported = Math.max(lastReported, reported);
    if (item.days !== undefined && (!longest || item.days > longest.days!)) longest = item;
  }
  return {
    declarations: items.length,
    open,
    closed: items.length - open,
    products: products.size,
    ...(items.length ? { firstReported, lastReported } : {}),
    ...(longest ? { longest } : {}),
    byClassification,
  };
}

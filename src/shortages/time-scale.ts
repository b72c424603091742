/**
 * The timeline's time axis: which period is shown (zoom and pan, kept inside the data's extent),
 * where a date falls, and which ticks to write — years when the whole period is shown, then
 * quarters and months, then weeks and days as the reader zooms in — in the page's language.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatDate, type DateStyle } from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';
import { DAY } from './dates.js';

/** A period, in ms since the epoch (UTC). */
export interface TimeDomain {
  start: number;
  end: number;
}

/** The shortest period one can zoom into: three weeks. */
export const MIN_SPAN = 21 * DAY;

/**
 * The whole period the timeline can show: from the first day of the month of the earliest start to
 * a little after the latest end, expected return or today, so that the last bar and its end mark
 * are never cut.
 */
export function extentOf(first: number, last: number): TimeDomain {
  const start = utcMonth.floor(new Date(first)).getTime();
  const span = Math.max(last - start, MIN_SPAN);
  return { start, end: start + span + Math.max(15 * DAY, span * 0.015) };
}

/** A domain moved and shrunk as needed to fit in the extent, never shorter than `MIN_SPAN`. */
export function clampDomain(domain: TimeDomain, extent: TimeDomain): TimeDomain {
  const full = extent.end - extent.start;
  const span = Math.min(full, Math.max(Math.min(MIN_SPAN, full), domain.end - domain.start));
  let start = domain.start;
  if (start < extent.start) start = extent.start;
  if (start + span > extent.end) start = extent.end - span;
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (2: twice as close, 0.5: twice as far), keeping the date `anchor` at the same
 * place on screen (the pointer, the focused bar; the centre by default).
 */
export function zoomDomain(
  domain: TimeDomain,
  extent: TimeDomain,
  factor: number,
  anchor = (domain.start + domain.end) / 2,
): TimeDomain {
  const span = domain.end - domain.start;
  const full = extent.end - extent.start;
  const next = Math.min(full, Math.max(Math.min(MIN_SPAN, full), span / factor));
  const ratio = span > 0 ? (anchor - domain.start) / span : 0.5;
  const start = anchor - ratio * next;
  return clampDomain({ start, end: start + next }, extent);
}

/** Moves the domain by `delta` ms (negative: towards the past). */
export function panDomain(domain: TimeDomain, extent: TimeDomain, delta: number): TimeDomain {
  return clampDomain({ start: domain.start + delta, end: domain.end + delta }, extent);
}

/**
 * The smallest move that brings [start, end] into view (with a margin); a period longer than the
 * view is aligned on its start. Returns the domain itself when nothing needs to move.
 */
export function revealDomain(domain: TimeDomain, extent: TimeDomain, start: number, end: number): TimeDomain {
  const span = domain.end - domain.start;
  const margin = span * 0.05;
  if (start >= domain.start && end <= domain.end) return domain;
  let from = domain.start;
  if (end - start > span - 2 * margin || start < domain.start) from = start - margin;
  else if (end > domain.end) from = end + margin - span;
  return clampDomain({ start: from, end: from + span }, extent);
}

/** Same period (within a millisecond)? */
export function sameDomain(a: TimeDomain, b: TimeDomain): boolean {
  return Math.abs(a.start - b.start) < 1 && Math.abs(a.end - b.end) < 1;
}

/** Position of a date on a `width`-pixel axis showing `domain`. */
export function xScale(domain: TimeDomain, width: number): (time: number) => number {
  const k = width / Math.max(1, domain.end - domain.start);
  return (time) => (time - domain.start) * k;
}

export type Granularity = 'year' | 'month' | 'day';

export interface TimeTick {
  time: number;
  x: number;
  /** The tick's label: "2016", "janv.", "3 janv.". */
  label: string;
  /** A second line: the year, under the first tick and wherever the year changes. */
  sub?: string;
}

export interface TimeAxis {
  granularity: Granularity;
  ticks: TimeTick[];
}

const YEAR = 365.25 * DAY;
// Half-year ticks ("janv., juil.") help nobody: after quarters come years.
const CANDIDATES: { step: number; interval: TimeInterval; granularity: Granularity }[] = [
  { step: DAY, interval: utcDay, granularity: 'day' },
  { step: 2 * DAY, interval: utcDay.every(2)!, granularity: 'day' },
  { step: 7 * DAY, interval: utcMonday, granularity: 'day' },
  { step: 14 * DAY, interval: utcMonday.every(2)!, granularity: 'day' },
  { step: YEAR / 12, interval: utcMonth, granularity: 'month' },
  { step: YEAR / 6, interval: utcMonth.every(2)!, granularity: 'month' },
  { step: YEAR / 4, interval: utcMonth.every(3)!, granularity: 'month' },
  { step: YEAR, interval: utcYear, granularity: 'year' },
  { step: 2 * YEAR, interval: utcYear.every(2)!, granularity: 'year' },
  { step: 5 * YEAR, interval: utcYear.every(5)!, granularity: 'year' },
  { step: 10 * YEAR, interval: utcYear.every(10)!, granularity: 'year' },
];
const STYLE: Record<Granularity, DateStyle> = { year: 'year', month: 'month-name', day: 'day-month' };

const widths = new WeakMap<(text: string) => number, Map<string, number>>();

/** The widest tick label of a granularity in a language: every month's name, day 28, a year. */
function widestLabel(lang: Lang, granularity: Granularity, measure: (text: string) => number): number {
  let known = widths.get(measure);
  if (!known) widths.set(measure, (known = new Map()));
  const key = `${lang}|${granularity}`;
  let width = known.get(key);
  if (width === undefined) {
    const samples =
      granularity === 'year'
        ? [new Date(Date.UTC(2020, 0, 1))]
        : Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2020, m, 28)));
    width = Math.max(...samples.map((d) => measure(formatDate(lang, d, STYLE[granularity]))));
    known.set(key, width);
  }
  return width;
}

/**
 * Ticks for `domain` on a `width`-pixel axis: the finest interval whose labels fit side by side
 * with some room between them. `measure` gives a label's width in pixels.
 */
export function timeAxis(
  domain: TimeDomain,
  width: number,
  lang: Lang,
  measure: (text: string) => number,
): TimeAxis {
  const x = xScale(domain, width);
  const perMs = width / Math.max(1, domain.end - domain.start);
  const gap = 12;
  for (const [i, c] of CANDIDATES.entries()) {
    const last = i === CANDIDATES.length - 1;
    // The widest label such ticks may have, known without formatting any of them.
    if (!last && c.step * perMs < widestLabel(lang, c.granularity, measure) + gap) continue;
    const dates = c.interval.range(new Date(domain.start), new Date(domain.end + 1));
    const labels = dates.map((d) => formatDate(lang, d, STYLE[c.granularity]));
    let previousYear: number | undefined;
    const ticks = dates.map((date, k) => {
      const year = date.getUTCFullYear();
      const tick: TimeTick = { time: date.getTime(), x: x(date.getTime()), label: labels[k]! };
      if (c.granularity !== 'year' && year !== previousYear) tick.sub = String(year);
      previousYear = year;
      return tick;
    });
    return { granularity: c.granularity, ticks };
  }
  /* c8 ignore next */
  return { granularity: 'year', ticks: [] };
}

/**
 * "janvier 2018 – décembre 2019" (or with days when the view is shorter than a quarter): months
 * spelled out, the period being announced as well as shown.
 */
export function domainText(lang: Lang, domain: TimeDomain): string {
  const style: DateStyle = domain.end - domain.start < YEAR / 4 ? 'long' : 'month-long';
  return `${formatDate(lang, new Date(domain.start), style)} – ${formatDate(lang, new Date(domain.end), style)}`;
}

/** Rows to draw for a vertical scroll position: the visible ones and a few more each side. */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

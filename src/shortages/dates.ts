/**
 * The dates of the shortage model: a day in milliseconds, the contract's dates read fast, and the
 * reference date ("today"). Apart from the timeline itself because "today" is a decision of its own:
 * it is the date the data describe, not the reader's clock (the real export ends in November 2020,
 * and an open declaration must not run six years too long).
 */
import type { Provenance } from '../data/contract.js';
import { parseIsoDate } from '../data/dates.js';

export const DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * `YYYY-MM-DD` → ms (UTC), read digit by digit: 25,000 dates per file, and a fresh string from a
 * parsed file costs a hash in any cache. Anything else (a date-time, an impossible day) goes through
 * `parseIsoDate`.
 */
export function ms(iso: string | undefined): number | undefined {
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

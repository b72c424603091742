/**
 * Numbers, percentages and dates, always through `Intl` (French: "1 234", "12,5 %", "3 janvier 2026").
 * Formatters are cached per language and options: building one costs far more than using it.
 */
import { parseIsoDate } from '../data/dates.js';
import type { Lang } from './locale.js';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The `Intl` locale of a widget language. */
export const intlLocale = (lang: Lang): string => LOCALES[lang];
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options })));
  return f;
}

/** The formatters used in loops (every bar's name, every table cell), cached by a cheap key. */
const quick = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  const key = `n|${lang}|${maximumFractionDigits}`;
  let f = quick.get(key) as Intl.NumberFormat | undefined;
  if (!f) quick.set(key, (f = numberFormat(lang, { maximumFractionDigits })));
  return f.format(value);
}

/** `ratio` in 0…1 → "12,5 %". One decimal below 10 %, none above, unless told otherwise. */
export function formatPercent(lang: Lang, ratio: number, fractionDigits?: number): string {
  const digits = fractionDigits ?? (Math.abs(ratio) < 0.1 ? 1 : 0);
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** Compact numbers for axes: "1,2 k" / "1.2K". */
export function formatCompact(lang: Lang, value: number): string {
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export type DateStyle =
  'long' | 'medium' | 'short' | 'month' | 'month-long' | 'year' | 'month-name' | 'day-month';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "3 janv. 2019": compact but unambiguous (tooltips, tables). */
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  /** "janvier 2018": a month in a text that is read aloud. */
  'month-long': { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  /** "janv.": month ticks of a time axis (the year is written once below). */
  'month-name': { month: 'short' },
  /** "3 janv.": day ticks of a time axis. */
  'day-month': { day: 'numeric', month: 'short' },
};

export function formatDate(lang: Lang, date: Date | string, style: DateStyle = 'long'): string {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!d) return typeof date === 'string' ? date : '';
  const key = `d|${lang}|${style}`;
  let f = quick.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) quick.set(key, (f = dateFormat(lang, DATE_STYLES[style])));
  return f.format(d);
}

/** A period "2014–2018" when both ends are whole years, else "3 janv. 2014 – 5 mars 2018". */
export function formatPeriod(lang: Lang, start: string, end: string): string {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  if (!s || !e) return `${start} – ${end}`;
  const wholeYears =
    s.getUTCMonth() === 0 && s.getUTCDate() === 1 && e.getUTCMonth() === 11 && e.getUTCDate() === 31;
  if (wholeYears) {
    const a = s.getUTCFullYear();
    const b = e.getUTCFullYear();
    return a === b ? String(a) : `${a}–${b}`;
  }
  return `${formatDate(lang, s, 'long')} – ${formatDate(lang, e, 'long')}`;
}

/** "3 ans et 2 mois" / "45 jours": a duration a reader grasps, never a raw day count above a month. */
export function formatDuration(lang: Lang, days: number): string {
  const unit = (value: number, u: 'day' | 'month' | 'year') => {
    const key = `u|${lang}|${u}`;
    let f = quick.get(key) as Intl.NumberFormat | undefined;
    if (!f)
      quick.set(
        key,
        (f = numberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long', maximumFractionDigits: 0 })),
      );
    return f.format(value);
  };
  if (days < 31) return unit(Math.max(0, days), 'day');
  const months = Math.round(days / 30.44);
  if (months < 12) return unit(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const and = lang === 'fr' ? ' et ' : ' and ';
  return rest ? unit(years, 'year') + and + unit(rest, 'month') : unit(years, 'year');
}

/** A number whose digit groups are joined by a narrow or a no-break space ("18 412", "1 234,5"). */
const GROUPED_NUMBER = /(\d{1,3}(?:[\u202f\u00a0]\d{3})+)/;

/**
 * A text as screen readers should be given it: digit groups joined by an ASCII space. eSpeak NG,
 * NVDA's default voice, reads "18 412" with U+202F (what `Intl` writes in French) or U+00A0 as
 * « dix-huit, quatre cent douze », and with an ASCII space, a full stop or nothing as « dix-huit
 * mille quatre cent douze » (test/node/espeak.test.ts). For accessible names (never drawn); in
 * drawn text, see `spokenNumbers` in src/charts/spoken.ts, which keeps the groups on one line.
 */
export function spokenText(text: string): string {
  return text.replace(/(\d)[\u202f\u00a0](?=\d{3})/g, '$1 ');
}

/** The text cut around its grouped numbers: odd indexes are numbers, already `spokenText`. */
export function splitNumbers(text: string): string[] {
  return text.split(GROUPED_NUMBER).map((part, i) => (i % 2 ? spokenText(part) : part));
}

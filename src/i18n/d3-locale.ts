/**
 * The number and time locales of d3-format / d3-time-format (which Vega uses) for a widget's
 * language, read from `Intl`: without them Vega writes « 1,000 » and « Jan » on a French page.
 * Built once per language, on first use (only `<datamed-vega-chart>` needs them).
 */
import { intlLocale } from './format.js';
import type { Lang } from './locale.js';

export interface NumberLocaleDefinition {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  percent: string;
  minus: string;
}

export interface TimeLocaleDefinition {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: string[];
  shortDays: string[];
  months: string[];
  shortMonths: string[];
}

const cache = new Map<Lang, { number: NumberLocaleDefinition; time: TimeLocaleDefinition }>();

export function d3Locale(lang: Lang): { number: NumberLocaleDefinition; time: TimeLocaleDefinition } {
  let locale = cache.get(lang);
  if (!locale) cache.set(lang, (locale = { number: numberLocale(lang), time: timeLocale(lang) }));
  return locale;
}

function numberLocale(lang: Lang): NumberLocaleDefinition {
  const tag = intlLocale(lang);
  const parts = new Intl.NumberFormat(tag).formatToParts(-1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  // What follows the number in a percentage: « 12 % » in French (narrow no-break space), « 12% » in English.
  const percentParts = new Intl.NumberFormat(tag, { style: 'percent' }).formatToParts(0.12);
  const afterNumber = percentParts.slice(percentParts.findIndex((p) => p.type === 'integer') + 1);
  return {
    decimal: part('decimal', '.'),
    thousands: part('group', ','),
    grouping: [3],
    currency: lang === 'fr' ? ['', '\u00a0€'] : ['€', ''],
    percent: afterNumber.map((p) => p.value).join('') || '%',
    minus: part('minusSign', '-'),
  };
}

function timeLocale(lang: Lang): TimeLocaleDefinition {
  const tag = intlLocale(lang);
  const names = (options: Intl.DateTimeFormatOptions, count: number, day: (i: number) => number) => {
    const f = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
    return Array.from({ length: count }, (_, i) => f.format(day(i)));
  };
  // 5 January 2020 was a Sunday: d3 lists days from Sunday.
  const weekday = (i: number) => Date.UTC(2020, 0, 5 + i);
  const month = (i: number) => Date.UTC(2020, i, 15);
  const period = new Intl.DateTimeFormat(tag, { hour: 'numeric', hour12: true, timeZone: 'UTC' });
  const dayPeriod = (hour: number) =>
    period.formatToParts(Date.UTC(2020, 0, 1, hour)).find((p) => p.type === 'dayPeriod')?.value ?? '';
  return {
    dateTime: lang === 'fr' ? '%A %e %B %Y à %X' : '%A, %e %B %Y at %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: [dayPeriod(9) || 'AM', dayPeriod(21) || 'PM'],
    days: names({ weekday: 'long' }, 7, weekday),
    shortDays: names({ weekday: 'short' }, 7, weekday),
    months: names({ month: 'long' }, 12, month),
    shortMonths: names({ month: 'short' }, 12, month),
  };
}

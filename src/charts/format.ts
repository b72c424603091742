/** How chart values read, in marks, tooltips, accessible names and summaries. */
import { formatNumber, formatPercent, spokenText } from '../i18n/format.js';
import { isOne } from '../i18n/plural.js';
import type { Lang } from '../i18n/locale.js';
import { t } from '../i18n/messages.js';
import { shownSum, type ChartCategory, type ChartData, type ChartValue } from './model.js';

/** The unit of a series: its own, else the chart's. */
export function unitOf(data: ChartData, seriesIndex: number): { one: string; many: string } | undefined {
  return data.series[seriesIndex]?.unit ?? data.unit;
}

/** "1 234 cas" / "1 cas" / "masqué". */
export function countText(lang: Lang, data: ChartData, value: ChartValue, seriesIndex = 0): string {
  if (value.count === null) return t(lang, 'suppressedValue', { threshold: data.threshold });
  const n = formatNumber(lang, value.count);
  const unit = unitOf(data, seriesIndex);
  if (!unit) return n;
  return `${n}\u00a0${isOne(lang, value.count) ? unit.one : unit.many}`;
}

/** The text written beside a bar: "1 234 (12 %)", "12 % (1 234)" when shares are drawn, "masqué", "–". */
export function valueText(lang: Lang, data: ChartData, value: ChartValue): string {
  if (value.missing) return '–';
  if (value.count === null) return t(lang, 'suppressedValue', { threshold: data.threshold });
  const n = formatNumber(lang, value.count);
  if (data.showShares === false || value.share === undefined) return n;
  const share = formatPercent(lang, value.share);
  return data.encoding === 'share'
    ? t(lang, 'valueWithShare', { value: share, share: n })
    : t(lang, 'valueWithShare', { value: n, share });
}

/** "317 cas (33,7 %)" for tooltips and accessible names. */
export function fullValueText(lang: Lang, data: ChartData, value: ChartValue, seriesIndex = 0): string {
  if (value.missing) return t(lang, 'notInData');
  // "valeur masquée", not a bare "masqué": a mark's name reads "Hommes : valeur masquée".
  if (value.count === null) return t(lang, 'suppressedShort', { threshold: data.threshold });
  const count = countText(lang, data, value, seriesIndex);
  if (data.showShares === false || value.share === undefined) return count;
  return t(lang, 'valueWithShare', { value: count, share: formatPercent(lang, value.share, 1) });
}

/** Accessible name of a category's mark: "Femmes : 317 cas (33,7 %)", every series named. */
export function markLabel(lang: Lang, data: ChartData, category: ChartCategory): string {
  const sep = lang === 'fr' ? '\u00a0: ' : ': ';
  const parts =
    data.series.length === 1
      ? [fullValueText(lang, data, category.values[0] ?? { count: null })]
      : data.series.map(
          (s, i) => `${s.label}${sep}${fullValueText(lang, data, category.values[i] ?? { count: null }, i)}`,
        );
  // Stacked parts of a whole: their total first.
  if (data.stacked && data.series.length > 1)
    parts.unshift(`${t(lang, 'total')}${sep}${countText(lang, data, { count: shownSum(category) })}`);
  const drill = category.children?.length ? ` (${t(lang, 'drillHint')})` : '';
  // Digit groups joined by ASCII spaces: the form French voices read whole (spokenText).
  return spokenText(`${category.label}${sep}${parts.join(lang === 'fr' ? '\u00a0; ' : '; ')}${drill}`);
}

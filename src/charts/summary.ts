/**
 * The text summary a screen reader hears before the chart (RGAA 1.6): the total, the largest
 * category and its share, and how many values are hidden. Hidden values never enter a computation.
 */
import { withColon, type Lang } from '../i18n/locale.js';
import { t } from '../i18n/messages.js';
import { countText, fullValueText } from './format.js';
import { shownSum, type ChartData } from './model.js';

export type ChartKind = 'bar' | 'proportion' | 'trend';

export function chartSummary(lang: Lang, data: ChartData, kind: ChartKind): string {
  const sentences =
    kind === 'trend' && data.stacked && data.series.length > 1
      ? stackedSentences(lang, data)
      : summarySentences(lang, data, kind);
  // Ordinary spaces only: the no-break ones keep « 10 551 cas » and « 57,3 % » on one line.
  return sentences.join(' ').replace(/[ \t\n\r]+/g, ' ');
}

/**
 * Stacked parts of a whole: the trend of the totals (first, last, highest), and what each part
 * holds over the whole period.
 */
function stackedSentences(lang: Lang, data: ChartData): string[] {
  const grand = data.categories.reduce((sum, c) => sum + shownSum(c), 0);
  const totals: ChartData = {
    ...data,
    stacked: false,
    showShares: false,
    series: [{ key: 'total', label: data.heading, total: grand }],
    categories: data.categories.map((c) => ({
      key: c.key,
      label: c.label,
      values: [{ count: shownSum(c) }],
    })),
  };
  const sep = lang === 'fr' ? '\u00a0; ' : '; ';
  const parts = data.series.map((s, i) => {
    const sum = data.categories.reduce((total, c) => total + (c.values[i]?.count ?? 0), 0);
    return `${withColon(lang, s.label)} ${countText(lang, data, { count: sum }, i)}`;
  });
  // The grand total, what each part holds, then the trend of the totals (first, last, highest).
  const sentences = [
    t(lang, 'summaryTotal', { total: countText(lang, data, { count: grand }, 0) }),
    t(lang, 'summaryParts', { parts: parts.join(sep) }),
  ];
  const [trend] = summarySentences(
    lang,
    { ...totals, series: [{ ...totals.series[0]!, total: null }] },
    'trend',
  );
  if (trend) sentences.push(trend);
  const hidden = data.categories.reduce((n, c) => n + c.values.filter((v) => v.count === null).length, 0);
  if (hidden) sentences.push(t(lang, 'summaryHidden', { count: hidden, threshold: data.threshold }));
  return sentences;
}

function summarySentences(lang: Lang, data: ChartData, kind: ChartKind): string[] {
  const sentences: string[] = [];
  let hidden = 0;
  data.series.forEach((series, i) => {
    const shown = data.categories.filter(
      (c) => c.values[i] && c.values[i]!.count !== null && !c.values[i]!.missing,
    );
    hidden += data.categories.filter((c) => c.values[i]?.count === null && !c.values[i]?.missing).length;
    if (!shown.length) return;
    // With several series, each one's sentences start with its name.
    const own: string[] = [];
    if (series.total !== null && series.total !== undefined) {
      own.push(t(lang, 'summaryTotal', { total: countText(lang, data, { count: series.total }, i) }));
    }
    const largest = shown.reduce((a, b) => (b.values[i]!.count! > a.values[i]!.count! ? b : a));
    const value = fullValueText(lang, data, largest.values[i]!, i);
    if (kind === 'trend' && shown.length > 1) {
      const first = shown[0]!;
      const last = shown[shown.length - 1]!;
      own.push(
        t(lang, 'summaryRange', {
          first: first.label,
          firstValue: countText(lang, data, first.values[i]!, i),
          last: last.label,
          lastValue: countText(lang, data, last.values[i]!, i),
        }),
      );
      own.push(t(lang, 'summaryLargestTrend', { label: largest.label, value }));
    } else {
      own.push(t(lang, 'summaryLargest', { label: largest.label, value }));
    }
    sentences.push((data.series.length > 1 ? `${withColon(lang, series.label)} ` : '') + own.join(' '));
  });
  if (!sentences.length) sentences.push(t(lang, 'summaryNoData'));
  if (kind === 'bar') sentences.push(t(lang, 'summaryCategories', { count: data.categories.length }));
  if (hidden) sentences.push(t(lang, 'summaryHidden', { count: hidden, threshold: data.threshold }));
  return sentences;
}

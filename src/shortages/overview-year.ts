/**
 * The overview's year selector, as DataMed's shortage page has it: the report years present, the
 * declarations of one year, that year's split by classification (in place of the per-year columns),
 * and the share of declarations with at least one management measure. Pure functions.
 */
import { withShares, type ChartData } from '../charts/model.js';
import type { Provenance } from '../data/contract.js';
import { formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';
import { t } from './messages.js';
import { CLASSIFICATIONS, type TimelineItem } from './model.js';
import { classificationLabel } from './text.js';

const yearOf = (item: TimelineItem) => Number(item.declaration.reported.slice(0, 4));

/** The report years of the declarations, the latest first. */
export function reportYears(items: readonly TimelineItem[]): number[] {
  return [...new Set(items.map(yearOf))].sort((a, b) => b - a);
}

/** The declarations reported in `year`; all of them without a year. */
export function itemsOfYear(
  items: readonly TimelineItem[],
  year: number | undefined,
): readonly TimelineItem[] {
  return year === undefined ? items : items.filter((i) => yearOf(i) === year);
}

/** A `year` attribute → a year the data have, else undefined (« Toutes les années »). */
export function parseYear(value: string | null | undefined, years: readonly number[]): number | undefined {
  const year = Number(value?.trim());
  return Number.isInteger(year) && years.includes(year) ? year : undefined;
}

/**
 * Declarations with at least one management measure (`none`, « aucune mesure », is not one), and
 * the sentence that says their share; undefined without declarations.
 */
export function measureShare(
  lang: Lang,
  items: readonly TimelineItem[],
): { withMeasure: number; total: number; text: string } | undefined {
  if (!items.length) return undefined;
  const withMeasure = items.filter((i) => (i.declaration.measures ?? []).some((m) => m !== 'none')).length;
  const ratio = withMeasure / items.length;
  // Never "100 %" nor "0 %" unless it is exactly so.
  const digits = ratio > 0.99 && ratio < 1 ? 1 : ratio > 0 && ratio < 0.01 ? 2 : undefined;
  return {
    withMeasure,
    total: items.length,
    text: t(lang, 'overviewMeasureShare', { percent: formatPercent(lang, ratio, digits) }),
  };
}

/** One year's declarations by classification (the caller adds the year): a bar per classification present. */
export function classificationsOfYear(
  lang: Lang,
  items: readonly TimelineItem[],
  provenance: Provenance | undefined,
): ChartData {
  const present = CLASSIFICATIONS.filter((c) => items.some((i) => i.declaration.classification === c));
  return withShares({
    heading: t(lang, 'overviewByClassification'),
    caption: t(lang, 'overviewByClassificationCaption'),
    series: [{ key: 'declarations', label: t(lang, 'seriesDeclarations'), total: items.length }],
    categories: present.map((c) => ({
      key: c,
      label: classificationLabel(lang, c),
      values: [{ count: items.filter((i) => i.declaration.classification === c).length }],
    })),
    unit: { one: t(lang, 'unitDeclarationOne'), many: t(lang, 'unitDeclarationMany') },
    threshold: 1,
    ...(provenance ? { provenance } : {}),
  });
}

/** A chart's heading and caption with the year selected. */
export function ofYear(lang: Lang, data: ChartData, year: number | undefined): ChartData {
  if (year === undefined) return data;
  const y = String(year);
  return {
    ...data,
    heading: t(lang, 'overviewInYear', { text: data.heading, year: y }),
    caption: t(lang, 'overviewInYear', { text: data.caption ?? data.heading, year: y }),
  };
}

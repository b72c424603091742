/**
 * What DataMed's shortage page shows, as chart data for the building blocks: declarations per year
 * by classification (stacked columns), the share of closed declarations, the ATC classes (declarations
 * and products), the causes and the management measures. Shortages concern products, not patients:
 * no count is hidden.
 */
import { withShares, type ChartCategory, type ChartData } from '../charts/model.js';
import type { Provenance } from '../data/contract.js';
import { SHORTAGE_STATE_LABELS } from '../data/vocabulary.js';
import { formatNumber, formatPeriod } from '../i18n/format.js';
import { pick, type Lang } from '../i18n/locale.js';
import { t } from './messages.js';
import { CLASSIFICATIONS, classificationIndex, NO_ATC, NO_CAUSE, type TimelineItem } from './model.js';
import { atcLabel, causeLabel, classificationLabel, measureLabel } from './text.js';

/** Key of declarations without any measure. */
export const NO_MEASURE = 'unspecified';

export interface OverviewCharts {
  years: ChartData;
  closed: ChartData;
  atc: ChartData;
  causes: ChartData;
  measures: ChartData;
}

function units(lang: Lang) {
  return {
    declarations: { one: t(lang, 'unitDeclarationOne'), many: t(lang, 'unitDeclarationMany') },
    products: { one: t(lang, 'unitProductOne'), many: t(lang, 'unitProductMany') },
  };
}

/** Counts per key, most frequent first; the keys listed in `last` go to the end in that order. */
function ranked(counts: Map<string, number>, last: string[] = []): [string, number][] {
  return [...counts].sort(
    ([a, x], [b, y]) => last.indexOf(a) - last.indexOf(b) || y - x || (a < b ? -1 : a > b ? 1 : 0),
  );
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * Declarations per report year, one stacked part per classification. The years are those of the
 * data's period (a year without declarations shows 0); the few declarations dated outside it are
 * counted in "Avant 2014" / "Après 2020" columns, and a note says so.
 */
export function declarationsPerYear(
  lang: Lang,
  items: readonly TimelineItem[],
  provenance: Provenance | undefined,
): ChartData {
  const yearOf = (item: TimelineItem) => Number(item.declaration.reported.slice(0, 4));
  const years = items.map(yearOf);
  const first = provenance?.period ? Number(provenance.period.start.slice(0, 4)) : Math.min(...years);
  const last = provenance?.period ? Number(provenance.period.end.slice(0, 4)) : Math.max(...years);
  const present = CLASSIFICATIONS.filter((c) => items.some((i) => i.declaration.classification === c));
  const table = new Map<string, number[]>();
  const keyOf = (year: number) => (year < first ? 'before' : year > last ? 'after' : String(year));
  items.forEach((item, k) => {
    const key = keyOf(years[k]!);
    let row = table.get(key);
    if (!row) table.set(key, (row = present.map(() => 0)));
    row[present.indexOf(item.declaration.classification)]!++;
  });
  const categories: ChartCategory[] = [];
  const add = (key: string, label: string) =>
    categories.push({
      key,
      label,
      values: (table.get(key) ?? present.map(() => 0)).map((count) => ({ count })),
    });
  if (table.has('before')) add('before', t(lang, 'yearBefore', { year: String(first) }));
  for (let year = first; year <= last; year++) add(String(year), String(year));
  if (table.has('after')) add('after', t(lang, 'yearAfter', { year: String(last) }));
  const outside = (table.get('before') ?? []).concat(table.get('after') ?? []).reduce((a, b) => a + b, 0);
  const u = units(lang);
  return {
    heading: t(lang, 'overviewByYear'),
    caption: t(lang, 'overviewByYearCaption'),
    series: present.map((c) => ({
      key: c,
      label: classificationLabel(lang, c),
      total: items.filter((i) => i.declaration.classification === c).length,
      colour: classificationIndex(c),
    })),
    categories,
    unit: u.declarations,
    threshold: 1,
    showShares: false,
    stacked: true,
    ...(outside && provenance?.period
      ? {
          notes: [
            t(lang, 'overviewYearsOutside', {
              count: outside,
              n: formatNumber(lang, outside),
              period: formatPeriod(lang, provenance.period.start, provenance.period.end),
            }),
          ],
        }
      : {}),
    ...(provenance ? { provenance } : {}),
  };
}

export function closedShare(lang: Lang, items: readonly TimelineItem[], provenance?: Provenance): ChartData {
  const closed = items.filter((i) => i.declaration.state === 'closed').length;
  return withShares({
    heading: t(lang, 'overviewClosed'),
    caption: t(lang, 'overviewClosedCaption'),
    series: [{ key: 'declarations', label: t(lang, 'seriesDeclarations'), total: items.length }],
    categories: [
      { key: 'closed', label: pick(lang, SHORTAGE_STATE_LABELS.closed), values: [{ count: closed }] },
      {
        key: 'open',
        label: pick(lang, SHORTAGE_STATE_LABELS.open),
        values: [{ count: items.length - closed }],
      },
    ],
    unit: units(lang).declarations,
    threshold: 1,
    ...(provenance ? { provenance } : {}),
  });
}

/** Declarations and distinct products per ATC level 1 class, the largest first. */
export function atcClasses(lang: Lang, items: readonly TimelineItem[], provenance?: Provenance): ChartData {
  const declarations = new Map<string, number>();
  const products = new Map<string, Set<number>>();
  for (const item of items) {
    bump(declarations, item.atc1);
    let set = products.get(item.atc1);
    if (!set) products.set(item.atc1, (set = new Set()));
    set.add(item.row);
  }
  const allProducts = new Set(items.map((i) => i.row)).size;
  const u = units(lang);
  return withShares({
    heading: t(lang, 'overviewAtc'),
    caption: t(lang, 'overviewAtcCaption'),
    series: [
      { key: 'declarations', label: t(lang, 'seriesDeclarations'), total: items.length },
      {
        key: 'products',
        label: t(lang, 'seriesProducts'),
        total: allProducts,
        role: 'reference',
        unit: u.products,
      },
    ],
    categories: ranked(declarations, [NO_ATC]).map(([letter, count]) => ({
      key: letter,
      label: atcLabel(lang, letter),
      values: [{ count }, { count: products.get(letter)!.size }],
    })),
    unit: u.declarations,
    threshold: 1,
    ...(provenance ? { provenance } : {}),
  });
}

export function causes(lang: Lang, items: readonly TimelineItem[], provenance?: Provenance): ChartData {
  const counts = new Map<string, number>();
  for (const item of items) bump(counts, item.cause);
  return withShares({
    heading: t(lang, 'overviewCauses'),
    caption: t(lang, 'overviewCausesCaption'),
    series: [{ key: 'declarations', label: t(lang, 'seriesDeclarations'), total: items.length }],
    categories: ranked(counts, ['other', NO_CAUSE]).map(([cause, count]) => ({
      key: cause,
      label: causeLabel(lang, cause),
      values: [{ count }],
    })),
    unit: units(lang).declarations,
    threshold: 1,
    ...(provenance ? { provenance } : {}),
  });
}

/** Declarations per measure; one declaration may have several, so shares need not add up. */
export function measures(lang: Lang, items: readonly TimelineItem[], provenance?: Provenance): ChartData {
  const counts = new Map<string, number>();
  let several = false;
  for (const item of items) {
    const list = [...new Set(item.declaration.measures ?? [])];
    if (list.length > 1) several = true;
    if (!list.length) bump(counts, NO_MEASURE);
    for (const m of list) bump(counts, m);
  }
  return withShares({
    heading: t(lang, 'overviewMeasures'),
    caption: t(lang, 'overviewMeasuresCaption'),
    series: [{ key: 'declarations', label: t(lang, 'seriesDeclarations'), base: items.length }],
    categories: ranked(counts, ['other', 'none', NO_MEASURE]).map(([measure, count]) => ({
      key: measure,
      label: measure === NO_MEASURE ? t(lang, 'measureUnspecified') : measureLabel(lang, measure),
      values: [{ count }],
    })),
    unit: units(lang).declarations,
    threshold: 1,
    ...(several ? { notes: [t(lang, 'overviewMeasuresOverlap')] } : {}),
    ...(provenance ? { provenance } : {}),
  });
}

export function overviewCharts(
  lang: Lang,
  items: readonly TimelineItem[],
  provenance: Provenance | undefined,
): OverviewCharts {
  return {
    years: declarationsPerYear(lang, items, provenance),
    closed: closedShare(lang, items, provenance),
    atc: atcClasses(lang, items, provenance),
    causes: causes(lang, items, provenance),
    measures: measures(lang, items, provenance),
  };
}

/**
 * The one data shape every chart building block takes: categories (rows of a table) × series
 * (columns: the substance, a compared substance, treated patients…). Labels are already in the
 * page's language; hidden counts are `null` and never carry a number.
 *
 * - the bar chart draws one row per category, one bar per series;
 * - the proportion chart draws one 100 % bar per series, one segment per category;
 * - the trend chart draws categories along the x axis (years), one column per series.
 */
import type { Provenance } from '../data/contract.js';

export interface ChartSeries {
  key: string;
  label: string;
  /**
   * Total of the series when the categories partition it (cases by sex…). It anchors the shares
   * and the "hidden values" segment of proportion charts: total − shown = what the hidden cells
   * hold together (never less than the threshold, by the privacy rule).
   */
  total?: number | null;
  /** Denominator of the shares when it is not the total (organ classes: the cases their tables count). */
  base?: number | null;
  /** Colour role of the series: `main` (default), `compare`, `reference` (treated patients). */
  role?: 'main' | 'compare' | 'reference';
  /** Unit of this series when it differs from the chart's (treated patients beside cases). */
  unit?: { one: string; many: string };
  /**
   * Stacked parts: position in the categorical palette (colour and pattern), so that a part keeps
   * its look when others are absent (default: the series' position).
   */
  colour?: number;
}

export interface ChartValue {
  /** `null` when hidden by the privacy rule (or missing). */
  count: number | null;
  /** 0…1, when meaningful (computed from the series' base or total). */
  share?: number;
  /** The category does not exist in this series' data (not hidden: absent), e.g. another age band. */
  missing?: boolean;
}

export interface ChartCategory {
  key: string;
  label: string;
  /** One value per series, in the order of `ChartData.series`. */
  values: ChartValue[];
  /** Finer categories shown on drill-down (organ class → sub-groups). */
  children?: ChartCategory[];
}

export interface ChartData {
  heading: string;
  /** One sentence that says what is counted ("Nombre de cas déclarés par sexe"). */
  caption?: string;
  series: ChartSeries[];
  categories: ChartCategory[];
  /** Name of the counted unit, singular and plural ("cas", "patients"). */
  unit?: { one: string; many: string };
  /** Privacy threshold: hidden values are shown as "< threshold". */
  threshold: number;
  /** Notes shown under the chart and the table (e.g. "percentages do not add up to 100"). */
  notes?: string[];
  provenance?: Provenance;
  /** When true, shares are shown beside counts (false for counts without a meaningful base). */
  showShares?: boolean;
  /** Fixed maximum of the value axis, so that two charts compare on the same scale. */
  maxValue?: number;
  /**
   * What the length of a mark shows: the count (default) or the share. Shares compare substances
   * of different sizes on one scale (the compare view) and cases with treated patients.
   */
  encoding?: 'count' | 'share';
  /**
   * Trend chart: the series are parts of one whole (declarations by classification), stacked in one
   * column per period with the total on top, each part with its own colour and pattern.
   */
  stacked?: boolean;
}

/** The number a mark's length or height stands for (count or share), or undefined when hidden. */
export function encoded(data: ChartData, value: ChartValue | undefined): number | undefined {
  if (!value || value.count === null) return undefined;
  return data.encoding === 'share' ? (value.share ?? 0) : value.count;
}

export function isHiddenValue(v: ChartValue | undefined): boolean {
  return !!v && v.count === null;
}

/** Largest shown value of the chart (count or share, by its encoding). */
export function maxShown(data: ChartData): number {
  let max = 0;
  for (const c of data.categories) {
    for (const v of c.values) max = Math.max(max, encoded(data, v) ?? 0);
  }
  return max;
}

/** Sum of the shown counts of a category, across series (the height of a stacked column). */
export function shownSum(category: ChartCategory): number {
  return category.values.reduce((sum, v) => sum + (v.count ?? 0), 0);
}

/** What the hidden cells of a series hold together (total − shown), when the total is known. */
export function hiddenResidual(data: ChartData, seriesIndex: number): number | undefined {
  const total = data.series[seriesIndex]?.total;
  if (total === null || total === undefined) return undefined;
  const shown = data.categories.reduce((sum, c) => sum + (c.values[seriesIndex]?.count ?? 0), 0);
  return Math.max(0, total - shown);
}

/** Shares computed from each series' base (else total), only for shown counts. */
export function withShares(data: ChartData): ChartData {
  const denominators = data.series.map((s) => s.base ?? s.total ?? null);
  const fill = (categories: ChartCategory[]): ChartCategory[] =>
    categories.map((c) => ({
      ...c,
      values: c.values.map((v, i) => {
        const d = denominators[i];
        if (v.missing) return v;
        return v.count !== null && d ? { ...v, share: v.count / d } : { count: v.count };
      }),
      ...(c.children ? { children: fill(c.children) } : {}),
    }));
  return { ...data, categories: fill(data.categories) };
}

/** What a chart function needs besides the data. */
export interface ChartOptions {
  /** Width available, CSS pixels. */
  width: number;
  lang: import('../i18n/locale.js').Lang;
  measure: import('./text.js').Measure;
  /** Font size of labels, CSS pixels. */
  fontSize: number;
  /** Unique prefix for ids inside the SVG (patterns, labels). */
  idPrefix: string;
  /** Index of the mark that holds the tab stop (roving tabindex). */
  focusIndex: number;
  /**
   * Id of the keyboard hint, given as the description of the mark holding the tab stop only (read
   * once on entering the chart, not on each of its marks); none once the reader has used the keys.
   */
  hintId?: string;
}

/** What a chart function returns: the SVG, its height and the number of keyboard-reachable marks. */
export interface ChartRender {
  /** The `svg.chart-svg`, and for the bar chart the HTML rows laid under it (`.chart-rows`), its marks. */
  svg: import('lit').TemplateResult;
  height: number;
  marks: number;
  /** A legend to show above the chart, when the series or categories need one. */
  legend?: import('lit').TemplateResult;
}

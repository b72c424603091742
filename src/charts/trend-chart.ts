/**
 * Small trend chart: one column per period (year), one per series inside it, a value axis with a
 * few grid lines. Values are written on top of the columns whenever they fit; when they do not
 * (many periods on a phone), the first, the last and the highest are, and every value stays in the
 * tooltip, the accessible name and the table.
 *
 * With `stacked` data the series are parts of one whole: one column per period, the parts stacked
 * bottom-up in series order, each with its colour and pattern (`categoricalFill`), the total on top.
 */
import { nothing, svg } from 'lit';
import { formatCompact, formatNumber, formatPercent } from '../i18n/format.js';
import { markLabel, valueText } from './format.js';
import { legend } from './legend.js';
import {
  encoded,
  maxShown,
  shownSum,
  type ChartData,
  type ChartOptions,
  type ChartRender,
  type ChartValue,
} from './model.js';
import { categoricalClass, categoricalFill, categoricalPatternDefs, seriesFill } from './patterns.js';
import { bandScale, linearScale } from './scale.js';
import { chartSvg, focusRing, mark } from './svg.js';

const STUB = 6;

export function trendChart(data: ChartData, o: ChartOptions): ChartRender {
  const fs = o.fontSize;
  const stacked = !!data.stacked;
  const seriesCount = stacked ? 1 : Math.max(1, data.series.length);
  const top = Math.round(fs * 1.5);
  const bottom = Math.round(fs * 1.8);
  const plotHeight = Math.round(Math.min(16 * fs, Math.max(9 * fs, o.width * 0.45)));
  const domainMax =
    data.maxValue ?? ((stacked ? Math.max(0, ...data.categories.map(shownSum)) : maxShown(data)) || 1);
  // Room above the highest column for its value: without it, a round maximum (200 on a 200 top
  // tick) writes its value across the top grid line and beside that line's axis label.
  const headroom = (fs * 1.6) / plotHeight;
  const y = linearScale([0, domainMax * (1 + headroom)], [plotHeight, 0], 4);
  const ticks = y.ticks(4);
  const tick = (v: number) =>
    data.encoding === 'share' ? formatPercent(o.lang, v, 0) : formatCompact(o.lang, v);
  const axisWidth = Math.ceil(Math.max(...ticks.map((v) => o.measure(tick(v))))) + 8;
  const x = bandScale(data.categories.length, [axisWidth, o.width], 0.25, 0.1);
  const band = x.bandwidth;
  const column = band / seriesCount;
  const texts = data.categories.map((c) =>
    stacked
      ? [formatNumber(o.lang, shownSum(c))]
      : data.series.map((_, s) => valueText(o.lang, data, c.values[s] ?? { count: null })),
  );
  const allFit = texts.every((row) => row.every((text) => o.measure(text) + 2 <= column));
  // When values do not fit, label the first, the last and the highest column of each series.
  const highest = allFit
    ? []
    : Array.from({ length: seriesCount }, (_, s) => {
        const counts = data.categories.map((c) =>
          stacked ? shownSum(c) : (encoded(data, c.values[s]) ?? -1),
        );
        return counts.indexOf(Math.max(...counts));
      });
  const labelled = (index: number, s: number): boolean =>
    allFit || index === 0 || index === data.categories.length - 1 || index === highest[s];
  const labelWidths = data.categories.map((c) => o.measure(c.label));
  const xLabelEvery = Math.max(1, Math.ceil(Math.max(...labelWidths) / Math.max(1, x.step - 4)));
  const axisLabels = axisLabelPositions(
    labelWidths.map((width, i) => ({ centre: x.x(i) + band / 2, width })),
    xLabelEvery,
    o.width,
  );

  /** One column of stacked parts (hidden parts cannot be drawn to scale: a hatched stub on top). */
  const stackedColumn = (values: ChartValue[], x0: number, width: number, index: number) => {
    let base = top + plotHeight;
    const parts = values.map((value, s) => {
      if (value.count === null || value.count <= 0) return '';
      const h = Math.max(1, plotHeight - y(value.count));
      base -= h;
      const colour = data.series[s]?.colour ?? s;
      return svg`<rect class="column ${categoricalClass(colour)}" x=${x0 + 1} y=${base} width=${Math.max(1, width - 2)} height=${h} fill=${categoricalFill(o.idPrefix, colour) ?? nothing}></rect>`;
    });
    if (values.some((v) => v.count === null && !v.missing)) {
      base -= STUB;
      parts.push(
        svg`<rect class="column hidden" x=${x0 + 1} y=${base} width=${Math.max(1, width - 2)} height=${STUB} fill="url(#${o.idPrefix}-hatch)"></rect>`,
      );
    }
    const text = texts[index]![0]!;
    const textWidth = o.measure(text);
    if (labelled(index, 0))
      parts.push(
        svg`<text class="value" x=${Math.min(o.width - textWidth / 2, Math.max(textWidth / 2, x0 + width / 2))} y=${base - 4} text-anchor="middle" aria-hidden="true">${text}</text>`,
      );
    return parts;
  };

  /** Side-by-side columns, one per series (a hidden value: a hatched stub of no meaning). */
  const groupedColumns = (values: ChartValue[], x0: number, index: number) =>
    data.series.map((series, s) => {
      const value = values[s] ?? { count: null };
      const hidden = value.count === null && !value.missing;
      const amount = encoded(data, value) ?? 0;
      const h = value.missing ? 0 : hidden ? STUB : Math.max(amount > 0 ? 1 : 0, plotHeight - y(amount));
      const cx = x0 + s * column;
      const fill = hidden ? `url(#${o.idPrefix}-hatch)` : seriesFill(o.idPrefix, series.role);
      const textWidth = o.measure(texts[index]![s]!);
      return svg`<rect class="column ${hidden ? 'hidden' : (series.role ?? 'main')}" x=${cx + 1} y=${top + plotHeight - h} width=${Math.max(1, column - 2)} height=${h} fill=${fill ?? nothing}></rect>
        ${labelled(index, s) ? svg`<text class="value" x=${Math.min(o.width - textWidth / 2, Math.max(textWidth / 2, cx + column / 2))} y=${top + plotHeight - h - 4} text-anchor="middle" aria-hidden="true">${texts[index]![s]}</text>` : nothing}`;
    });

  const marks = data.categories.map((category, index) => {
    const x0 = x.x(index);
    const columns = stacked
      ? stackedColumn(category.values, x0, band, index)
      : groupedColumns(category.values, x0, index);
    return mark(
      o,
      index,
      markLabel(o.lang, data, category),
      svg`<rect class="hit" x=${x0 - (x.step - band) / 2} y="0" width=${x.step} height=${top + plotHeight + bottom}></rect>
      ${focusRing(o, index, x0 - 2, 1, band + 4, top + plotHeight + bottom - 2)}${columns}
      ${axisLabels.has(index) ? svg`<text class="label" x=${axisLabels.get(index)!} y=${top + plotHeight + fs * 1.3} text-anchor="middle" aria-hidden="true">${category.label}</text>` : nothing}`,
    );
  });
  const height = top + plotHeight + bottom;
  const grid = svg`<g class="grid axis" aria-hidden="true">${ticks.map(
    (v) => svg`<line x1=${axisWidth} x2=${o.width} y1=${top + y(v)} y2=${top + y(v)}></line>
      <text x=${axisWidth - 6} y=${top + y(v)} text-anchor="end" dominant-baseline="central">${tick(v)}</text>`,
  )}</g>`;
  return {
    svg: chartSvg(data, o, height, stacked ? svg`${categoricalPatternDefs(o.idPrefix)}${grid}` : grid, marks),
    height,
    marks: data.categories.length,
    ...(data.series.length > 1 ? { legend: legend(o.lang, data, o.idPrefix) } : {}),
  };
}

/**
 * Where the period labels under the columns go (index → centre x). The most recent period is always
 * labelled; going back, a label is kept when it is at least `every` periods before the last one kept
 * and, once kept inside [0, right], does not touch it (values of unlabelled periods stay in the
 * tooltip and the table).
 */
export function axisLabelPositions(
  labels: readonly { centre: number; width: number }[],
  every: number,
  right: number,
  gap = 4,
): Map<number, number> {
  const shown = new Map<number, number>();
  let limit = Infinity; // left edge of the label kept to the right
  let lastKept = Infinity;
  for (let i = labels.length - 1; i >= 0; i--) {
    if (lastKept - i < every) continue;
    const { centre, width } = labels[i]!;
    const x = Math.max(width / 2, Math.min(right - width / 2, centre));
    if (x + width / 2 + gap > limit) continue;
    shown.set(i, x);
    limit = x - width / 2;
    lastKept = i;
  }
  return shown;
}

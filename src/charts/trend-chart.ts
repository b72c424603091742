/**
 * Small trend chart: one column per period (year), one per series inside it, a value axis with a
 * few grid lines. Values are written on top of the columns whenever they fit; when they do not
 * (many periods on a phone), the first, the last and the highest are, and every value stays in the
 * tooltip, the accessible name and the table.
 */
import { nothing, svg } from 'lit';
import { bandScale, linearScale } from './scale.js';
import { formatCompact, formatPercent } from '../i18n/format.js';
import { markLabel, valueText } from './format.js';
import { legend } from './legend.js';
import { encoded, maxShown, type ChartData, type ChartOptions, type ChartRender } from './model.js';
import { seriesFill } from './patterns.js';
import { chartSvg, focusRing, mark } from './svg.js';

const STUB = 6;

export function trendChart(data: ChartData, o: ChartOptions): ChartRender {
  const fs = o.fontSize;
  const seriesCount = Math.max(1, data.series.length);
  const top = Math.round(fs * 1.5);
  const bottom = Math.round(fs * 1.8);
  const plotHeight = Math.round(Math.min(16 * fs, Math.max(9 * fs, o.width * 0.45)));
  const domainMax = data.maxValue ?? (maxShown(data) || 1);
  const y = linearScale([0, domainMax], [plotHeight, 0], 4);
  const ticks = y.ticks(4);
  const tick = (v: number) =>
    data.encoding === 'share' ? formatPercent(o.lang, v, 0) : formatCompact(o.lang, v);
  const axisWidth = Math.ceil(Math.max(...ticks.map((v) => o.measure(tick(v))))) + 8;
  const x = bandScale(data.categories.length, [axisWidth, o.width], 0.25, 0.1);
  const band = x.bandwidth;
  const column = band / seriesCount;
  const texts = data.categories.map((c) =>
    data.series.map((_, s) => valueText(o.lang, data, c.values[s] ?? { count: null })),
  );
  const allFit = texts.every((row) => row.every((text) => o.measure(text) + 2 <= column));
  // When values do not fit, label the first, the last and the highest column of each series.
  const labelled = (index: number, s: number): boolean => {
    if (allFit) return true;
    const counts = data.categories.map((c) => encoded(data, c.values[s]) ?? -1);
    const max = counts.indexOf(Math.max(...counts));
    return index === 0 || index === data.categories.length - 1 || index === max;
  };
  const xLabelEvery = Math.max(
    1,
    Math.ceil(Math.max(...data.categories.map((c) => o.measure(c.label))) / Math.max(1, x.step - 4)),
  );

  const marks = data.categories.map((category, index) => {
    const x0 = x.x(index);
    const columns = data.series.map((series, s) => {
      const value = category.values[s] ?? { count: null };
      const hidden = value.count === null && !value.missing;
      const amount = encoded(data, value) ?? 0;
      const h = value.missing ? 0 : hidden ? STUB : Math.max(amount > 0 ? 1 : 0, plotHeight - y(amount));
      const cx = x0 + s * column;
      const fill = hidden ? `url(#${o.idPrefix}-hatch)` : seriesFill(o.idPrefix, series.role);
      const textWidth = o.measure(texts[index]![s]!);
      return svg`<rect class="column ${hidden ? 'hidden' : (series.role ?? 'main')}" x=${cx + 1} y=${top + plotHeight - h} width=${Math.max(1, column - 2)} height=${h} fill=${fill ?? nothing}></rect>
        ${labelled(index, s) ? svg`<text class="value" x=${Math.min(o.width - textWidth / 2, Math.max(textWidth / 2, cx + column / 2))} y=${top + plotHeight - h - 4} text-anchor="middle" aria-hidden="true">${texts[index]![s]}</text>` : ''}`;
    });
    return mark(
      o,
      index,
      markLabel(o.lang, data, category),
      svg`      <rect class="hit" x=${x0 - (x.step - band) / 2} y="0" width=${x.step} height=${top + plotHeight + bottom}></rect>
      ${focusRing(o, index, x0 - 2, 1, band + 4, top + plotHeight + bottom - 2)}${columns}
      ${index % xLabelEvery === 0 || index === data.categories.length - 1 ? svg`<text class="label" x=${x0 + band / 2} y=${top + plotHeight + fs * 1.3} text-anchor="middle" aria-hidden="true">${category.label}</text>` : ''}`,
    );
  });
  const height = top + plotHeight + bottom;
  const grid = svg`<g class="grid axis" aria-hidden="true">${ticks.map(
    (v) => svg`<line x1=${axisWidth} x2=${o.width} y1=${top + y(v)} y2=${top + y(v)}></line>
      <text x=${axisWidth - 6} y=${top + y(v)} text-anchor="end" dominant-baseline="central">${tick(v)}</text>`,
  )}</g>`;
  return {
    svg: chartSvg(data, o, height, grid, marks),
    height,
    marks: data.categories.length,
    ...(data.series.length > 1 ? { legend: legend(o.lang, data, o.idPrefix) } : {}),
  };
}

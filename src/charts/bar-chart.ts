/**
 * Horizontal bar chart: one row per category, one bar per series (a compared substance adds a
 * dotted bar under each row, on the same scale). Pure: data + options → template.
 *
 * Readable at 320 px: below ~28 em the labels move above the bars and use the full width. Labels
 * wrap (never overlap); the value is written beside every bar, so neither colour nor the tooltip is
 * ever the only carrier of a number. Hidden values get a short hatched stub whose length means
 * nothing, and the text « masqué ».
 *
 * Two layers at the positions computed here:
 * - the bars, in an SVG with no role (`aria-hidden`) that lets the pointer through;
 * - under it, the rows (`.chart-rows`): HTML list items that are the marks (accessible name, tab
 *   stop, hover, focus outline), each holding its label and values; a row with sub-groups shows a
 *   drill-down sign (CSS, class `drill`).
 * Chromium creates and lays out an HTML box faster than an SVG element, most of all a text: an
 * SVG row (group, hit area, bar, texts) made the organ classes most of a profile's render time.
 * Downloads write the texts into the SVG (`src/export/image.ts`).
 */
import { html, isServer, nothing, svg } from 'lit';
import { cssomStyle } from './cssom-style.js';
import { linearScale } from './scale.js';
import { markLabel, valueText } from './format.js';
import { encoded, maxShown, type ChartData, type ChartOptions, type ChartRender } from './model.js';
import { patternsUsed, seriesFill } from './patterns.js';
import { decorativeSvg } from './svg.js';
import { wrapText } from './text.js';
import { legend } from './legend.js';

const STUB = 6;

export function barChart(data: ChartData, o: ChartOptions): ChartRender {
  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.3);
  const narrow = o.width < fs * 28;
  const seriesCount = Math.max(1, data.series.length);
  const barHeight = seriesCount === 1 ? Math.round(fs * 1.4) : Math.round(fs * 1.1);
  const barGap = 3;
  const rowGap = Math.round(fs * 0.75);
  const hasDrill = data.categories.some((c) => c.children?.length);
  const drillWidth = hasDrill ? fs * 1.2 : 0;

  const values = data.categories.map((c) =>
    data.series.map((_, i) => valueText(o.lang, data, c.values[i] ?? { count: null })),
  );
  const valueWidth = Math.ceil(Math.max(0, ...values.flat().map((v) => o.measure(v)))) + 8;
  const labelWidth = narrow
    ? o.width
    : Math.min(
        Math.round(o.width * 0.4),
        Math.ceil(Math.max(0, ...data.categories.map((c) => o.measure(c.label)))) + 12,
      );
  const barX = narrow ? 0 : labelWidth + 8;
  const barSpace = Math.max(24, o.width - barX - valueWidth - drillWidth);
  const domainMax = data.maxValue ?? (maxShown(data) || 1);
  const x = linearScale([0, domainMax], [0, barSpace]);

  /** Where a text of a row goes, from the row's top left (set through the CSSOM: see cssomStyle). */
  const at = (left: number, top: number) => cssomStyle({ left: `${left}px`, top: `${top}px` });
  /**
   * A text of a row: its content as a property in a browser (no Lit marker to create in every
   * row); as text on the server, which sets no property on plain elements.
   */
  const textSpan = (className: string, [left, top]: number[], content: string) =>
    isServer
      ? html`<span class=${className} aria-hidden="true" style=${at(left!, top!)}>${content}</span>`
      : html`<span
          class=${className}
          aria-hidden="true"
          style=${at(left!, top!)}
          .textContent=${content}
        ></span>`;
  const valueSpan = (position: number[], content: string) => textSpan('value', position, content);

  // The bars of one look (class and fill) are one path: far fewer SVG elements for the browser to
  // create, style and paint than a rect per bar, and the bars are only drawn (the rows are the marks).
  const bars = new Map<string, { fill: string | undefined; d: string }>();
  let y = 0;
  const rows = data.categories.map((category, index) => {
    const lines = wrapText(
      category.label,
      narrow ? o.width - drillWidth : labelWidth - 12,
      o.measure,
      narrow ? 3 : 4,
    );
    const labelHeight = lines.length * lineHeight;
    const barsHeight = seriesCount * barHeight + (seriesCount - 1) * barGap;
    const barsTop = narrow ? y + labelHeight + 2 : y + Math.max(0, (labelHeight - barsHeight) / 2);
    const labelTop = narrow ? y : y + Math.max(0, (barsHeight - labelHeight) / 2);
    const rowHeight = narrow ? labelHeight + 2 + barsHeight : Math.max(labelHeight, barsHeight);
    // The row's box, its target for the pointer: the row and half the gaps around it.
    const top = y - rowGap / 2;
    y += rowHeight + rowGap;

    const valuePlaces = data.series.map((series, i) => {
      const value = category.values[i] ?? { count: null };
      const by = barsTop + i * (barHeight + barGap);
      const hidden = value.count === null && !value.missing;
      const amount = encoded(data, value) ?? 0;
      const length = value.missing ? 0 : hidden ? STUB : Math.max(amount > 0 ? 1 : 0, x(amount));
      const fill = hidden ? `url(#${o.idPrefix}-hatch)` : seriesFill(o.idPrefix, series.role);
      const look = `bar ${hidden ? 'hidden' : (series.role ?? 'main')}`;
      const shape = bars.get(look) ?? bars.set(look, { fill, d: '' }).get(look)!;
      shape.d += `M${barX} ${by}h${length}v${barHeight}h${-length}z`;
      return [barX + length + 4, by + (barHeight - lineHeight) / 2 - top];
    });
    // The label and the first value are in the row's template, the other series' values in its
    // child part: a single template instance per row (its creation is most of a long chart's
    // render time). The drill-down sign is drawn by the row's class (CSS).
    const [first, ...more] = valuePlaces; // a chart has a series at least (check-data.ts)
    const others = more.length ? more.map((place, i) => valueSpan(place, values[index]![i + 1]!)) : nothing;
    // No white space between the tags: it would be text nodes to create in every row.
    // prettier-ignore
    return html`<div
      class=${category.children?.length ? 'mark drill' : 'mark'}
      role="listitem"
      tabindex=${index === o.focusIndex ? 0 : -1}
      data-index=${index}
      aria-label=${markLabel(o.lang, data, category)}
      aria-describedby=${(index === o.focusIndex && o.hintId) || nothing}
      style=${cssomStyle({ top: `${top}px`, height: `${rowHeight + rowGap}px` })}
    >${textSpan('label', [0, labelTop - top], lines.join('\n'))}${valueSpan(first!, values[index]![0]!)}${others}</div>`;
  });
  const height = Math.max(1, y - rowGap);
  const label = data.caption ?? data.heading;

  return {
    svg: html`${decorativeSvg(
        o,
        height,
        [...bars].map(
          ([look, { fill, d }]) => svg`<path class=${look} d=${d} fill=${fill ?? nothing}></path>`,
        ),
        patternsUsed(data),
      )}
      <div
        class="chart-rows"
        role="list"
        aria-label=${label}
        style=${cssomStyle({ height: `${height}px`, 'line-height': `${lineHeight}px` })}
      >
        ${rows}
      </div>`,
    height,
    marks: data.categories.length,
    ...(data.series.length > 1 ? { legend: legend(o.lang, data, o.idPrefix) } : {}),
  };
}

/**
 * The timeline's drawing, pure: rows of bars for the rows in view (windowing: 5,000 products cost
 * what 20 cost), and the time axis. SVG, so that every bar is a real, focusable, named element for
 * keyboards and screen readers; a canvas would need a second, hidden structure for them.
 *
 * Each bar is coloured and patterned by classification (`categoricalFill`), and its end says how it
 * ends: a cap for a declared end, an arrow for an open declaration (which runs to the reference
 * date), a dashed box up to an expected return, a diamond when only the start is known.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from '../charts/cssom-style.js';
import { categoricalClass, categoricalFill, categoricalPatternDefs } from '../charts/patterns.js';
import type { Measure } from '../charts/text.js';
import type { Lang } from '../i18n/locale.js';
import { t } from './messages.js';
import { classificationIndex, type TimelineItem } from './model.js';
import type { ShownRow } from './row-order.js';
import { barLabel } from './text.js';
import { xScale, type TimeAxis, type TimeDomain } from './time-scale.js';

/** Vertical metrics of a row, from the font size: the product's name above a lane of bars. */
export interface RowMetrics {
  rowHeight: number;
  labelBaseline: number;
  laneTop: number;
  barTop: number;
  barHeight: number;
}

export function rowMetrics(fontSize: number): RowMetrics {
  const rowHeight = Math.round(fontSize * 3);
  const laneTop = Math.round(fontSize * 1.35);
  const barHeight = Math.round(fontSize * 1.05);
  return {
    rowHeight,
    labelBaseline: Math.round(fontSize * 1.05),
    laneTop,
    barTop: laneTop + Math.round((rowHeight - laneTop - barHeight) / 2),
    barHeight,
  };
}

export interface TimelineLayout {
  lang: Lang;
  width: number;
  fontSize: number;
  measure: Measure;
  /** Measures bold text (the product names). */
  boldMeasure: Measure;
  metrics: RowMetrics;
  domain: TimeDomain;
  today: number;
  /** Prefix of ids (patterns) inside the shadow root. */
  idPrefix: string;
  /** Write the substance after the product (not when the whole timeline is one substance). */
  showSubstance: boolean;
}

/** A row to draw and its position in the list of shown rows. */
export interface DrawnRow {
  row: ShownRow;
  position: number;
}

export interface Focus {
  /** Item holding the tab stop (its `index`). */
  id: number | undefined;
  /** Position of each drawn item among all shown items (1-based), and their number. */
  positionOf: (item: TimelineItem) => number;
  total: number;
}

const fitted = new Map<string, string>();

/**
 * Cuts a text to a width, with an ellipsis. Starts from the proportional guess, so a long name costs
 * two or three measures, not a binary search; results are remembered (rows are drawn again at every
 * zoom and scroll frame).
 */
export function fitText(text: string, width: number, measure: Measure): string {
  const key = `${Math.round(width)}|${text}`;
  let fit = fitted.get(key);
  if (fit !== undefined) return fit;
  const full = measure(text);
  if (full <= width) fit = text;
  else {
    let n = Math.max(0, Math.min(text.length - 1, Math.floor((text.length * width) / full)));
    while (n > 0 && measure(`${text.slice(0, n).trimEnd()}…`) > width) n--;
    while (n + 1 < text.length && measure(`${text.slice(0, n + 1).trimEnd()}…`) <= width) n++;
    fit = `${text.slice(0, n).trimEnd()}…`;
  }
  if (fitted.size > 5000) fitted.clear();
  fitted.set(key, fit);
  return fit;
}

/** Geometry of one bar on screen (x clamped a little outside the view, so huge zooms stay cheap). */
export function barGeometry(item: TimelineItem, layout: TimelineLayout) {
  const x = xScale(layout.domain, layout.width);
  const clamp = (v: number) => Math.min(layout.width + 40, Math.max(-40, v));
  const x0 = clamp(x(item.start));
  const x1 = clamp(x(item.end));
  const expected = item.expected !== undefined ? clamp(x(item.expected)) : undefined;
  return {
    x0,
    x1: Math.max(x1, x0 + (item.endKind === 'unknown' ? 0 : 2)),
    expected,
    today: clamp(x(layout.today)),
  };
}

function barShape(item: TimelineItem, layout: TimelineLayout): SVGTemplateResult {
  const { barTop: y, barHeight: h } = layout.metrics;
  const { x0, x1, expected, today } = barGeometry(item, layout);
  const index = classificationIndex(item.declaration.classification);
  const cls = `bar-shape ${categoricalClass(index)}`;
  const fill = categoricalFill(layout.idPrefix, index) ?? nothing;
  if (item.endKind === 'unknown') {
    const r = h / 2 + 1;
    return svg`<path class=${`${cls} point`} d="M${x0} ${y + h / 2 - r}L${x0 + r} ${y + h / 2}L${x0} ${y + h / 2 + r}L${x0 - r} ${y + h / 2}Z" fill=${fill}></path>`;
  }
  const bar = svg`<rect class=${cls} x=${x0} y=${y} width=${x1 - x0} height=${h} fill=${fill}></rect>`;
  if (item.endKind === 'end') {
    return svg`${bar}<line class="end-cap" x1=${x1} x2=${x1} y1=${y - 2} y2=${y + h + 2}></line>`;
  }
  // Open: an arrow at the reference date; the expected return, when later, as a dashed box.
  const arrow = svg`<path class="open-end" d="M${x1} ${y - 2}L${x1 + h * 0.55} ${y + h / 2}L${x1} ${y + h + 2}Z"></path>`;
  let planned: SVGTemplateResult | string = '';
  if (expected !== undefined && expected > today + 1) {
    planned = svg`<rect class="expected" x=${x1 + h * 0.55} y=${y + 1} width=${Math.max(2, expected - x1 - h * 0.55)} height=${h - 2}></rect>
      <line class="expected-tick" x1=${expected} x2=${expected} y1=${y - 3} y2=${y + h + 3}></line>`;
  } else if (expected !== undefined) {
    planned = svg`<line class="expected-tick" x1=${expected} x2=${expected} y1=${y - 3} y2=${y + h + 3}></line>`;
  }
  return svg`${bar}${planned}${arrow}`;
}

function barMark(item: TimelineItem, layout: TimelineLayout, focus: Focus): SVGTemplateResult {
  const { laneTop, rowHeight, barHeight } = layout.metrics;
  const { x0, x1, expected } = barGeometry(item, layout);
  const right = Math.max(x1 + (item.endKind === 'open' ? barHeight * 0.55 : 0), expected ?? 0);
  const left = item.endKind === 'unknown' ? x0 - barHeight / 2 - 1 : x0;
  const end = item.endKind === 'unknown' ? x0 + barHeight / 2 + 1 : right;
  // The target, also the focus ring: at least 24 px wide (WCAG 2.5.8), centred on short bars.
  const hitWidth = Math.max(24, end - left + 6);
  const hitX = (left + end) / 2 - hitWidth / 2;
  return svg`<g class="mark bar-mark" role="listitem" tabindex=${item.index === focus.id ? 0 : -1} data-id=${item.index} aria-label=${barLabel(layout.lang, item)} aria-posinset=${focus.positionOf(item)} aria-setsize=${focus.total}>
    <rect class="hit" x=${hitX} y=${laneTop + 1} width=${hitWidth} height=${rowHeight - laneTop - 2} rx="3"></rect>${barShape(item, layout)}
  </g>`;
}

function rowContent(drawn: DrawnRow, layout: TimelineLayout, focus: Focus): SVGTemplateResult {
  const { row, items } = drawn.row;
  const { rowHeight, labelBaseline, barTop, barHeight } = layout.metrics;
  // The product in bold, cut to the width if need be; the substance after it when there is room.
  const room = layout.width - 8;
  const product = fitText(row.product, room, layout.boldMeasure);
  const left = room - layout.boldMeasure(product);
  const sub =
    layout.showSubstance && row.substance && product === row.product && left > 40
      ? fitText(` · ${row.substance}`, left, layout.measure)
      : '';
  const before = items.some((i) => Math.max(i.end, i.expected ?? 0) < layout.domain.start);
  const after = items.some((i) => i.start > layout.domain.end);
  const arrowY = barTop + barHeight / 2;
  // role="none": the bars are the list's items, not items of an unnamed group in between.
  return svg`<g class="row ${drawn.position % 2 ? 'odd' : 'even'}" role="none" transform="translate(0 ${drawn.position * rowHeight})">
    ${drawn.position % 2 ? svg`<rect class="row-bg" x="0" y="0" width=${layout.width} height=${rowHeight}></rect>` : ''}
    <text class="row-label" x="4" y=${labelBaseline} aria-hidden="true">${product}${sub ? svg`<tspan class="row-sub">${sub}</tspan>` : ''}</text>
    ${before ? svg`<path class="more" d="M2 ${arrowY}L9 ${arrowY - 5}L9 ${arrowY + 5}Z" aria-hidden="true"></path>` : ''}
    ${after ? svg`<path class="more" d="M${layout.width - 2} ${arrowY}L${layout.width - 9} ${arrowY - 5}L${layout.width - 9} ${arrowY + 5}Z" aria-hidden="true"></path>` : ''}
    ${repeat(
      items,
      (item) => item.index,
      (item) => barMark(item, layout, focus),
    )}
  </g>`;
}

/**
 * The rows in view (and the focused one, wherever it is), in an SVG as tall as every shown row:
 * the scroll bar tells the truth, and only what is drawn costs anything.
 */
export function timelineRowsSvg(
  drawn: DrawnRow[],
  rowCount: number,
  axis: TimeAxis,
  layout: TimelineLayout,
  focus: Focus,
  caption: string,
): TemplateResult {
  const { rowHeight } = layout.metrics;
  const top = drawn.length ? Math.min(...drawn.map((d) => d.position)) * rowHeight : 0;
  const bottom = Math.max(
    top + 1,
    drawn.length ? (Math.max(...drawn.map((d) => d.position)) + 1) * rowHeight : 0,
  );
  const todayX = xScale(layout.domain, layout.width)(layout.today);
  void rowCount;
  // Only as tall as the rows drawn, moved to where they are in the scrolling list (its spacer is as
  // tall as every row): layout and paint then cost what the visible rows cost.
  return html`<svg
    class="rows-svg"
    width=${layout.width}
    height=${bottom - top}
    viewBox="0 ${top} ${layout.width} ${bottom - top}"
    style=${cssomStyle({ transform: `translateY(${top}px)` })}
    role="none"
  >
    ${categoricalPatternDefs(layout.idPrefix)}
    <g class="grid" aria-hidden="true">
      ${axis.ticks.map((tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${top} y2=${bottom}></line>`)}
    </g>
    <g role="list" aria-label=${caption}>
      ${repeat(
        drawn,
        (d) => d.row.row.key,
        (d) => rowContent(d, layout, focus),
      )}
    </g>
    ${
      todayX >= 0 && todayX <= layout.width
        ? svg`<line class="today-line" x1=${todayX} x2=${todayX} y1=${top} y2=${bottom} aria-hidden="true"></line>`
        : ''
    }
  </svg>`;
}

/**
 * The time axis above the rows: the reference date's label on top, then the ticks, then the
 * years under month and day ticks. Hidden from screen readers: the period shown is said in words.
 */
/** Height of the time axis: a line for "today", one for the ticks, one for the years. */
export function axisHeight(fontSize: number): number {
  return Math.round(fontSize * 1.3) * 3 + 6;
}

export function timelineAxisSvg(axis: TimeAxis, layout: TimelineLayout, todayLabel: string): TemplateResult {
  const fs = layout.fontSize;
  const lineHeight = Math.round(fs * 1.3);
  const height = axisHeight(fs);
  const todayX = xScale(layout.domain, layout.width)(layout.today);
  /** A label centred on its tick, kept inside the axis; left and right edges for overlap checks. */
  const place = (x: number, text: string) => {
    const w = layout.measure(text);
    if (x - w / 2 < 0)
      return { x: Math.max(0, x), anchor: 'start', left: Math.max(0, x), right: Math.max(0, x) + w };
    if (x + w / 2 > layout.width) {
      const end = Math.min(layout.width, x);
      return { x: end, anchor: 'end', left: end - w, right: end };
    }
    return { x, anchor: 'middle', left: x - w / 2, right: x + w / 2 };
  };
  const todayText = place(todayX, todayLabel);
  const ticks = axis.ticks.filter((tick) => tick.x >= -1 && tick.x <= layout.width + 1);
  // A label pushed inside at an edge must not cover its neighbour: it is then left out.
  let labelEnd = -Infinity;
  let subEnd = -Infinity;
  return html`<svg class="axis-svg" width=${layout.width} height=${height} aria-hidden="true">
    ${ticks.map((tick) => {
      const label = place(tick.x, tick.label);
      const showLabel = label.left >= labelEnd + 4;
      if (showLabel) labelEnd = label.right;
      const sub = tick.sub ? place(tick.x, tick.sub) : undefined;
      const showSub = !!sub && sub.left >= subEnd + 4;
      if (showSub) subEnd = sub.right;
      return svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${lineHeight + 4} y2=${height}></line>
        ${showLabel ? svg`<text class="tick-label" x=${label.x} y=${lineHeight * 2} text-anchor=${label.anchor}>${tick.label}</text>` : ''}
        ${showSub ? svg`<text class="tick-sub" x=${sub!.x} y=${lineHeight * 3} text-anchor=${sub!.anchor}>${tick.sub}</text>` : ''}`;
    })}
    ${
      todayX >= 0 && todayX <= layout.width
        ? svg`<text class="today-label" x=${todayText.x} y=${lineHeight - 2} text-anchor=${todayText.anchor}>${todayLabel}</text>
        <line class="today-line" x1=${todayX} x2=${todayX} y1=${lineHeight} y2=${height}></line>`
        : ''
    }
  </svg>`;
}

/** How to read the bars, with the same glyphs as the bars. */
export function barLegend(lang: Lang, todayLabel: string): TemplateResult {
  const glyph = (content: SVGTemplateResult) =>
    html`<svg class="glyph" width="34" height="16" viewBox="0 0 34 16" aria-hidden="true">${content}</svg>`;
  return html`<ul class="legend bar-legend" aria-label=${t(lang, 'legendBars')}>
    <li>
      ${glyph(svg`<rect class="bar-shape cat-0" x="2" y="3" width="26" height="10"></rect><line class="end-cap" x1="28" x2="28" y1="1" y2="15"></line>`)}
      <span>${t(lang, 'legendEnd')}</span>
    </li>
    <li>
      ${glyph(svg`<rect class="bar-shape cat-0" x="2" y="3" width="22" height="10"></rect><path class="open-end" d="M24 1L30 8L24 15Z"></path>`)}
      <span>${t(lang, 'legendOpen')}</span>
    </li>
    <li>
      ${glyph(svg`<rect class="expected" x="2" y="4" width="26" height="8"></rect><line class="expected-tick" x1="28" x2="28" y1="1" y2="15"></line>`)}
      <span>${t(lang, 'legendExpected')}</span>
    </li>
    <li>
      ${glyph(svg`<path class="bar-shape cat-0 point" d="M17 2L23 8L17 14L11 8Z"></path>`)}
      <span>${t(lang, 'legendUnknownEnd')}</span>
    </li>
    <li>
      ${glyph(svg`<line class="today-line" x1="17" x2="17" y1="0" y2="16"></line>`)}
      <span>${todayLabel}</span>
    </li>
  </ul>`;
}

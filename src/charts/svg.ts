/** The SVG scaffolding every chart shares: the outer element and the keyboard-reachable marks. */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartData, ChartOptions } from './model.js';
import { patternDefs, patternsUsed, type PatternUse } from './patterns.js';

/**
 * The chart's `<svg>`: a group holding the patterns its marks use, a background layer (grid, row
 * texts) and the named list of marks that screen readers and the keyboard go through. The group
 * itself has no name: a reader would say the list's name twice.
 */
export function chartSvg(
  data: ChartData,
  o: ChartOptions,
  height: number,
  background: unknown,
  marks: unknown[],
  patterns: PatternUse = patternsUsed(data),
): TemplateResult {
  const label = data.caption ?? data.heading;
  return html`<svg
    class="chart-svg"
    width=${o.width}
    height=${height}
    viewBox="0 0 ${o.width} ${height}"
    role="group"
  >
    ${patternDefs(o.idPrefix, patterns)}${background}
    <g role="list" aria-label=${label}>${marks}</g>
  </svg>`;
}

/**
 * A chart's `<svg>` that only draws (the bar chart's bars): no role, hidden from screen readers,
 * the pointer going through it to the HTML marks underneath.
 */
export function decorativeSvg(
  o: ChartOptions,
  height: number,
  content: unknown,
  patterns: PatternUse,
): TemplateResult {
  return html`<svg
    class="chart-svg drawing"
    width=${o.width}
    height=${height}
    viewBox="0 0 ${o.width} ${height}"
    aria-hidden="true"
  >
    ${patternDefs(o.idPrefix, patterns)}${content}
  </svg>`;
}

/** One mark: a list item with its accessible name, holding the tab stop when it is the focused one. */
export function mark(o: ChartOptions, index: number, label: string, content: unknown): SVGTemplateResult {
  return svg`<g class="mark" role="listitem" tabindex=${index === o.focusIndex ? 0 : -1} data-index=${index} aria-label=${label}
    aria-describedby=${(index === o.focusIndex && o.hintId) || nothing}>${content}</g>`;
}

/**
 * Wrapped text: one `<tspan>` per line, the first line's baseline a little below `y`. A single line
 * (most labels) needs no `<tspan>`: fewer nodes to create and lay out.
 */
export function textLines(
  className: string,
  y: number,
  lines: string[],
  lineHeight: number,
): SVGTemplateResult {
  return svg`<text class=${className} x="0" y=${lineY(y, lines, lineHeight)} aria-hidden="true">${lineContent(lines, lineHeight)}</text>`;
}

/** The `y` of a `<text>` holding `lines` whose box starts at `top` (see `lineContent`). */
export function lineY(top: number, lines: string[], lineHeight: number): number {
  return lines.length === 1 ? top + lineHeight * 0.8 : top;
}

/** The content of a `<text>` at `lineY`: the line itself, or one `<tspan>` per line. */
export function lineContent(lines: string[], lineHeight: number): unknown {
  return lines.length === 1
    ? lines[0]
    : lines.map((line, i) => svg`<tspan x="0" dy=${i === 0 ? lineHeight * 0.8 : lineHeight}>${line}</tspan>`);
}

/**
 * The focus ring of a mark, drawn only on the mark that holds the tab stop: keyboard focus can be
 * nowhere else, and the other marks stay lighter.
 */
export function focusRing(
  o: ChartOptions,
  index: number,
  x: number,
  y: number,
  width: number,
  height: number,
): SVGTemplateResult | typeof nothing {
  return index === o.focusIndex
    ? svg`<rect class="ring" x=${x} y=${y} width=${width} height=${height} rx="3"></rect>`
    : nothing;
}

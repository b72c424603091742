import { css } from 'lit';

/**
 * Styles of the chart building blocks. Marks take their colours from tokens through CSS (never
 * inline styles: a strict CSP forbids them), so themes, dark mode and forced colours apply.
 */
export const chartStyles = css`
  :host {
    --datamed-body-min-height: 12rem;
  }
  .summary {
    margin: 0 0 var(--datamed-space);
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
  }
  .chart-area {
    position: relative;
    width: 100%;
    min-height: 4rem;
    font-size: var(--datamed-chart-font-size, 0.875rem);
  }
  /* The server's two drawings (src/ssr/server-views.ts); its <style> picks one. */
  .chart-area.server {
    container: datamed-chart / inline-size;
    overflow-x: auto;
  }
  .server-narrow {
    display: none;
  }
  .chart-svg {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .label,
  .value,
  .axis text,
  .segment-text {
    font-size: var(--datamed-chart-font-size, 0.875rem);
    fill: var(--datamed-color-text);
    unicode-bidi: isolate;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  /*
   * The bar chart: its bars in an SVG that only draws, over HTML rows that are its marks, each
   * row and text placed by the chart function.
   */
  .chart-svg.drawing {
    position: relative;
    z-index: 1;
    pointer-events: none;
  }
  .chart-rows {
    position: absolute;
    inset: 0 0 auto;
  }
  .chart-rows > .mark {
    position: absolute;
    left: 0;
    right: 0;
    border-radius: 3px;
    /*
     * Every row is laid out and painted, in view or not: a full-page capture, a printout or a
     * reader's text spacing (WCAG 1.4.12, a label taller than its row) must find every label
     * whole. (Skipping rows out of view, content-visibility: auto, saved a fraction of a
     * millisecond per render, and cut labels.)
     */
  }
  .chart-rows > .mark:hover {
    background: var(--datamed-color-surface);
  }
  .chart-rows > .mark:focus-visible {
    outline: var(--datamed-focus-width) solid var(--datamed-color-focus);
  }
  .chart-rows span {
    position: absolute;
    white-space: pre;
  }
  /*
   * The drill-down sign of a row with sub-groups, centred in the strip the chart function keeps for
   * it at the right: 1.2 × the chart's font size (0.84 of its own 1.43 em). Not one of the chart's
   * texts (downloads leave it out); screen readers have the row's name, which says it.
   */
  .chart-rows > .drill::after {
    /* The second, with an empty text for screen readers, where understood (not before Safari 17.4). */
    content: '›';
    content: '›' / '';
    position: absolute;
    top: 50%;
    right: 0;
    width: 0.84em;
    translate: 0 -50%;
    font-size: 1.43em;
    font-weight: 700;
    text-align: center;
    color: var(--datamed-color-primary);
  }
  .bar.main,
  .column.main {
    fill: var(--datamed-series-1);
  }
  .segment {
    stroke: var(--datamed-color-bg);
    stroke-width: 1.5;
  }
  .cat-0 {
    fill: var(--datamed-series-1);
  }
  .cat-1 {
    fill: var(--datamed-series-2);
  }
  .cat-2 {
    fill: var(--datamed-series-3);
  }
  .cat-3 {
    fill: var(--datamed-series-4);
  }
  .cat-4 {
    fill: var(--datamed-series-5);
  }
  .cat-5 {
    fill: var(--datamed-series-6);
  }
  .cat-female {
    fill: var(--datamed-color-female);
  }
  .cat-male {
    fill: var(--datamed-color-male);
  }
  .cat-unknown {
    fill: var(--datamed-color-unknown);
  }
  .cat-serious,
  .cat-with {
    fill: var(--datamed-series-2);
  }
  .cat-non-serious,
  .cat-without {
    fill: var(--datamed-series-1);
  }
  .segment-text {
    fill: var(--datamed-color-on-primary);
    font-weight: 700;
  }
  .bar.hidden,
  .column.hidden,
  .segment.hidden {
    stroke: var(--datamed-color-text-muted);
    stroke-width: 1;
  }
  .pattern-bg {
    fill: var(--datamed-color-bg);
  }
  .pattern-line {
    stroke: var(--datamed-color-text-muted);
  }
  .pattern-fill-compare {
    fill: var(--datamed-color-compare);
  }
  .pattern-dot {
    fill: var(--datamed-color-bg);
  }
  .pattern-fill-reference {
    fill: var(--datamed-series-3);
  }
  .pattern-stripe {
    stroke: var(--datamed-color-bg);
  }
  /* Categorical patterns (stacked parts, shortage classifications): lines in the background colour. */
  .pattern-cat-line {
    stroke: var(--datamed-color-bg);
    fill: none;
  }
  .pattern-cat-dot {
    fill: var(--datamed-color-bg);
  }
  /* Stacked parts: a thin background-coloured seam between them. */
  .column.cat-0,
  .column.patterned {
    stroke: var(--datamed-color-bg);
    stroke-width: 1;
  }
  .bar.compare,
  .bar.reference,
  .column.compare,
  .column.reference {
    stroke: var(--datamed-color-text);
    stroke-width: 0.5;
  }
  .grid line {
    stroke: var(--datamed-color-grid);
  }
  .axis line,
  .axis path {
    stroke: var(--datamed-color-border);
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
    stroke: none;
  }
  .mark {
    cursor: default;
    outline: none;
  }
  .mark:focus-visible .ring {
    stroke: var(--datamed-color-focus);
    stroke-width: var(--datamed-focus-width);
  }
  .mark:hover .hit {
    fill: var(--datamed-color-surface);
  }
  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: min(18rem, 100%);
    padding: 0.375rem 0.625rem;
    background: var(--datamed-color-text);
    color: var(--datamed-color-bg);
    border-radius: var(--datamed-radius);
    font-size: 0.8125rem;
    line-height: 1.4;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    pointer-events: auto;
  }
  .tooltip strong,
  .tip-row {
    display: block;
    overflow-wrap: anywhere;
  }
  .tip-hint {
    font-style: italic;
  }
  /* The keyboard hint shows while the chart has the focus; screen readers get it as the marks' description. */
  .hint {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .chart-area:focus-within + .hint {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip: auto;
    white-space: normal;
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    color: var(--datamed-color-text-muted);
  }
  .back {
    margin-bottom: var(--datamed-space);
  }
  .notice {
    color: var(--datamed-color-error);
    font-size: 0.875rem;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--datamed-space);
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .defs {
    position: absolute;
  }
  .swatch {
    flex: none;
  }
  .swatch rect {
    stroke: var(--datamed-color-text);
    stroke-width: 0.5;
  }
  @media (forced-colors: active) {
    .bar.main,
    .column.main {
      fill: CanvasText;
    }
    /* Segments become outlined boxes with their share written inside. */
    .segment {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .pattern-bg,
    .pattern-dot {
      fill: Canvas;
    }
    .pattern-line {
      stroke: CanvasText;
    }
    /* Treated patients stay striped: Canvas lines on a CanvasText fill (else a solid bar). */
    .pattern-stripe {
      stroke: Canvas;
    }
    .pattern-fill-compare,
    .pattern-fill-reference {
      fill: CanvasText;
    }
    /* Categorical marks: solid text colour, told apart by their patterns of Canvas lines. */
    .column.cat-0,
    .swatch .cat-0,
    .pattern-cat-fill {
      fill: CanvasText;
    }
    .pattern-cat-line {
      stroke: Canvas;
    }
    .pattern-cat-dot {
      fill: Canvas;
    }
    .label,
    .value,
    .axis text,
    .segment-text {
      fill: CanvasText;
    }
    .mark:focus-visible .ring {
      stroke: Highlight;
    }
    .chart-rows > .mark:focus-visible {
      outline-color: Highlight;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }
  }
`;

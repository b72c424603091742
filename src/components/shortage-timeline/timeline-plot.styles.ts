import { css } from 'lit';

/**
 * The styles of the timeline's plot (timeline-plot.view.ts): the scrolling rows, the SVG of the rows
 * and of the time axis, the bars and their focus, the tooltip and the legend, with their forced
 * colours. After the element's other styles, so that their order in the cascade stays the same.
 */
export const timelinePlotStyles = css`
  .plot {
    position: relative;
    /* Vertical swipes scroll the rows; horizontal drags and pinches belong to the timeline. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    font-size: var(--datamed-chart-font-size, 0.875rem);
  }
  .viewport {
    position: relative;
    overflow-x: hidden;
    overflow-y: auto;
    max-height: var(--datamed-timeline-max-height, min(28rem, 70vh));
    overscroll-behavior: contain;
    border-block: 1px solid var(--datamed-color-grid);
  }
  .spacer {
    position: relative;
    min-height: 1px;
  }
  .spacer > .rows-svg {
    position: absolute;
    top: 0;
    left: 0;
  }
  .rows-svg,
  .axis-svg {
    display: block;
    overflow: hidden;
    font-family: inherit;
  }
  .row-bg {
    fill: transparent;
  }
  .row.odd .row-bg {
    fill: var(--datamed-color-surface);
  }
  .row-label {
    font-size: var(--datamed-chart-font-size, 0.875rem);
    font-weight: 700;
    fill: var(--datamed-color-text);
    unicode-bidi: isolate;
  }
  .row-sub {
    font-weight: 400;
    fill: var(--datamed-color-text-muted);
  }
  .bar-shape {
    stroke: var(--datamed-color-text);
    stroke-width: 0.75;
  }
  .end-cap {
    stroke: var(--datamed-color-text);
    stroke-width: 2;
  }
  .open-end {
    fill: var(--datamed-color-text);
  }
  .expected {
    fill: none;
    stroke: var(--datamed-color-text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .expected-tick {
    stroke: var(--datamed-color-text);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .more {
    fill: var(--datamed-color-text-muted);
  }
  .today-line {
    stroke: var(--datamed-color-accent);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .today-label {
    fill: var(--datamed-color-accent);
    font-weight: 700;
    font-size: 0.8125rem;
  }
  .tick {
    stroke: var(--datamed-color-border);
  }
  .tick-label,
  .tick-sub {
    fill: var(--datamed-color-text);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  .tick-sub {
    fill: var(--datamed-color-text-muted);
  }
  .bar-mark {
    cursor: pointer;
  }
  .bar-mark .hit {
    fill: transparent;
  }
  .bar-mark:hover .hit {
    fill: transparent;
    stroke: var(--datamed-color-border);
    stroke-width: 1;
  }
  .bar-mark:focus-visible .hit {
    stroke: var(--datamed-color-focus);
    stroke-width: var(--datamed-focus-width);
  }
  .tooltip {
    width: max-content;
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .bar-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: var(--datamed-space) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .bar-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .glyph {
    flex: none;
  }
  @media (forced-colors: active) {
    .bar-shape.cat-0 {
      fill: CanvasText;
    }
    .bar-shape,
    .end-cap,
    .expected,
    .expected-tick,
    .tick {
      stroke: CanvasText;
    }
    .open-end,
    .more,
    .row-label,
    .row-sub,
    .tick-label,
    .tick-sub {
      fill: CanvasText;
    }
    .row.odd .row-bg {
      fill: Canvas;
    }
    .grid line {
      stroke: GrayText;
    }
    .today-line,
    .bar-mark:focus-visible .hit {
      stroke: Highlight;
    }
    .today-label {
      fill: Highlight;
    }
  }
`;

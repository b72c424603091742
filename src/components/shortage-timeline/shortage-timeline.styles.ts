import { css } from 'lit';

/**
 * The timeline's own styles around its plot: filters, zoom bar, details, table and pager (the
 * plot's are in timeline-plot.styles.ts; the chart styles give tooltips, focus rings, categorical
 * patterns and forced colours). Colours only through tokens and classes: nothing inline, a strict CSP holds.
 */
export const timelineStyles = css`
  :host {
    --datamed-body-min-height: 20rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1.25rem;
    margin-bottom: calc(var(--datamed-space) * 1.5);
  }
  .facet {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .facet legend,
  label.select {
    font-size: 0.875rem;
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    padding: 0 0.75rem 0 0.5rem;
    border: 1px solid var(--datamed-color-border);
    border-radius: 999px;
    font-size: 0.875rem;
    cursor: pointer;
    background: var(--datamed-color-bg);
  }
  .chip.on {
    background: var(--datamed-color-surface);
  }
  .chip input {
    margin: 0;
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--datamed-color-primary);
  }
  .count,
  .row-sub {
    color: var(--datamed-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  /* Its number's groups are joined by an ASCII space (read whole aloud): one line. */
  .count {
    white-space: nowrap;
  }
  .selects {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    min-width: 0;
    max-width: 100%;
  }
  label.select {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    min-width: 0;
    max-width: 100%;
  }
  .more-filters {
    min-width: 0;
    max-width: 100%;
  }
  .more-filters > summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--datamed-color-primary);
  }
  .more-filters[open] > summary {
    margin-bottom: 0.25rem;
  }
  .more-filters > div {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1.25rem;
  }
  label.select.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  select {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 400;
    min-height: 2.75rem;
    max-width: min(100%, 22rem);
    padding: 0.25rem 0.5rem;
    color: var(--datamed-color-text);
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
  }
  .zoom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin-bottom: 0.25rem;
  }
  .zoom-button span {
    font-size: 1rem;
    font-weight: 700;
  }
  button[aria-disabled='true'] {
    color: var(--datamed-color-text-muted);
    cursor: not-allowed;
    text-decoration: none;
  }
  .period {
    margin: 0 0 0 0.5rem;
    font-size: 0.875rem;
  }
  .details {
    margin-top: calc(var(--datamed-space) * 2);
    padding: calc(var(--datamed-space) * 1.5);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
    background: var(--datamed-color-surface);
  }
  .details-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--datamed-space);
    margin-bottom: var(--datamed-space);
  }
  .details-title {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.875rem;
  }
  .details dl > div {
    display: contents;
  }
  .details dt {
    font-weight: 700;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  table.declarations th[scope='row'] {
    font-weight: 400;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.25rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--datamed-color-text);
    font-weight: 700;
    text-align: start;
  }
  .arrow {
    color: var(--datamed-color-text-muted);
    font-size: 0.75rem;
  }
  .link {
    min-height: 1.5rem;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
    overflow-wrap: break-word;
    unicode-bidi: isolate;
  }
  tr.selected {
    background: var(--datamed-color-surface);
  }
  td {
    overflow-wrap: break-word;
    unicode-bidi: isolate;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: var(--datamed-space);
  }
  .page-status {
    margin: 0;
    font-size: 0.875rem;
  }
  @container (max-width: 30rem) {
    .details dl {
      grid-template-columns: 1fr;
    }
    .details dd {
      margin-bottom: 0.375rem;
    }
    .period {
      flex-basis: 100%;
      margin: 0;
    }
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
    .details {
      border-color: CanvasText;
    }
  }
  /* Server-rendered, read without JavaScript (src/ssr/): filters, zoom and pager cannot work. */
  @media (scripting: none) {
    .controls,
    .zoom,
    .server-table .pager {
      display: none;
    }
  }
`;

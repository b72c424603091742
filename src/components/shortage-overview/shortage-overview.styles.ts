import { css } from 'lit';

/** The overview: a summary, then the charts in a grid that adapts to the width it is given. */
export const overviewStyles = css`
  :host {
    --datamed-body-min-height: 24rem;
  }
  .year {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0 0 calc(var(--datamed-space) * 2);
  }
  .year label {
    font-size: 0.875rem;
    font-weight: 700;
  }
  .year select {
    font: inherit;
    font-size: 0.875rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    color: var(--datamed-color-text);
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
  }
  .summary {
    margin: 0 0 calc(var(--datamed-space) * 2);
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: calc(var(--datamed-space) * 3) calc(var(--datamed-space) * 4);
    align-items: start;
  }
  .charts > .wide {
    grid-column: 1 / -1;
  }
  .charts > * {
    min-width: 0;
  }
  /* Server-rendered, read without JavaScript (src/ssr/): the year cannot be chosen; all years shown. */
  @media (scripting: none) {
    .year {
      display: none;
    }
  }
`;

import { css } from 'lit';

export const keyFigureStyles = css`
  :host {
    --datamed-body-min-height: 6.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--datamed-space) * 2);
    margin: 0;
  }
  .figure {
    padding: var(--datamed-space) calc(var(--datamed-space) * 1.5);
    border-inline-start: 4px solid var(--datamed-color-primary);
    background: var(--datamed-color-surface);
    border-radius: 0 var(--datamed-radius) var(--datamed-radius) 0;
    min-width: 0;
  }
  dt {
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
  }
  dd {
    margin: 0;
  }
  .value {
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.2;
    color: var(--datamed-color-primary);
    overflow-wrap: anywhere;
  }
  .detail {
    font-size: 0.875rem;
  }
  @media (forced-colors: active) {
    .figure {
      border-inline-start-color: CanvasText;
    }
  }
`;

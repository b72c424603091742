import { css } from 'lit';

/** The product page: facts as label / value pairs, the substance switch. */
export const productStyles = css`
  :host {
    --datamed-body-min-height: 20rem;
  }
  .facts {
    margin: 0 0 var(--datamed-space);
    display: grid;
    gap: calc(var(--datamed-space) / 2);
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 36rem) {
    .fact {
      grid-template-columns: 14rem minmax(0, 1fr);
      gap: var(--datamed-space);
    }
  }
  .fact dt {
    color: var(--datamed-color-text-muted);
  }
  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .substances {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .note {
    margin: 0 0 var(--datamed-space);
    color: var(--datamed-color-text-muted);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: var(--datamed-space);
    border-block-end: 1px solid var(--datamed-color-border);
  }
  [role='tab'] {
    font: inherit;
    color: var(--datamed-color-text);
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-block-end: 0;
    border-radius: var(--datamed-radius) var(--datamed-radius) 0 0;
    padding: 0.375rem 0.75rem;
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--datamed-color-primary);
    color: var(--datamed-color-on-primary);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible {
    outline: var(--datamed-focus-width) solid var(--datamed-color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-width: 3px;
    }
  }
`;

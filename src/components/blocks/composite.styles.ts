/** Styles of the composite widgets (the profile, medication errors): reading note, sections, blocks. */
import { css } from 'lit';

export const compositeStyles = css`
  :host {
    --datamed-body-min-height: 40rem;
  }
  .pedagogy {
    margin: 0 0 calc(var(--datamed-space) * 2);
    padding: var(--datamed-space) calc(var(--datamed-space) * 1.5);
    border-inline-start: 4px solid var(--datamed-color-accent);
    background: var(--datamed-color-surface);
    border-radius: 0 var(--datamed-radius) var(--datamed-radius) 0;
    font-size: 0.9375rem;
  }
  .pedagogy p {
    margin: 0;
  }
  .pedagogy details {
    margin-top: 0.25rem;
    color: var(--datamed-color-text);
  }
  .sections {
    display: grid;
    gap: calc(var(--datamed-space) * 3);
  }
  .section {
    min-width: 0;
    padding-top: calc(var(--datamed-space) * 2);
    border-top: 1px solid var(--datamed-color-grid);
  }
  .section:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .section-title {
    margin: 0 0 var(--datamed-space);
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .blocks {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: calc(var(--datamed-space) * 3);
    align-items: start;
  }
  .notice {
    color: var(--datamed-color-error);
  }
`;

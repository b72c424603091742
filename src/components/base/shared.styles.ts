import { css } from 'lit';

/** Text for screen readers only: out of sight, still read (live regions, instructions). */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Buttons of the widgets: a 44 px target, the brand colour, a visible border. */
export const buttonBase = css`
  button {
    font: inherit;
    font-size: 0.875rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    color: var(--datamed-color-primary);
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
    cursor: pointer;
  }
`;

import { css } from 'lit';
import { buttonBase, srOnly } from '../base/shared.styles.js';

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
    font-family: var(--datamed-font-family);
    font-size: var(--datamed-font-size);
    line-height: 1.5;
    color: var(--datamed-color-text);
    max-width: 40rem;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ${buttonBase}
  label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  /* The label's line while the messages of the page's language load (no layout jump). */
  .placeholder-label {
    height: 1.5em;
    margin-bottom: 0.25rem;
  }
  .field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .icon {
    position: absolute;
    inset-inline-start: 0.75rem;
    width: 1rem;
    height: 1rem;
    color: var(--datamed-color-text-muted);
    pointer-events: none;
  }
  input {
    font: inherit;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 2.75rem 0.5rem 2.25rem;
    color: var(--datamed-color-text);
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
  }
  input::placeholder {
    color: var(--datamed-color-text-muted);
    opacity: 1;
  }
  .clear {
    position: absolute;
    inset-inline-end: 0;
    font: inherit;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0;
    color: var(--datamed-color-text-muted);
    background: transparent;
    border: 0;
    border-radius: var(--datamed-radius);
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--datamed-focus-width) solid var(--datamed-color-focus);
    outline-offset: 2px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    max-height: min(22rem, 60vh);
    overflow-y: auto;
    list-style: none;
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='group'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .group-label {
    padding: 0.375rem 0.75rem 0.125rem;
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--datamed-color-text-muted);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.5rem 0.75rem;
    min-height: 2.75rem;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option']:hover {
    background: var(--datamed-color-surface);
  }
  [role='option'][aria-selected='true'] {
    background: var(--datamed-color-primary);
    color: var(--datamed-color-on-primary);
  }
  [role='option'][aria-selected='true'] .detail {
    color: inherit;
  }
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .detail {
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
  }
  .message--error {
    color: var(--datamed-color-error);
    font-weight: 700;
  }
  .message button {
    font-weight: 400;
  }
  ${srOnly}
  @media (forced-colors: active) {
    input,
    [role='listbox'] {
      border-color: CanvasText;
    }
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

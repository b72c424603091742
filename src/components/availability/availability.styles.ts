import { css } from 'lit';

/** The availability block: a status line with its shape, facts, advice; readable from 200 px wide. */
export const availabilityStyles = css`
  .availability {
    --tone: var(--datamed-color-text-muted);
    border-inline-start: 4px solid var(--tone);
    padding-inline-start: calc(var(--datamed-space) * 1.5);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .availability--bad {
    --tone: var(--datamed-color-error);
  }
  .availability--warn {
    --tone: var(--datamed-color-accent);
  }
  .availability--good {
    --tone: var(--datamed-color-success);
  }
  .availability p {
    margin: 0 0 var(--datamed-space);
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--datamed-space);
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .shape {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid var(--tone);
    color: var(--tone);
    font-weight: 700;
    line-height: 1;
  }
  /* The glyphs are drawn, not written: the status's words are its only text. */
  .shape::before {
    content: '';
  }
  .shape--rupture::before {
    content: '✕';
  }
  .shape--risk::before {
    content: '!';
  }
  .shape--restored::before {
    content: '↺';
  }
  .shape--available::before {
    content: '✓';
  }
  .shape--discontinued::before {
    content: '⊘';
  }
  .shape--not-marketed::before {
    content: '–';
  }
  .availability--bad .shape {
    border-radius: 50%;
  }
  .availability--warn .shape {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    background: var(--tone);
    color: var(--datamed-color-bg);
    border: 0;
    padding-block-start: 0.4rem;
  }
  .availability--good .shape {
    border-radius: 50%;
    background: var(--tone);
    color: var(--datamed-color-bg);
  }
  .facts {
    margin: 0 0 var(--datamed-space);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.3em;
  }
  .facts dt {
    color: var(--datamed-color-text-muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 700;
  }
  .as-of {
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
  }
  a {
    color: var(--datamed-color-primary);
  }
  a:focus-visible {
    outline: var(--datamed-focus-width) solid var(--datamed-color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .availability,
    .shape {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;

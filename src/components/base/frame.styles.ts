import { css } from 'lit';
import { buttonBase, srOnly } from './shared.styles.js';

/**
 * Styles of the common frame (title, badge, toolbar, states, footer), shared by every widget.
 * Sizes in rem so that 200 % text zoom scales everything; layout by container queries so a widget
 * adapts to the width it is given, not to the window's.
 */
export const frameStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--datamed-font-family);
    font-size: var(--datamed-font-size);
    line-height: 1.5;
    color: var(--datamed-color-text);
    /* Height reserved for the body while loading; each widget sets its own. */
    --datamed-body-min-height: 8rem;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-grid);
    border-radius: var(--datamed-radius);
    padding: calc(var(--datamed-space) * 2);
    margin: 0;
    min-width: 0;
  }
  .frame.embedded {
    border: 0;
    padding: 0;
    background: transparent;
  }
  .embedded .title {
    font-size: 1rem;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--datamed-space);
  }
  .title {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
    color: var(--datamed-color-text);
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    background: var(--datamed-color-badge-bg);
    color: var(--datamed-color-badge-text);
    font-size: 0.75rem;
    font-weight: 700;
    white-space: nowrap;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--datamed-space);
    margin-top: var(--datamed-space);
  }
  /* No overflow clipping here: it would cut the focus ring (drawn outside the button). The
     buttons round their own outer corners instead. */
  .segmented {
    display: inline-flex;
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
  }
  ${buttonBase}
  .segmented button {
    border: 0;
    border-radius: 0;
  }
  .segmented button:first-child {
    border-start-start-radius: calc(var(--datamed-radius) - 1px);
    border-end-start-radius: calc(var(--datamed-radius) - 1px);
  }
  .segmented button:last-child {
    border-start-end-radius: calc(var(--datamed-radius) - 1px);
    border-end-end-radius: calc(var(--datamed-radius) - 1px);
  }
  /* Above its neighbour, so the neighbour's background does not cover the ring. */
  .segmented button:focus-visible {
    position: relative;
    z-index: 1;
  }
  .segmented button + button {
    border-left: 1px solid var(--datamed-color-border);
  }
  button[aria-pressed='true'] {
    background: var(--datamed-color-primary);
    color: var(--datamed-color-on-primary);
  }
  button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: var(--datamed-focus-width) solid var(--datamed-color-focus);
    outline-offset: 2px;
  }
  /* The height reserved while loading is the skeleton's and the states' own: a drawn chart ends
     where its content ends (no empty band under a short proportion chart). */
  .body {
    position: relative;
    margin-top: var(--datamed-space);
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
    align-content: start;
    min-height: var(--datamed-body-min-height);
  }
  .skeleton span {
    display: block;
    height: 1.25rem;
    border-radius: var(--datamed-radius);
    background: var(--datamed-color-skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .skeleton span:nth-child(2) {
    width: 80%;
  }
  .skeleton span:nth-child(3) {
    width: 60%;
  }
  .skeleton span:nth-child(4) {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .state {
    display: grid;
    gap: var(--datamed-space);
    align-content: center;
    justify-items: start;
    min-height: var(--datamed-body-min-height);
    padding: var(--datamed-space) 0;
  }
  .state p {
    margin: 0;
  }
  /* An error takes the room it needs, where the content would start: not centred in the space
     reserved for a chart (40rem for a profile). */
  .body--compact,
  .state--error {
    min-height: 0;
    align-content: start;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--datamed-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .state-title {
    font-weight: 700;
  }
  .state--error .state-title {
    color: var(--datamed-color-error);
  }
  .state--error .state-title::before,
  .state--good p::before {
    display: inline-block;
    margin-inline-end: 0.375rem;
    font-weight: 700;
  }
  .state--error .state-title::before {
    content: '⚠' / '';
  }
  .state--good p::before {
    content: '✓' / '';
    color: var(--datamed-color-success);
  }
  details {
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
    max-width: 100%;
  }
  summary {
    cursor: pointer;
  }
  details code {
    display: block;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-top: var(--datamed-space);
    padding-top: var(--datamed-space);
    border-top: 1px solid var(--datamed-color-grid);
    font-size: 0.8125rem;
    color: var(--datamed-color-text-muted);
  }
  .footer p {
    margin: 0;
  }
  .footer a {
    color: inherit;
  }
  .note {
    font-size: 0.875rem;
    color: var(--datamed-color-text-muted);
    margin: var(--datamed-space) 0 0;
  }
  /* The menu hangs from the toolbar's end, not from its button: when the toolbar wraps, the
     button starts a line and a menu aligned to it would open off-screen to the left. */
  .toolbar {
    position: relative;
  }
  [role='menu'] {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 0.25rem);
    z-index: 2;
    min-width: min(12rem, 100%);
    max-width: 100%;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--datamed-color-bg);
    border: 1px solid var(--datamed-color-border);
    border-radius: var(--datamed-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='menuitem'] {
    display: block;
    width: 100%;
    text-align: start;
    border: 0;
    border-radius: 0;
  }
  ${srOnly}
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--datamed-color-grid);
    text-align: start;
    vertical-align: top;
  }
  /* A number in running text (src/charts/spoken.ts): its groups joined by an ASCII space, read
     whole aloud, kept on one line and narrowed back to a thin space. */
  span.num {
    white-space: nowrap;
    word-spacing: -0.08em;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .skeleton span {
      background: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @container (max-width: 30rem) {
    .frame {
      padding: var(--datamed-space);
    }
  }
  /*
   * Server-rendered HTML (src/ssr/) read without JavaScript: the chart / table switch and the
   * downloads cannot work, the folded table under each chart stands in for them. With JavaScript,
   * the element's own render replaces the server's and has the switch.
   */
  .server-table {
    margin-block-start: var(--datamed-space);
  }
  .server-table > summary {
    cursor: pointer;
    color: var(--datamed-color-primary);
    text-decoration: underline;
  }
  @media (scripting: enabled) {
    .server-table {
      display: none;
    }
  }
  @media (scripting: none) {
    .toolbar,
    .hint {
      display: none;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;

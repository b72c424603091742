/**
 * Numbers in drawn text read right aloud: each grouped number ("18 412") in a `<span class="num">`
 * whose groups are joined by an ASCII space (the form French voices read whole, see `spokenText`
 * in src/i18n/format.ts) and that never breaks across lines (`white-space: nowrap`, with a word
 * spacing that narrows the space back to the typographic thin space; src/components/base/
 * shared.styles.ts `spokenNumberStyles`).
 */
import { html, type TemplateResult } from 'lit';
import { splitNumbers } from '../i18n/format.js';

export function spokenNumbers(text: string): (string | TemplateResult)[] {
  return splitNumbers(text).map((part, i) => (i % 2 ? html`<span class="num">${part}</span>` : part));
}

/**
 * The search box's templates: the labelled field with its clear button, the list of matching
 * substances (the matching parts highlighted), the loading or error message, the instructions and
 * the live region. Templates only: the element owns the state and passes its handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/locale.js';
import type { LoadStatus } from '../base/load-controller.js';
import { t } from './substance-search.messages.js';
import { splitRanges } from './substance-search.model.js';
import { productNote, type SearchOption } from './substance-search.products.js';

export interface SearchView {
  /** Prefix of the ids inside the shadow root. */
  id: string;
  lang: Lang;
  /** Loading state of the lists the search needs (idle until the box is used). */
  status: LoadStatus;
  /** The page's label and placeholder, if it gave them. */
  label: string | undefined;
  placeholder: string | undefined;
  /** Text in the field. */
  value: string;
  /** Substances first, then products (spécialités). */
  hits: SearchOption[];
  /** The index lists products: the options come in two labelled groups. */
  grouped: boolean;
  open: boolean;
  /** Index of the active option, or -1. */
  active: number;
  /** What the live region says. */
  announcement: string;
  onFocus: () => void;
  onInput: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
  onListClick: (event: Event) => void;
  onClear: () => void;
  onRetry: () => void;
}

/** Id of option `index`'s element. */
export const optionId = (id: string, index: number): string => `${id}-option-${index}`;

/** Until the messages of the page's language are there: the field's place, nothing to read. */
export function searchPlaceholder(lang: Lang): TemplateResult {
  return html`<div class="search" lang=${lang} data-state="loading">
    <div class="placeholder-label" aria-hidden="true"></div>
    <div class="field"><input part="input" type="text" disabled aria-hidden="true" tabindex="-1" /></div>
  </div>`;
}

function marked(text: string, ranges: [number, number][]): (TemplateResult | string)[] {
  return splitRanges(text, ranges).map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));
}

// The options never take the focus: the field handles the keyboard for the list
// (aria-activedescendant, WAI-ARIA combobox pattern); the click listener is for the mouse.
/* eslint-disable lit-a11y/click-events-have-key-events */
export function searchView(v: SearchView): TemplateResult {
  const { id, lang, status } = v;
  const activeId = v.open && v.active >= 0 ? optionId(id, v.active) : undefined;
  return html`
    <div class="search" lang=${lang} data-state=${status} @focusout=${v.onFocusOut}>
      <label id="${id}-label" for="${id}-input" part="label">${v.label || t(lang, 'searchLabel')}</label>
      <div class="field">
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="6.5" cy="6.5" r="5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M10.5 10.5 15 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <input
          id="${id}-input"
          part="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${v.open ? 'true' : 'false'}
          aria-labelledby="${id}-label"
          aria-controls="${id}-listbox"
          aria-activedescendant=${activeId ?? nothing}
          aria-describedby="${id}-instructions"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${v.placeholder ?? t(lang, 'searchPlaceholder')}
          .value=${live(v.value)}
          @focus=${v.onFocus}
          @input=${v.onInput}
          @keydown=${v.onKeydown}
        />
        ${
          v.value
            ? html`<button
                type="button"
                class="clear"
                part="clear"
                aria-label=${t(lang, 'searchClear')}
                @click=${v.onClear}
              >
                <span aria-hidden="true">✕</span>
              </button>`
            : nothing
        }
      </div>
      <ul
        id="${id}-listbox"
        role="listbox"
        part="listbox"
        aria-labelledby="${id}-label"
        ?hidden=${!v.open}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${v.onListClick}
      >
        ${v.grouped ? renderGroups(v) : v.hits.map((o, i) => renderOption(v, o, i))}
      </ul>
      ${
        status === 'error'
          ? html`<p class="message message--error" part="message">
              ${t(lang, 'searchError')}
              <button type="button" part="retry" @click=${v.onRetry}>${t(lang, 'retry')}</button>
            </p>`
          : status === 'loading' && v.value.trim()
            ? // Said by the status below: hidden here, or a reader would say it twice.
              html`<p class="message" part="message" aria-hidden="true">${t(lang, 'searchLoading')}</p>`
            : nothing
      }
      <!-- Hidden: read as the field's description only, not a second time as text. -->
      <p id="${id}-instructions" hidden>${t(lang, 'searchInstructions')}</p>
      <div class="sr-only" role="status">${v.announcement}</div>
    </div>
  `;
}
/* eslint-enable lit-a11y/click-events-have-key-events */

function renderOption(v: SearchView, option: SearchOption, i: number): TemplateResult {
  const { lang } = v;
  const { hit } = option;
  const note = option.kind === 'product' ? productNote(option.hit) : undefined;
  return html`<li
    id=${optionId(v.id, i)}
    role="option"
    part="option"
    data-index=${i}
    aria-selected=${i === v.active ? 'true' : 'false'}
  >
    <span class="name">${marked(hit.name, hit.nameRanges)}</span>
    ${
      hit.alias
        ? html`<span class="detail"
            >${t(lang, 'searchAlias')} ${marked(hit.alias.text, hit.alias.ranges)}</span
          >`
        : nothing
    }
    ${
      option.kind === 'substance' && option.hit.entry.datasets.adverseEffects === false
        ? html`<span class="detail">${t(lang, 'searchShortagesOnly')}</span>`
        : nothing
    }
    ${note ? html`<span class="detail detail--note">${t(lang, note)}</span>` : nothing}
  </li>`;
}

/** « Substances » then « Spécialités », each a group of the listbox named by its label. */
function renderGroups(v: SearchView): TemplateResult[] {
  const groups = [
    { kind: 'substance', label: t(v.lang, 'searchGroupSubstances') },
    { kind: 'product', label: t(v.lang, 'searchGroupProducts') },
  ] as const;
  return groups.flatMap(({ kind, label }) => {
    const indexes = v.hits.flatMap((o, i) => (o.kind === kind ? [i] : []));
    if (!indexes.length) return [];
    const labelId = `${v.id}-group-${kind}`;
    return [
      html`<li role="presentation">
        <ul role="group" aria-labelledby=${labelId}>
          <li role="presentation" class="group-label" id=${labelId}>${label}</li>
          ${indexes.map((i) => renderOption(v, v.hits[i]!, i))}
        </ul>
      </li>`,
    ];
  });
}

/**
 * The data table behind every chart: one model renders the accessible `<table>` alternative and
 * feeds the CSV export, so what a reader can download is exactly what they can see (privacy rule
 * included: a hidden count is « masqué » in both).
 */
import { spokenNumbers } from './spoken.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/locale.js';
import { formatNumber, formatPercent, spokenText } from '../i18n/format.js';
import { t } from '../i18n/messages.js';

/** A count hidden by the privacy rule. */
export interface Hidden {
  hidden: true;
  threshold: number;
}

/** A value the data do not have (a category absent from a compared substance's data): said so. */
export interface Missing {
  missing: true;
}

export type TableValue = string | number | null | Hidden | Missing;

export interface TableColumn {
  key: string;
  label: string;
  /** How to format and align the values. `ratio` values are 0…1 and shown as percentages. */
  kind: 'text' | 'count' | 'ratio' | 'number';
  /** Fraction digits for `number` columns. */
  digits?: number;
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  /** The first column holds the row headers. */
  rows: Record<string, TableValue>[];
  /** Notes printed under the table (and as comment lines in exports). */
  notes?: string[];
}

export function isHiddenValue(value: TableValue | undefined): value is Hidden {
  return typeof value === 'object' && value !== null && 'hidden' in value;
}

export function isMissingValue(value: TableValue | undefined): value is Missing {
  return typeof value === 'object' && value !== null && 'missing' in value;
}

/** A value as text in the page's language. */
export function formatValue(lang: Lang, column: TableColumn, value: TableValue | undefined): string {
  if (value === null || value === undefined) return '–';
  if (isHiddenValue(value)) return t(lang, 'suppressedValue', { threshold: value.threshold });
  if (isMissingValue(value)) return t(lang, 'notInData');
  if (typeof value === 'string') return value;
  if (column.kind === 'ratio') return formatPercent(lang, value, 1);
  return formatNumber(lang, value, column.kind === 'number' ? (column.digits ?? 1) : 0);
}

/**
 * The table, in a wrapper that scrolls sideways when it is wider than the widget (a phone): the
 * wrapper is then a focusable, named region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function renderTable(model: TableModel, lang: Lang, id?: string): TemplateResult {
  const [head, ...rest] = model.columns;
  return html`
    <div class="table-wrap" part="table" role="region" aria-label=${model.caption} tabindex="0">
      <table id=${id ?? nothing}>
        <caption>
          ${model.caption}
        </caption>
        <thead>
          <tr>
            ${model.columns.map(
              (c) => html`<th scope="col" class=${c.kind === 'text' ? '' : 'num'}>${c.label}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${model.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${head ? spokenNumbers(formatValue(lang, head, row[head.key])) : ''}</th>
                ${rest.map(
                  (c) =>
                    html`<td class=${c.kind === 'text' ? '' : 'num'}>
                      ${spokenText(formatValue(lang, c, row[c.key]))}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
      ${model.notes?.length ? model.notes.map((n) => html`<p class="note">${n}</p>`) : nothing}
    </div>
  `;
}

/**
 * CSV of a table model, ready for a spreadsheet: UTF-8 with a byte-order mark (Excel otherwise
 * misreads accents), `;` separator and decimal commas in French (Excel's French convention),
 * `,` and decimal points in English. Cells that a spreadsheet would run as a formula are defused.
 */
import type { Lang } from '../i18n/locale.js';
import { isHiddenValue, isMissingValue, type TableModel, type TableValue } from '../charts/table.js';
import { t } from '../i18n/messages.js';

const BOM = '\uFEFF';

export function toCsv(model: TableModel, lang: Lang): string {
  const separator = lang === 'fr' ? ';' : ',';
  const decimal = lang === 'fr' ? ',' : '.';
  const cell = (value: TableValue | undefined, kind: string): string => {
    if (value === null || value === undefined) return '';
    if (isHiddenValue(value))
      return quote(t(lang, 'suppressedValue', { threshold: value.threshold }), separator);
    if (isMissingValue(value)) return quote(t(lang, 'notInData'), separator);
    if (typeof value === 'number') {
      const n = kind === 'ratio' ? Math.round(value * 1000) / 10 : value;
      return String(n).replace('.', decimal);
    }
    return quote(defuse(value), separator);
  };
  const lines = [
    model.columns
      .map((c) => quote(defuse(c.kind === 'ratio' ? `${c.label} (%)` : c.label), separator))
      .join(separator),
    ...model.rows.map((row) => model.columns.map((c) => cell(row[c.key], c.kind)).join(separator)),
  ];
  for (const note of model.notes ?? []) lines.push(quote(defuse(note), separator));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A text a spreadsheet would take for a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

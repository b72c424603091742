/**
 * The table alternative of the timeline: every declaration shown, one row each, sortable by any
 * column and cut into pages; and the same declarations, with every field, as a CSV table model.
 */
import type { TableModel, TableValue } from '../charts/table.js';
import type { Lang } from '../i18n/locale.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { t } from './messages.js';
import { CLASSIFICATIONS, type Timeline, type TimelineItem } from './model.js';
import {
  causeLabel,
  causeText,
  circuitsText,
  classificationLabel,
  durationText,
  endText,
  measuresText,
  stateLabel,
} from './text.js';

export type TableColumnKey =
  'product' | 'substance' | 'classification' | 'state' | 'start' | 'end' | 'duration' | 'cause';

export const TABLE_COLUMNS: readonly TableColumnKey[] = [
  'product',
  'substance',
  'classification',
  'state',
  'start',
  'end',
  'duration',
  'cause',
];

const HEADINGS = {
  product: 'columnProduct',
  substance: 'columnSubstance',
  classification: 'columnClassification',
  state: 'columnState',
  start: 'columnStart',
  end: 'columnEnd',
  duration: 'columnDuration',
  cause: 'columnCause',
} as const;

export function columnHeading(lang: Lang, key: TableColumnKey): string {
  return t(lang, HEADINGS[key]);
}

export interface TableSort {
  key: TableColumnKey;
  descending: boolean;
}

/** Dates and durations are best read newest / longest first; names from A. */
export function defaultDirection(key: TableColumnKey): boolean {
  return key === 'start' || key === 'end' || key === 'duration';
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Items sorted by a column; ties keep the order of the start dates (newest first) then the file's.
 * Unknown values (an end not given, a duration unknown) always come last.
 */
export function sortItems(lang: Lang, items: readonly TimelineItem[], sort: TableSort): TimelineItem[] {
  const sign = sort.descending ? -1 : 1;
  const keyOf = (item: TimelineItem): string | number | undefined => {
    const d = item.declaration;
    switch (sort.key) {
      case 'product':
        return fold(d.product);
      case 'substance':
        return fold(d.substance);
      case 'classification':
        return CLASSIFICATIONS.indexOf(d.classification);
      case 'state':
        return d.state === 'open' ? 0 : 1;
      case 'start':
        return item.start;
      case 'end':
        return item.endKind === 'unknown' ? undefined : (item.expected ?? item.end);
      case 'duration':
        return item.days;
      case 'cause':
        return fold(causeLabel(lang, item.cause));
    }
  };
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * sign;
    return b.item.start - a.item.start || a.item.index - b.item.index;
  });
  return keyed.map((k) => k.item);
}

/** The cells of one row, as shown. */
export function rowCells(
  lang: Lang,
  item: TimelineItem,
  timeline: Pick<Timeline, 'today' | 'isToday'>,
): Record<TableColumnKey, string> {
  const d = item.declaration;
  return {
    product: d.product,
    substance: d.substance,
    classification: classificationLabel(lang, d.classification),
    state: stateLabel(lang, d.state),
    // Months spelled out: a screen reader reads « sept. » as a word, « janv. » letter by letter.
    start: formatDate(lang, new Date(item.start), 'long'),
    end: endText(lang, item, timeline, 'long'),
    duration: item.days === undefined ? durationText(lang, item) : formatNumber(lang, item.days),
    // The declared wording is in the details and the CSV; the table keeps to the standard cause.
    cause: causeLabel(lang, item.cause),
  };
}

export interface Page<T> {
  rows: T[];
  /** 0-based page index, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based number of the first and last rows shown. */
  from: number;
  to: number;
}

export function pageOf<T>(rows: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(p * size, p * size + size);
  return { rows: slice, page: p, pages, from: slice.length ? p * size + 1 : 0, to: p * size + slice.length };
}

/** Every field of the declarations shown, for the CSV download (ISO dates: a spreadsheet reads them). */
export function declarationsCsv(
  lang: Lang,
  items: readonly TimelineItem[],
  timeline: Pick<Timeline, 'today' | 'isToday'>,
): TableModel {
  const columns: TableModel['columns'] = [
    { key: 'id', label: t(lang, 'columnId'), kind: 'text' },
    { key: 'product', label: t(lang, 'columnProduct'), kind: 'text' },
    { key: 'substance', label: t(lang, 'columnSubstance'), kind: 'text' },
    { key: 'laboratory', label: t(lang, 'columnLaboratory'), kind: 'text' },
    { key: 'atc', label: t(lang, 'columnAtc'), kind: 'text' },
    { key: 'classification', label: t(lang, 'columnClassification'), kind: 'text' },
    { key: 'state', label: t(lang, 'columnState'), kind: 'text' },
    { key: 'reported', label: t(lang, 'columnReported'), kind: 'text' },
    { key: 'start', label: t(lang, 'columnStart'), kind: 'text' },
    { key: 'end', label: t(lang, 'columnEnd'), kind: 'text' },
    { key: 'duration', label: t(lang, 'columnDuration'), kind: 'count' },
    { key: 'cause', label: t(lang, 'columnCause'), kind: 'text' },
    { key: 'measures', label: t(lang, 'columnMeasures'), kind: 'text' },
    { key: 'circuits', label: t(lang, 'columnCircuits'), kind: 'text' },
  ];
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  const rows = items.map((item) => {
    const d = item.declaration;
    const row: Record<string, TableValue> = {
      id: d.id,
      product: d.product,
      substance: d.substance,
      laboratory: d.laboratory ?? null,
      atc: d.atc ?? null,
      classification: classificationLabel(lang, d.classification),
      state: stateLabel(lang, d.state),
      reported: d.reported,
      start: d.start ?? null,
      end:
        item.endKind === 'end'
          ? iso(item.end)
          : item.endKind === 'open' && item.expected !== undefined
            ? t(lang, 'expectedShort', { date: iso(item.expected) })
            : endText(lang, item, timeline),
      duration: item.days ?? null,
      cause: causeText(lang, item),
      measures: measuresText(lang, d),
      circuits: circuitsText(lang, d),
    };
    return row;
  });
  return { caption: t(lang, 'tableCaption', { count: formatNumber(lang, items.length) }), columns, rows };
}

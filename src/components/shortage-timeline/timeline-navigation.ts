/**
 * Keyboard navigation of the timeline's bars, as pure functions: where the shown rows and bars sit
 * (`orderOf`), and what a key does from a bar (`keyAction`). Arrows move in reading order and
 * between rows (to the bar nearest in time), Page Up / Down by ten rows, Home / End to the first and
 * last bar, Shift + arrows pan, + / - / 0 zoom, Enter and Space open the details, Escape closes.
 * The element applies the action; these functions touch no state and no DOM.
 */
import type { Timeline, TimelineItem } from '../../shortages/model.js';
import type { ShownRow } from '../../shortages/row-order.js';

/** Zoom factor of a step (+, -, the buttons) and pan by a quarter of the period shown. */
export const ZOOM_STEP = 2;
export const PAN_STEP = 0.25;

/**
 * Where the shown rows and items sit, from the rows alone (a filter frame must not walk every
 * item twice): each timeline row's position among the shown rows, and the reading-order number of
 * each shown row's first item.
 */
export interface Order {
  /** By timeline row index: position among the shown rows, or -1. */
  rowPosition: Int32Array;
  /** By shown row: reading-order number (0-based) of its first item; one more entry: the total. */
  firstItem: Int32Array;
  total: number;
}

export function orderOf(rows: ShownRow[], rowCount: number): Order {
  const rowPosition = new Int32Array(rowCount).fill(-1);
  const firstItem = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((r, position) => {
    rowPosition[r.items[0]!.row] = position;
    firstItem[position] = total;
    total += r.items.length;
  });
  firstItem[rows.length] = total;
  return { rowPosition, firstItem, total };
}

/** Position among the shown rows of the row of an item, or -1 when the item is not shown. */
export function shownPosition(timeline: Timeline, rows: ShownRow[], order: Order, id: number): number {
  const item = timeline.items[id];
  if (!item) return -1;
  const position = order.rowPosition[item.row] ?? -1;
  return position >= 0 && rows[position]!.items.includes(item) ? position : -1;
}

/** Reading-order number (1-based) of a shown item: "bar 12 of 240". */
export function readingPosition(rows: ShownRow[], order: Order, item: TimelineItem): number {
  const position = order.rowPosition[item.row]!;
  return order.firstItem[position]! + rows[position]!.items.indexOf(item) + 1;
}

export type KeyAction =
  | { kind: 'move'; item: TimelineItem }
  | { kind: 'pan'; fraction: number }
  | { kind: 'select'; item: TimelineItem }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' }
  | { kind: 'escape' };

/** What a key pressed on the bar `current` does; undefined for any other key (left to the page). */
export function keyAction(
  key: string,
  shiftKey: boolean,
  current: TimelineItem,
  rows: ShownRow[],
  order: Order,
  timeline: Timeline,
): KeyAction | undefined {
  const rowPos = shownPosition(timeline, rows, order, current.index);
  if (rowPos < 0) return undefined;
  const flatHere = order.firstItem[rowPos]! + rows[rowPos]!.items.indexOf(current);
  /** The item at a reading-order number (clamped): its row by binary search on the first items. */
  const flatAt = (n: number): TimelineItem => {
    const i = Math.min(order.total - 1, Math.max(0, n));
    let low = 0;
    let high = rows.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (order.firstItem[mid]! <= i) low = mid;
      else high = mid - 1;
    }
    return rows[low]!.items[i - order.firstItem[low]!]!;
  };
  /** The bar nearest in time to the current one, `delta` rows away (clamped). */
  const rowAt = (delta: number): TimelineItem => {
    const row = Math.min(rows.length - 1, Math.max(0, rowPos + delta));
    return rows[row]!.items.reduce((best, item) =>
      Math.abs(item.start - current.start) < Math.abs(best.start - current.start) ? item : best,
    );
  };
  const move = (item: TimelineItem): KeyAction => ({ kind: 'move', item });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const forward = key === 'ArrowRight';
      if (shiftKey) return { kind: 'pan', fraction: forward ? PAN_STEP : -PAN_STEP };
      return move(flatAt(flatHere + (forward ? 1 : -1)));
    }
    case 'ArrowDown':
      return move(rowAt(1));
    case 'ArrowUp':
      return move(rowAt(-1));
    case 'PageDown':
      return move(rowAt(10));
    case 'PageUp':
      return move(rowAt(-10));
    case 'Home':
      return move(flatAt(0));
    case 'End':
      return move(flatAt(order.total - 1));
    case 'Enter':
    case ' ':
      return { kind: 'select', item: current };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'reset' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return undefined;
  }
}

/**
 * The rows shown, in the order the reader chose. The order belongs to the timeline and the sort,
 * never to the filters: it is computed once and cached, and a filter only hides rows.
 */
import { foldText } from '../data/vocabulary.js';
import { DAY } from './dates.js';
import type { Timeline, TimelineItem, TimelineRow } from './model.js';

export type RowSort = 'recent' | 'duration' | 'count' | 'product';
export const ROW_SORTS: readonly RowSort[] = ['recent', 'duration', 'count', 'product'];

/** A row as shown: its product and the items that pass the filters. */
export interface ShownRow {
  row: TimelineRow;
  items: TimelineItem[];
}

const orders = new WeakMap<Timeline, Partial<Record<RowSort, Int32Array>>>();

/**
 * The order of the products, computed once per timeline and sort from all their declarations:
 * - `recent`: the product whose latest declaration started last comes first;
 * - `duration`: the product with the longest declaration first (unknown durations last);
 * - `count`: the product with the most declarations first;
 * - `product`: alphabetical, case and accents ignored.
 * Ties keep the order of the file. Filters then only hide rows: products never jump around when a
 * filter changes, and a filter frame sorts nothing.
 */
export function rowOrder(timeline: Timeline, sort: RowSort): Int32Array {
  let bySort = orders.get(timeline);
  if (!bySort) orders.set(timeline, (bySort = {}));
  let order = bySort[sort];
  if (!order) {
    const rows = timeline.rows;
    const n = rows.length;
    if (sort === 'product') {
      // Plain comparisons of folded names (a collator takes ~100 ms on 5,000 names).
      const names = rows.map((row) => foldText(row.product));
      order = Int32Array.from(
        rows
          .map((_, i) => i)
          .sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b)),
      );
    } else {
      // One number per row, key then position, sorted as numbers: no comparator to call 60,000 times.
      const packed = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const items = rows[i]!.items;
        let key: number;
        if (sort === 'recent') key = -Math.round(items[items.length - 1]!.start / DAY);
        else if (sort === 'count') key = -items.length;
        else {
          let longest = -1;
          for (const item of items) if ((item.days ?? -1) > longest) longest = item.days!;
          key = -longest;
        }
        packed[i] = key * n + i;
      }
      packed.sort();
      order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = ((packed[i]! % n) + n) % n;
    }
    bySort[sort] = order;
  }
  return order;
}

/** The rows that hold at least one shown item, in the sort's order, each with its shown items. */
export function shownRows(timeline: Timeline, items: readonly TimelineItem[], sort: RowSort): ShownRow[] {
  const all = items.length === timeline.items.length;
  const pass = new Uint8Array(timeline.items.length);
  if (!all) for (const item of items) pass[item.index] = 1;
  const shown: ShownRow[] = [];
  for (const rowIndex of rowOrder(timeline, sort)) {
    const row = timeline.rows[rowIndex]!;
    // Row items are already in start order.
    let list = row.items;
    if (!all) {
      list = [];
      for (const item of row.items) if (pass[item.index]) list.push(item);
      if (!list.length) continue;
    }
    shown.push({ row, items: list });
  }
  return shown;
}

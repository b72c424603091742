/**
 * The figures of a summary (declarations, open and closed, products, report dates, the longest
 * declaration, counts per classification), read from the items shown.
 */
import type { ShortageClassification } from '../data/contract.js';
import { CLASSIFICATIONS, classificationIndex, type TimelineItem } from './model.js';

export interface ShortageFigures {
  declarations: number;
  open: number;
  closed: number;
  products: number;
  /** Earliest and latest report dates (ms). */
  firstReported?: number;
  lastReported?: number;
  /** The longest declaration of known duration (open ones count to today). */
  longest?: TimelineItem;
  /** Declarations per classification. */
  byClassification: Map<ShortageClassification, number>;
}

export function shortageFigures(items: readonly TimelineItem[]): ShortageFigures {
  const seen = new Uint8Array(items.reduce((max, item) => Math.max(max, item.row + 1), 0));
  let products = 0;
  const classes = [0, 0, 0, 0];
  let open = 0;
  let firstReported = Infinity;
  let lastReported = -Infinity;
  let longest: TimelineItem | undefined;
  for (const item of items) {
    const d = item.declaration;
    if (!seen[item.row]) {
      seen[item.row] = 1;
      products++;
    }
    if (d.state === 'open') open++;
    classes[classificationIndex(d.classification)]!++;
    firstReported = Math.min(firstReported, item.reported);
    lastReported = Math.max(lastReported, item.reported);
    if (item.days !== undefined && (!longest || item.days > longest.days!)) longest = item;
  }
  const byClassification = new Map<ShortageClassification, number>();
  CLASSIFICATIONS.forEach((c, i) => classes[i] && byClassification.set(c, classes[i]!));
  return {
    declarations: items.length,
    open,
    closed: items.length - open,
    products,
    ...(items.length ? { firstReported, lastReported } : {}),
    ...(longest ? { longest } : {}),
    byClassification,
  };
}

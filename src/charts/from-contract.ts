/**
 * Chart data from contract cells: the small conversions every widget built on the data contract
 * needs (hidden and missing values, categories from several files, labels from vocabularies).
 */
import type { CategoryCell, Cell } from '../data/contract.js';
import { isHidden } from '../data/privacy.js';
import { ageBandLabel } from '../data/vocabulary.js';
import { pick, type Lang } from '../i18n/locale.js';
import type { ChartCategory, ChartValue } from './model.js';

export type Labels = Readonly<Record<string, { fr: string; en?: string }>>;

/** A contract cell as a chart value: hidden stays hidden, an absent cell is `missing`. */
export function value(cell: Cell | undefined): ChartValue {
  if (!cell) return { count: null, missing: true };
  return isHidden(cell) ? { count: null } : { count: cell.count };
}

/**
 * Categories from several lists of cells (one per series), keyed by `key`, in the order they first
 * appear or in `order`; a key absent from one list is `missing` there (not hidden).
 */
export function categoriesOf(
  lists: (CategoryCell[] | undefined)[],
  label: (cell: CategoryCell) => string,
  order?: readonly string[],
): ChartCategory[] {
  const keys: string[] = [];
  const cells = new Map<string, CategoryCell>();
  for (const list of lists) {
    for (const cell of list ?? []) {
      if (!cells.has(cell.key)) {
        keys.push(cell.key);
        cells.set(cell.key, cell);
      }
    }
  }
  if (order) keys.sort((a, b) => rank(order, a) - rank(order, b));
  return keys.map((key) => ({
    key,
    label: label(cells.get(key)!),
    values: lists.map((list) => value(list?.find((c) => c.key === key))),
  }));
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/** Label of a cell: its own, else the vocabulary's, else its key. */
export function fromVocabulary(lang: Lang, labels: Labels): (cell: CategoryCell) => string {
  return (cell) => (cell.label ? pick(lang, cell.label) : pick(lang, labels[cell.key]) || cell.key);
}

/** Label of an age band: the data's, else one derived from the key ("60+" → "60 ans et plus"). */
export function ageLabel(lang: Lang): (cell: CategoryCell) => string {
  return (cell) => pick(lang, cell.label ?? ageBandLabel(cell.key));
}

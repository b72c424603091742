/**
 * Roving focus over the marks of a chart (one tab stop, WAI-ARIA's "roving tabindex"): finding a
 * mark by its index (`data-index` on each `.mark` that src/charts draws), the index of the mark an
 * event came from, and where each key moves. The element keeps which mark has the focus.
 */

/** The mark of category `index` drawn in `root`. */
export function markElement(root: ParentNode, index: number): HTMLElement | SVGGElement | null {
  return root.querySelector<HTMLElement | SVGGElement>(`.mark[data-index="${index}"]`);
}

/** Index of the mark that holds `target`, if it is in one. */
export function markIndex(target: EventTarget | null): number | undefined {
  const mark = (target as Element | null)?.closest?.('.mark');
  const index = mark?.getAttribute('data-index');
  return index === null || index === undefined ? undefined : Number(index);
}

/**
 * Where `key` moves the focus from mark `index` of `count`: arrows to the next or previous mark
 * (stopping at the ends), Home and End to the first and last; undefined for any other key.
 */
export function nextMark(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  return undefined;
}

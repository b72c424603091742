/**
 * The rows' scrolling and windowing. The rows scroll in their own viewport and only those in view are
 * drawn (`drawnRows`), so 6,000 declarations cost what twenty do. The controller keeps the scroll
 * position the element draws from: it follows the reader's scrolling without touching the DOM, and
 * sets the viewport's position only when the element moved it (a filter, a bar reached by keyboard)
 * — reading it in every scroll frame would force a layout.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShownRow } from '../../shortages/row-order.js';
import type { DrawnRow } from '../../shortages/timeline-svg.js';

export type ScrollHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The rows to draw: those of the window `[first, last)`, and the focused bar's row wherever the rows
 * are scrolled — focus is never lost. In position order: the focused row is never moved in the
 * document (moving it would blur it).
 */
export function drawnRows(
  rows: ShownRow[],
  view: { first: number; last: number },
  focusRow: number | undefined,
): DrawnRow[] {
  const drawn: DrawnRow[] = [];
  for (let position = view.first; position < view.last; position++)
    drawn.push({ row: rows[position]!, position });
  if (focusRow !== undefined && focusRow < view.first)
    drawn.unshift({ row: rows[focusRow]!, position: focusRow });
  if (focusRow !== undefined && focusRow >= view.last)
    drawn.push({ row: rows[focusRow]!, position: focusRow });
  return drawn;
}

export class TimelineScroll implements ReactiveController {
  private rowsTop = 0;
  /** Where the reader last scrolled the rows to (the DOM already agrees with that `top`). */
  private scrolledTo = -1;
  /** `top` changed since the last update. */
  private moved = false;

  constructor(private readonly host: ScrollHost) {
    host.addController(this);
  }

  /** How far the rows are scrolled, in pixels. */
  get top(): number {
    return this.rowsTop;
  }

  /** Back to the first row (another scope, other filters, another order). */
  toTop(): void {
    this.set(0);
  }

  /** Scrolls just enough for the row at `position` to show whole in a viewport `height` high. */
  reveal(position: number, rowHeight: number, height: number): void {
    if (position * rowHeight < this.rowsTop) this.set(position * rowHeight);
    else if ((position + 1) * rowHeight > this.rowsTop + height)
      this.set((position + 1) * rowHeight - height);
  }

  /** The reader scrolled the viewport: the rows now in view are drawn. */
  readonly scrolled = (event: Event): void => {
    this.scrolledTo = (event.currentTarget as HTMLElement).scrollTop;
    this.set(this.scrolledTo);
  };

  hostUpdated(): void {
    if (!this.moved) return;
    this.moved = false;
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && this.rowsTop !== this.scrolledTo && Math.abs(viewport.scrollTop - this.rowsTop) > 1)
      viewport.scrollTop = this.rowsTop;
  }

  /** Like the element's own state: an update only when the position changed. */
  private set(top: number): void {
    if (top === this.rowsTop) return;
    this.rowsTop = top;
    this.moved = true;
    this.host.requestUpdate();
  }
}

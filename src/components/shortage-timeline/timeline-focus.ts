/**
 * The bars' focus, tooltip and details, as a reactive controller: which bar holds the tab stop,
 * which one shows its tooltip (the one hovered, else the one focused), which declaration the
 * details panel shows, and where focus goes once an update has drawn it — into the details when
 * they open, back to the bar or the table row they were opened from when they close. The element
 * binds the pointer and focus handlers to the plot; the keys are its own (timeline-navigation.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../../shortages/model.js';

export type FocusHost = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
};

/** What the controller asks of the element. */
export interface FocusSource {
  /** The declaration of a bar (its index in the timeline shown), if any. */
  item(id: number): TimelineItem | undefined;
  /** The view shown: closing the details in the table goes back to the table. */
  view(): 'chart' | 'table';
  /** True while a drag or a pinch moves the period: the tooltip stays as it is. */
  dragging(): boolean;
  /** True right after one: the click it ends with opens nothing. */
  justDragged(): boolean;
  /** A declaration was opened (the element fires `datamed-select`). */
  opened(item: TimelineItem): void;
}

/** The index of the bar an event happened in, if any. */
export function barId(target: EventTarget | null): number | undefined {
  const id = (target as Element | null)?.closest?.('.bar-mark')?.getAttribute('data-id');
  return id === null || id === undefined ? undefined : Number(id);
}

export class TimelineFocus implements ReactiveController {
  private focus: number | undefined;
  private tip: number | undefined;
  private selected: number | undefined;
  /** Where focus goes after the next update. */
  private pending: 'mark' | 'details' | 'table' | undefined;
  /** Where closing the details goes back to in the chart view. */
  private returnTo: 'mark' | 'table' = 'mark';

  constructor(
    private readonly host: FocusHost,
    private readonly source: FocusSource,
  ) {
    host.addController(this);
  }

  /** The bar with the tab stop (the element falls back to the first bar when it is not shown). */
  get focusId(): number | undefined {
    return this.focus;
  }

  /** The bar whose tooltip shows. */
  get tipId(): number | undefined {
    return this.tip;
  }

  /** The declaration in the details panel. */
  get selectedId(): number | undefined {
    return this.selected;
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const target = this.pending;
    this.pending = undefined;
    void this.host.updateComplete.then(() => this.focusTarget(target));
  }

  /** Nothing focused, shown nor open (another scope). */
  clear(): void {
    this.set(undefined, undefined, undefined);
  }

  hideTip(): void {
    this.set(this.focus, undefined, this.selected);
  }

  /** The tab stop and the tooltip go to a bar, and focus follows once it is drawn. */
  moveTo(id: number): void {
    this.set(id, id, this.selected);
    this.pending = 'mark';
  }

  /** Opens a declaration in the details panel, from its bar or its table row. */
  select(item: TimelineItem, from: 'mark' | 'table'): void {
    this.set(item.index, undefined, item.index);
    this.returnTo = from;
    this.pending = 'details';
    this.source.opened(item);
  }

  /** Closes the details: focus goes back where they were opened from (the table in the table view). */
  readonly closeDetails = (): void => {
    this.set(this.focus, this.tip, undefined);
    this.pending = this.source.view() === 'table' ? 'table' : this.returnTo;
  };

  /** Escape on a bar: hides the tooltip, else closes the details; false when neither shows. */
  escape(): boolean {
    if (this.tip !== undefined) this.set(this.focus, undefined, this.selected);
    else if (this.selected !== undefined) this.set(this.focus, this.tip, undefined);
    else return false;
    return true;
  }

  readonly focusIn = (event: FocusEvent): void => {
    const id = barId(event.target);
    if (id !== undefined) this.set(id, id, this.selected);
  };

  readonly focusOut = (event: FocusEvent): void => {
    // Moving to a bar far away: the old one leaves the document while this update renders.
    if (this.pending) return;
    const next = event.relatedTarget as Node | null;
    if (!next || !this.host.renderRoot.querySelector('.plot')?.contains(next)) this.hideTip();
  };

  readonly pointerOver = (event: PointerEvent): void => {
    if (this.source.dragging()) return;
    const id = barId(event.target);
    if (id !== undefined && id !== this.tip) this.set(this.focus, id, this.selected);
  };

  readonly pointerLeave = (): void => {
    if (this.source.dragging()) return;
    this.set(this.focus, barId(this.host.shadowRoot?.activeElement ?? null), this.selected);
  };

  readonly click = (event: MouseEvent): void => {
    if (this.source.justDragged()) return;
    const id = barId(event.target);
    const item = id !== undefined ? this.source.item(id) : undefined;
    if (item) this.select(item, 'mark');
  };

  private focusTarget(target: 'mark' | 'details' | 'table'): void {
    const root = this.host.renderRoot;
    if (target === 'details') root.querySelector<HTMLElement>('.details')?.focus();
    else if (target === 'table')
      root.querySelector<HTMLElement>(`button.link[data-id="${this.selected ?? this.focus}"]`)?.focus();
    else root.querySelector<SVGGElement>(`.bar-mark[data-id="${this.focus}"]`)?.focus();
  }

  /** Like the element's own state: an update only when something changed. */
  private set(focus: number | undefined, tip: number | undefined, selected: number | undefined): void {
    if (focus === this.focus && tip === this.tip && selected === this.selected) return;
    [this.focus, this.tip, this.selected] = [focus, tip, selected];
    this.host.requestUpdate();
  }
}

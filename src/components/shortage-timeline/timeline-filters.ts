/**
 * What the timeline shows, as a controller of the element's updates: the reader's filters
 * (classifications, states, a cause, an ATC class), the declarations they leave with the count of
 * each filter's values, and the rows shown in the order asked for with where their bars sit (what
 * the keyboard walks). Each is worked out once per input: a zoom or scroll frame filters nothing
 * again, and the render after a filter change finds its result ready.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ShortageClassification, ShortageState } from '../../data/contract.js';
import { shortageFigures } from '../../shortages/figures.js';
import { filterTimeline, type FilterResult, type ShortageFilters } from '../../shortages/filters.js';
import { CLASSIFICATIONS, STATES, type Timeline } from '../../shortages/model.js';
import { shownRows, type RowSort, type ShownRow } from '../../shortages/row-order.js';
import { memo } from '../base/memo.js';
import { orderOf, type Order } from './timeline-navigation.js';

/** What the controller asks of the element. */
export interface FiltersSource {
  /** The order of the rows (the element's `sort`). */
  sort(): RowSort;
  /** The reader changed the filters (the element goes back to the first row and says how many are left). */
  changed(): void;
}

export class TimelineFilters {
  private current: ShortageFilters = {};
  private readonly filter = memo(filterTimeline);
  private readonly rowsOf = memo(shownRows);
  private readonly orderOf = memo(orderOf);
  /** Key figures of the declarations left (the summary). */
  readonly figures = memo(shortageFigures);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: FiltersSource,
  ) {}

  /** The filters now. */
  get value(): ShortageFilters {
    return this.current;
  }

  /** The declarations the filters leave, and the count of each filter's values. */
  filtered(timeline: Timeline): FilterResult {
    return this.filter(timeline, this.current);
  }

  /** The rows shown, in the order asked for, and where they and their bars sit. */
  shown(timeline: Timeline): { rows: ShownRow[]; order: Order } {
    const rows = this.rowsOf(timeline, this.filtered(timeline).items, this.source.sort());
    return { rows, order: this.orderOf(rows, timeline.rows.length) };
  }

  /** No filter (another scope): nothing to announce. */
  clear(): void {
    this.current = {};
    this.host.requestUpdate();
  }

  readonly toggleClassification = (c: ShortageClassification, on: boolean): void =>
    this.toggle('classifications', CLASSIFICATIONS, c, on);

  readonly toggleState = (s: ShortageState, on: boolean): void => this.toggle('states', STATES, s, on);

  readonly setCause = (cause: string | undefined): void => this.set({ ...this.current, cause });

  readonly setAtc = (atc: string | undefined): void => this.set({ ...this.current, atc });

  readonly reset = (): void => this.set({});

  /** Shows or hides one value of a many-valued filter; all values shown is no filter. */
  private toggle<K extends 'classifications' | 'states', V extends ShortageClassification | ShortageState>(
    key: K,
    all: readonly V[],
    value: V,
    on: boolean,
  ): void {
    const current = (this.current[key] as readonly V[] | undefined) ?? all;
    const next = on
      ? all.filter((v) => v === value || current.includes(v))
      : current.filter((v) => v !== value);
    const filters = { ...this.current };
    if (next.length === all.length) delete filters[key];
    else (filters as Record<string, unknown>)[key] = next;
    this.set(filters);
  }

  private set(filters: ShortageFilters): void {
    for (const key of ['cause', 'atc'] as const) if (filters[key] === undefined) delete filters[key];
    this.current = filters;
    this.host.requestUpdate();
    this.source.changed();
  }
}

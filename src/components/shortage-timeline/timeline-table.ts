/**
 * The table view's sort and paging, as a controller of the element's updates: the column and the
 * direction the declarations are sorted by, the page shown and how many rows a page holds. A new
 * sort or page size goes back to the first page. The sorted list is worked out once per list,
 * language and sort: turning a page sorts nothing again, and the CSV download reuses it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/locale.js';
import type { TimelineItem } from '../../shortages/model.js';
import {
  defaultDirection,
  pageOf,
  sortItems,
  type Page,
  type TableColumnKey,
  type TableSort,
} from '../../shortages/table.js';
import { memo } from '../base/memo.js';

export class TimelineTable {
  /** At first: the newest start first, 25 rows a page. */
  private state: { sort: TableSort; page: number; pageSize: number } = {
    sort: { key: 'start', descending: true },
    page: 0,
    pageSize: 25,
  };
  private readonly sortItems = memo(sortItems);

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The column and direction of the rows. */
  get sort(): TableSort {
    return this.state.sort;
  }

  /** Rows in a page (one of the view's `PAGE_SIZES`). */
  get pageSize(): number {
    return this.state.pageSize;
  }

  /** The declarations `items` in the table's order. */
  sorted(lang: Lang, items: readonly TimelineItem[]): TimelineItem[] {
    return this.sortItems(lang, items, this.sort);
  }

  /** The page shown of the declarations `items`. */
  page(lang: Lang, items: readonly TimelineItem[]): Page<TimelineItem> {
    return pageOf(this.sorted(lang, items), this.state.page, this.pageSize);
  }

  /** Sorts by a column: the other way round when it is already the one, else in its natural direction. */
  readonly sortBy = (key: TableColumnKey): void => {
    const descending = this.sort.key === key ? !this.sort.descending : defaultDirection(key);
    this.set({ key, descending }, 0, this.pageSize);
  };

  readonly goTo = (page: number): void => this.set(this.sort, page, this.pageSize);

  readonly resize = (pageSize: number): void => this.set(this.sort, 0, pageSize);

  /** Back to the first page (another scope, other filters). */
  firstPage(): void {
    this.set(this.sort, 0, this.pageSize);
  }

  /** Like the element's own state: an update only when something changed. */
  private set(sort: TableSort, page: number, pageSize: number): void {
    const s = this.state;
    if (sort === s.sort && page === s.page && pageSize === s.pageSize) return;
    this.state = { sort, page, pageSize };
    this.host.requestUpdate();
  }
}

import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { cssomStyle } from '../../charts/cssom-style.js';
import type { ShortageClassification, ShortageState } from '../../data/contract.js';
import { toCsv } from '../../export/csv.js';
import { safeFileName, saveFile } from '../../export/save.js';
import { canvasMeasure, type Measure } from '../../charts/text.js';
import { formatNumber } from '../../i18n/format.js';
import { t } from '../../shortages/messages.js';
import {
  CLASSIFICATIONS,
  filterTimeline,
  shortageFigures,
  shownRows,
  STATES,
  type RowSort,
  type ShortageFilters,
  type ShownRow,
  type Timeline,
  type TimelineItem,
} from '../../shortages/model.js';
import {
  declarationsCsv,
  defaultDirection,
  pageOf,
  sortItems,
  type TableColumnKey,
  type TableSort,
} from '../../shortages/table.js';
import {
  barLabel,
  classificationLabel,
  durationText,
  expectedText,
  periodText,
  timelineSummary,
  todayText,
} from '../../shortages/text.js';
import {
  axisHeight,
  barGeometry,
  barLegend,
  rowMetrics,
  timelineAxisSvg,
  timelineRowsSvg,
  type DrawnRow,
  type TimelineLayout,
} from '../../shortages/timeline-svg.js';
import {
  domainText,
  extentOf,
  panDomain,
  revealDomain,
  rowWindow,
  sameDomain,
  timeAxis,
  zoomDomain,
  type TimeDomain,
} from '../../shortages/time-scale.js';
import { chartStyles } from '../base/chart.styles.js';
import { DatamedElement } from '../base/datamed-element.js';
import { memo } from '../base/memo.js';
import { DatamedShortageElement } from '../base/shortage-element.js';
import { detailsView, filtersView, tableView } from './shortage-timeline.view.js';
import { timelineStyles } from './shortage-timeline.styles.js';
import type { ShortageSelectDetail } from '../../events.js';

export type { ShortageSelectDetail };

let scrollbar: number | undefined;

/** Width of a classic scroll bar on this page (0 where scroll bars overlay the content). */
function scrollbarWidth(): number {
  if (scrollbar === undefined) {
    if (!document.body) return 0;
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;top:-200px;width:100px;height:100px;overflow:scroll';
    document.body.append(probe);
    scrollbar = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return scrollbar;
}

/** Position among the shown rows of the row of an item, or -1 when the item is not shown. */
function shownPosition(timeline: Timeline, rows: ShownRow[], order: Order, id: number): number {
  const item = timeline.items[id];
  if (!item) return -1;
  const position = order.rowPosition[item.row] ?? -1;
  return position >= 0 && rows[position]!.items.includes(item) ? position : -1;
}

const ZOOM_STEP = 2;
const PAN_STEP = 0.25;
const ANIMATION_MS = 200;

/**
 * Where the shown rows and items sit, from the rows alone (a filter frame must not walk every
 * item twice): each timeline row's position among the shown rows, and the reading-order number of
 * each shown row's first item.
 */
interface Order {
  /** By timeline row index: position among the shown rows, or -1. */
  rowPosition: Int32Array;
  /** By shown row: reading-order number (0-based) of its first item; one more entry: the total. */
  firstItem: Int32Array;
  total: number;
}

/**
 * Shortage declarations over time: one row per product, one bar per declaration from its start to
 * its end (an open one runs to the data's date, with an arrow; an expected return is dashed; a
 * closed one without end is a diamond), coloured and patterned by classification. Zoom and pan by
 * pointer (drag, Ctrl + wheel, pinch), buttons and keyboard; filters by classification, state,
 * cause and ATC class, with counts; a details panel; a sortable, paginated table.
 *
 * Rendering: SVG with windowing — only the rows in view are drawn, so 6,000 declarations cost what
 * twenty do, and every bar stays a real focusable element with a name.
 *
 * @summary Timeline of medicine shortage declarations, for a substance, a product, an ATC class or all.
 * @attr substance - Substance code: its declarations.
 * @attr product - Product name or its beginning (case and accents ignored).
 * @attr atc - ATC code or prefix (`J01`).
 * @attr today - ISO date drawn as "today" (default: the end of the data's period).
 * @attr sort - Order of the products: `recent` (default), `duration`, `count`, `product`.
 * @fires datamed-select - A declaration was opened; `detail: { declaration }`.
 * @fires datamed-load - Data loaded; `detail: { scope, data }`.
 * @fires datamed-error - Loading failed; `detail: { kind, message }`.
 * @fires datamed-view-change - Chart / table switch; `detail: { view }`.
 * @csspart chart - The timeline (axis and rows).
 * @csspart filters - The filters and sort.
 * @csspart summary - The text summary.
 * @csspart details - The details panel.
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --datamed-timeline-max-height - Height of the scrolling rows (default min(28rem, 70vh)).
 * @cssprop --datamed-series-1 - Rupture de stock (then -2 risk, -3 discontinuation, -4 other).
 *
 * @tag datamed-shortage-timeline
 */
export class DatamedShortageTimeline extends DatamedShortageElement {
  static override styles = [...(DatamedElement.styles as []), chartStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    filters: { state: true },
    domain: { state: true },
    rowsTop: { state: true },
    width: { state: true },
    viewportHeight: { state: true },
    focusId: { state: true },
    tipId: { state: true },
    selectedId: { state: true },
    tableSort: { state: true },
    tablePage: { state: true },
    pageSize: { state: true },
    liveText: { state: true },
    filtersOpen: { state: true },
  };

  /** Order of the products: `recent`, `duration`, `count` or `product`. */
  sort: RowSort = 'recent';

  private filters: ShortageFilters = {};
  private domain: TimeDomain | undefined;
  private rowsTop = 0;
  private width = 0;
  private viewportHeight = 0;
  private focusId: number | undefined;
  private tipId: number | undefined;
  private selectedId: number | undefined;
  private tableSort: TableSort = { key: 'start', descending: true };
  private tablePage = 0;
  private pageSize = 25;
  private liveText = '';
  /** Other filters shown: by default, unless the widget is narrow (a phone: the chart first). */
  private filtersOpen: boolean | undefined;
  /** The host's width before the first drawing (0: not known). */
  private hostWidth = 0;

  private measureFn: Measure | undefined;
  private boldMeasureFn: Measure | undefined;
  private fontSize = 14;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;
  private pendingFocus: 'mark' | 'details' | 'table' | undefined;
  private returnTo: 'mark' | 'table' = 'mark';
  private animation = 0;
  private drag:
    | { x: number; domain: TimeDomain; moved: boolean; pointer: number }
    | { pinch: true; distance: number; domain: TimeDomain; anchor: number }
    | undefined;
  private pointers = new Map<number, number>();
  /** Where the reader last scrolled the rows to (the DOM already agrees with that `rowsTop`). */
  private scrolledTo = -1;
  /** When the last drag or pinch ended: the click that follows it is not a selection. */
  private dragEndedAt = -Infinity;

  private readonly filtered = memo(filterTimeline);
  private readonly figures = memo(shortageFigures);
  private readonly rows = memo(shownRows);
  private readonly order = memo((rows: ShownRow[], rowCount: number): Order => {
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
  });
  private readonly extent = memo((timeline: Timeline) => extentOf(timeline.first, timeline.last));
  private readonly tableRows = memo(sortItems);

  /** The period shown now (ISO dates), for a page that wants to follow the reader's zoom. */
  get period(): { start: string; end: string } | undefined {
    const domain = this.currentDomain();
    if (!domain) return undefined;
    const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
    return { start: iso(domain.start), end: iso(domain.end) };
  }

  /** Zooms in (`factor` > 1) or out (< 1) around the focused declaration, else the centre. */
  zoomBy(factor: number): void {
    const domain = this.currentDomain();
    const timeline = this.timeline;
    if (!domain || !timeline) return;
    const focused = this.focusId !== undefined ? timeline.items[this.focusId] : undefined;
    const anchor =
      focused && focused.start <= domain.end && focused.end >= domain.start
        ? Math.min(domain.end, Math.max(domain.start, (focused.start + focused.end) / 2))
        : undefined;
    this.animateTo(zoomDomain(domain, this.extent(timeline), factor, anchor));
  }

  /** Shows the whole period again. */
  resetZoom(): void {
    const timeline = this.timeline;
    if (timeline) this.animateTo(this.extent(timeline));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in a page: observe the width again (updated() does it).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    cancelAnimationFrame(this.animation);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('data') ||
      changed.has('substance') ||
      changed.has('product') ||
      changed.has('atc') ||
      changed.has('source')
    ) {
      // Another scope: start again from the whole period, no filter, first bar.
      this.filters = {};
      this.domain = undefined;
      this.focusId = undefined;
      this.tipId = undefined;
      this.selectedId = undefined;
      this.tablePage = 0;
      this.rowsTop = 0;
    }
    if (changed.has('sort') && !['recent', 'duration', 'count', 'product'].includes(this.sort))
      this.sort = 'recent';
    if (!this.width) {
      // One layout read before the first drawing (the host has no content yet: it is cheap).
      if (!this.hostWidth && this.isConnected) this.hostWidth = this.getBoundingClientRect().width;
      this.estimate();
    }
  }

  /**
   * Before the first drawing: the rows' width and font size worked out from the host and the frame's
   * default insets, so that the first update draws the rows at once (no second update, no forced
   * style and layout in between). The measure after it corrects both, with one more drawing, when
   * the page's styles differ (custom font size or spacing, an embedded frame's own padding…).
   */
  private estimate(): void {
    const timeline = this.timeline;
    if (!timeline || !this.isConnected || this.view !== 'chart') return;
    const host = this.hostWidth;
    const style = getComputedStyle(this);
    const custom = (name: string) => style.getPropertyValue(name).trim();
    if (!host || custom('--datamed-chart-font-size') || custom('--datamed-timeline-max-height')) return;
    const space = /^([\d.]+)rem$/.exec(custom('--datamed-space'));
    if (!space) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const fontSize = 0.875 * rem;
    // The frame: a 1 px border and two spaces of padding, one below 30 rem (a container query).
    const inset = this.embedded ? 0 : 1 + Number(space[1]) * rem * (host < 30 * rem ? 1 : 2);
    const { rowHeight } = rowMetrics(fontSize);
    const rows = this.rows(timeline, this.filtered(timeline, this.filters).items, this.sort).length;
    const maxHeight = Math.min(28 * rem, 0.7 * innerHeight) - 2;
    const scrolls = rows * rowHeight > maxHeight;
    this.fontSize = fontSize;
    this.width = Math.floor(host - 2 * inset - (scrolls ? scrollbarWidth() : 0));
    this.viewportHeight = Math.floor(Math.min(rows * rowHeight, maxHeight));
    const font = `${fontSize}px ${style.fontFamily}`;
    this.measureFn = canvasMeasure(`${style.fontWeight} ${font}`, fontSize, style);
    this.boldMeasureFn = canvasMeasure(`700 ${font}`, fontSize * 1.06, style);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    // Not after the element left the page (a pending update): nobody would disconnect that observer.
    if (viewport && viewport !== this.observed && this.isConnected) {
      this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
      if (this.observed) this.resizeObserver.unobserve(this.observed);
      this.resizeObserver.observe(viewport);
      this.observed = viewport;
      // Right after this update (a microtask): the real width and font size. They draw the rows when
      // nothing could be estimated, and redraw them when the estimate was wrong.
      void this.updateComplete.then(() => this.measure());
    }
    // Set the scroll position when the element moved it (a filter, a bar brought into view), not when
    // the reader scrolled: reading it would force a layout in every scroll frame.
    if (
      viewport &&
      (changed as Map<PropertyKey, unknown>).has('rowsTop') &&
      this.rowsTop !== this.scrolledTo &&
      Math.abs(viewport.scrollTop - this.rowsTop) > 1
    )
      viewport.scrollTop = this.rowsTop;
    if (this.pendingFocus) {
      const target = this.pendingFocus;
      this.pendingFocus = undefined;
      void this.updateComplete.then(() => this.focusTarget(target));
    }
  }

  private measure(): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    const width = Math.floor(viewport.clientWidth);
    const height = Math.floor(viewport.clientHeight);
    const font = getComputedStyle(viewport);
    const fontSize = parseFloat(font.fontSize) || 14;
    if (fontSize !== this.fontSize || !this.measureFn) {
      this.fontSize = fontSize;
      this.measureFn = canvasMeasure(
        `${font.fontWeight} ${font.fontSize} ${font.fontFamily}`,
        fontSize,
        font,
      );
      this.boldMeasureFn = canvasMeasure(`700 ${font.fontSize} ${font.fontFamily}`, fontSize * 1.06, font);
      this.requestUpdate();
    }
    if (width && width !== this.width) this.width = width;
    if (height && height !== this.viewportHeight) this.viewportHeight = height;
  }

  private focusTarget(target: 'mark' | 'details' | 'table'): void {
    const root = this.renderRoot;
    if (target === 'details') root.querySelector<HTMLElement>('.details')?.focus();
    else if (target === 'table')
      root.querySelector<HTMLElement>(`button.link[data-id="${this.selectedId ?? this.focusId}"]`)?.focus();
    else root.querySelector<SVGGElement>(`.bar-mark[data-id="${this.focusId}"]`)?.focus();
  }

  /* ---------------------------------------------------------------------------------- render */

  private headingText(): string {
    const name = this.scopeName();
    return (
      this.heading ||
      (name ? t(this.language, 'shortagesHeadingOf', { name }) : t(this.language, 'shortagesHeadingAll'))
    );
  }

  override render(): TemplateResult {
    const timeline = this.timeline;
    const file = this.file;
    if (!timeline || !file) {
      return this.renderFrame({
        heading: this.headingText(),
        ...this.loadState,
        onRetry: () => this.loader.retry(),
      });
    }
    return this.renderFrame({
      heading: this.headingText(),
      status: 'ready',
      provenance: file.provenance,
      outcome: timeline.items.length ? { kind: 'content' } : this.noneOutcome(),
      hasTable: true,
      downloads: [{ label: t(this.language, 'downloadDeclarations'), run: () => this.exportCsv() }],
      content: () => this.renderContent(timeline),
    });
  }

  private renderContent(timeline: Timeline): TemplateResult {
    const lang = this.language;
    const { items, counts } = this.filtered(timeline, this.filters);
    const figures = this.figures(items);
    const summaryId = `${this.uid}-summary`;
    const selected = this.selectedId !== undefined ? timeline.items[this.selectedId] : undefined;
    return html`
      <p class="summary" id=${summaryId} part="summary">
        ${timelineSummary(lang, figures, timeline, timeline.items.length)}
      </p>
      ${filtersView(lang, this.uid, timeline, this.filters, counts, this.sort, this.moreFiltersOpen(), {
        toggleClassification: (c, on) => this.toggle('classifications', CLASSIFICATIONS, c, on),
        toggleState: (s, on) => this.toggle('states', STATES, s, on),
        setCause: (cause) => this.setFilters({ ...this.filters, cause }),
        setAtc: (atc) => this.setFilters({ ...this.filters, atc }),
        setSort: (sort) => {
          this.sort = sort;
          this.rowsTop = 0;
        },
        reset: () => this.setFilters({}),
        toggleMore: (open) => (this.filtersOpen = open),
      })}
      ${
        !items.length
          ? html`<div class="state state--info">
              <p>${t(lang, 'noMatch')}</p>
              <button type="button" @click=${() => this.setFilters({})}>${t(lang, 'resetFilters')}</button>
            </div>`
          : this.view === 'table'
            ? this.renderTable(timeline, items)
            : this.renderPlot(timeline, items, summaryId)
      }
      ${
        selected
          ? detailsView(lang, this.uid, this.headingLevel, selected, timeline, () => this.closeDetails())
          : nothing
      }
      <p class="sr-only" role="status">${this.liveText}</p>
    `;
  }

  private moreFiltersOpen(): boolean {
    // Before anything is measured (the table shown first): the host's own width decides.
    const width = this.width || this.hostWidth;
    return this.filtersOpen ?? (width === 0 || width >= this.fontSize * 34);
  }

  private layout(timeline: Timeline, domain: TimeDomain): TimelineLayout {
    return {
      lang: this.language,
      width: this.width,
      fontSize: this.fontSize,
      measure: this.measureFn!,
      boldMeasure: this.boldMeasureFn!,
      metrics: rowMetrics(this.fontSize),
      domain,
      today: timeline.today,
      idPrefix: this.uid,
      showSubstance: !this.substance,
    };
  }

  private currentDomain(): TimeDomain | undefined {
    const timeline = this.timeline;
    return timeline ? (this.domain ?? this.extent(timeline)) : undefined;
  }

  private renderPlot(timeline: Timeline, items: TimelineItem[], summaryId: string): TemplateResult {
    const lang = this.language;
    const rows = this.rows(timeline, items, this.sort);
    const order = this.order(rows, timeline.rows.length);
    const extent = this.extent(timeline);
    const domain = this.currentDomain()!;
    const metrics = rowMetrics(this.fontSize);
    // The tab stop: the focused bar while it is shown, else the first one.
    const focusId =
      this.focusId !== undefined && shownPosition(timeline, rows, order, this.focusId) >= 0
        ? this.focusId
        : rows[0]?.items[0]?.index;
    const totalHeight = rows.length * metrics.rowHeight;
    const ready = this.width > 0 && !!this.measureFn;
    let drawing: TemplateResult | typeof nothing = nothing;
    let axisSvg: TemplateResult | typeof nothing = nothing;
    if (ready) {
      const layout = this.layout(timeline, domain);
      const axis = timeAxis(domain, this.width, lang, this.measureFn!);
      const view = rowWindow(
        this.rowsTop,
        this.viewportHeight || this.fontSize * 28,
        metrics.rowHeight,
        rows.length,
      );
      const drawn: DrawnRow[] = [];
      for (let position = view.first; position < view.last; position++)
        drawn.push({ row: rows[position]!, position });
      // The focused bar stays in the document wherever the rows are scrolled: focus is never lost.
      const focusRow = focusId !== undefined ? shownPosition(timeline, rows, order, focusId) : undefined;
      // In position order: the focused row is never moved in the document (moving it would blur it).
      if (focusRow !== undefined && focusRow < view.first)
        drawn.unshift({ row: rows[focusRow]!, position: focusRow });
      if (focusRow !== undefined && focusRow >= view.last)
        drawn.push({ row: rows[focusRow]!, position: focusRow });
      drawing = timelineRowsSvg(
        drawn,
        rows.length,
        axis,
        layout,
        {
          id: focusId,
          positionOf: (item) => {
            const position = order.rowPosition[item.row]!;
            return order.firstItem[position]! + rows[position]!.items.indexOf(item) + 1;
          },
          total: order.total,
        },
        t(lang, 'timelineCaption'),
      );
      axisSvg = timelineAxisSvg(axis, layout, todayText(lang, timeline));
    }
    const whole = sameDomain(domain, extent);
    const tip = this.tipId !== undefined ? timeline.items[this.tipId] : undefined;
    return html`
      <div class="zoom" role="group" aria-label=${t(lang, 'zoomControls')}>
        ${this.zoomButton('−', t(lang, 'zoomOut'), whole, () => this.zoomBy(1 / ZOOM_STEP))}
        ${this.zoomButton('+', t(lang, 'zoomIn'), domain.end - domain.start <= 21 * 86_400_000 + 1, () => this.zoomBy(ZOOM_STEP))}
        ${this.zoomButton('‹', t(lang, 'panEarlier'), domain.start <= extent.start, () => this.pan(-PAN_STEP, true))}
        ${this.zoomButton('›', t(lang, 'panLater'), domain.end >= extent.end, () => this.pan(PAN_STEP, true))}
        ${this.zoomButton('⤢', t(lang, 'zoomAll'), whole, () => this.resetZoom(), true)}
        <p class="period">${t(lang, 'shownPeriod', { period: domainText(lang, domain) })}</p>
      </div>
      <div
        class="plot"
        part="chart"
        aria-describedby=${summaryId}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @click=${this.onClick}
        @wheel=${this.onWheel}
      >
        <div class="time-axis">${axisSvg}</div>
        <div class="viewport" @scroll=${this.onScroll}>
          <div class="spacer" style=${cssomStyle({ height: `${totalHeight}px` })}>${drawing}</div>
        </div>
        ${tip && ready ? this.renderTooltip(tip, this.layout(timeline, domain), shownPosition(timeline, rows, order, tip.index)) : nothing}
      </div>
      <p class="hint">${t(lang, 'timelineKeyboardHint')}</p>
      ${barLegend(lang, todayText(lang, timeline))}
    `;
  }

  private zoomButton(symbol: string, label: string, disabled: boolean, run: () => void, withText = false) {
    return html`<button
      type="button"
      class="zoom-button"
      aria-label=${withText ? nothing : label}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => {
        if (disabled) return;
        run();
      }}
    >
      <span aria-hidden="true">${symbol}</span>${withText ? html` ${label}` : nothing}
    </button>`;
  }

  /**
   * The tooltip of a bar, placed from the drawing's own numbers (no layout read, so a zoom frame
   * never forces one): under the bar, or above it in the lower part of the rows; from the bar's
   * start, or ending at its end in the right half.
   */
  private renderTooltip(
    item: TimelineItem,
    layout: TimelineLayout,
    row: number,
  ): TemplateResult | typeof nothing {
    if (row < 0) return nothing;
    const lang = this.language;
    const { rowHeight, barTop, barHeight } = layout.metrics;
    const height = this.viewportHeight || this.fontSize * 28;
    const top = row * rowHeight - this.rowsTop + barTop;
    if (top + barHeight < 0 || top > height) return nothing;
    const { x0, x1 } = barGeometry(item, layout);
    const y = axisHeight(this.fontSize) + 1 + top;
    const above = top > height * 0.55;
    const rightHalf = (x0 + x1) / 2 > layout.width / 2;
    const position = {
      ...(above ? { top: `${y - 6}px` } : { top: `${y + barHeight + 6}px` }),
      ...(rightHalf
        ? { right: `${Math.max(0, layout.width - Math.min(layout.width, x1))}px` }
        : { left: `${Math.max(0, x0)}px` }),
    };
    const expected = expectedText(lang, item);
    return html`<div
      class="tooltip ${above ? 'above' : ''}"
      part="tooltip"
      role="tooltip"
      id="${this.uid}-tooltip"
      aria-label=${barLabel(lang, item)}
      style=${cssomStyle(position)}
    >
      <strong>${item.declaration.product}</strong>
      <span class="tip-row">${classificationLabel(lang, item.declaration.classification)}</span>
      <span class="tip-row">${periodText(lang, item)}</span>
      ${item.endKind !== 'unknown' ? html`<span class="tip-row">${durationText(lang, item)}</span>` : nothing}
      ${expected ? html`<span class="tip-row">${expected}</span>` : nothing}
    </div>`;
  }

  private renderTable(timeline: Timeline, items: TimelineItem[]): TemplateResult {
    const lang = this.language;
    const sorted = this.tableRows(lang, items, this.tableSort);
    const page = pageOf(sorted, this.tablePage, this.pageSize);
    return tableView(
      lang,
      this.uid,
      page,
      items.length,
      this.tableSort,
      this.pageSize,
      timeline,
      this.selectedId,
      {
        sortBy: (key: TableColumnKey) => {
          this.tableSort =
            this.tableSort.key === key
              ? { key, descending: !this.tableSort.descending }
              : { key, descending: defaultDirection(key) };
          this.tablePage = 0;
        },
        page: (p) => (this.tablePage = p),
        pageSize: (size) => {
          this.pageSize = size;
          this.tablePage = 0;
        },
        open: (item) => this.select(item, 'table'),
      },
    );
  }

  /* ------------------------------------------------------------------------------- filters */

  private toggle<K extends 'classifications' | 'states', V extends ShortageClassification | ShortageState>(
    key: K,
    all: readonly V[],
    value: V,
    on: boolean,
  ): void {
    const current = (this.filters[key] as readonly V[] | undefined) ?? all;
    const next = on
      ? all.filter((v) => v === value || current.includes(v))
      : current.filter((v) => v !== value);
    const filters = { ...this.filters };
    if (next.length === all.length) delete filters[key];
    else (filters as Record<string, unknown>)[key] = next;
    this.setFilters(filters);
  }

  private setFilters(filters: ShortageFilters): void {
    for (const key of ['cause', 'atc'] as const) if (filters[key] === undefined) delete filters[key];
    this.filters = filters;
    this.tablePage = 0;
    this.rowsTop = 0;
    const timeline = this.timeline;
    if (timeline) {
      // The render that follows finds this result in its memo.
      const shown = this.filtered(timeline, filters).items.length;
      this.liveText = t(this.language, 'summaryFiltered', {
        shown: formatNumber(this.language, shown),
        total: t(this.language, 'declarationsCount', {
          count: timeline.items.length,
          n: formatNumber(this.language, timeline.items.length),
        }),
      });
    }
  }

  /* -------------------------------------------------------------------------- zoom and pan */

  private prefersReducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Goes to a period: at once when the reader asks for reduced motion, else in 200 ms. */
  private animateTo(target: TimeDomain, announce = true): void {
    cancelAnimationFrame(this.animation);
    const from = this.currentDomain();
    if (announce)
      this.liveText = t(this.language, 'shownPeriod', { period: domainText(this.language, target) });
    if (!from || this.prefersReducedMotion() || sameDomain(from, target)) {
      this.domain = target;
      return;
    }
    const started = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - started) / ANIMATION_MS);
      const eased = 1 - (1 - p) ** 3;
      this.domain =
        p >= 1
          ? target
          : {
              start: from.start + (target.start - from.start) * eased,
              end: from.end + (target.end - from.end) * eased,
            };
      if (p < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  private pan(fraction: number, animate = false): void {
    const domain = this.currentDomain();
    const timeline = this.timeline;
    if (!domain || !timeline) return;
    const target = panDomain(domain, this.extent(timeline), (domain.end - domain.start) * fraction);
    if (animate) this.animateTo(target);
    else this.domain = target;
  }

  /* --------------------------------------------------------------------------- interaction */

  private idOf(target: EventTarget | null): number | undefined {
    const id = (target as Element | null)?.closest?.('.bar-mark')?.getAttribute('data-id');
    return id === null || id === undefined ? undefined : Number(id);
  }

  private shownOrder(): { order: Order; rows: ShownRow[] } | undefined {
    const timeline = this.timeline;
    if (!timeline) return undefined;
    const rows = this.rows(timeline, this.filtered(timeline, this.filters).items, this.sort);
    return { order: this.order(rows, timeline.rows.length), rows };
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const id = this.idOf(event.target);
    const shown = this.shownOrder();
    if (id === undefined || !shown) return;
    const { order, rows } = shown;
    const rowPos = shownPosition(this.timeline!, rows, order, id);
    if (rowPos < 0) return;
    const current = this.timeline!.items[id]!;
    const flatHere = order.firstItem[rowPos]! + rows[rowPos]!.items.indexOf(current);
    /** The item at a reading-order number (clamped): its row by binary search on the first items. */
    const flatAt = (n: number) => {
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
    const rowAt = (delta: number) => {
      const row = Math.min(rows.length - 1, Math.max(0, rowPos + delta));
      // The bar of that row nearest in time to the current one.
      return rows[row]!.items.reduce((best, item) =>
        Math.abs(item.start - current.start) < Math.abs(best.start - current.start) ? item : best,
      );
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const forward = event.key === 'ArrowRight';
        if (event.shiftKey) this.pan(forward ? PAN_STEP : -PAN_STEP, true);
        else this.moveTo(flatAt(flatHere + (forward ? 1 : -1)));
        break;
      }
      case 'ArrowDown':
        this.moveTo(rowAt(1));
        break;
      case 'ArrowUp':
        this.moveTo(rowAt(-1));
        break;
      case 'PageDown':
        this.moveTo(rowAt(10));
        break;
      case 'PageUp':
        this.moveTo(rowAt(-10));
        break;
      case 'Home':
        this.moveTo(flatAt(0));
        break;
      case 'End':
        this.moveTo(flatAt(order.total - 1));
        break;
      case 'Enter':
      case ' ':
        this.select(current, 'mark');
        break;
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        this.resetZoom();
        break;
      case 'Escape':
        if (this.tipId !== undefined) this.tipId = undefined;
        else if (this.selectedId !== undefined) this.selectedId = undefined;
        else return;
        event.stopPropagation();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** Moves the tab stop to a bar, scrolling its row and its period into view. */
  private moveTo(item: TimelineItem): void {
    const shown = this.shownOrder();
    const timeline = this.timeline;
    if (!shown || !timeline) return;
    const row = Math.max(0, shownPosition(timeline, shown.rows, shown.order, item.index));
    const { rowHeight } = rowMetrics(this.fontSize);
    const height = this.viewportHeight || this.fontSize * 28;
    if (row * rowHeight < this.rowsTop) this.rowsTop = row * rowHeight;
    else if ((row + 1) * rowHeight > this.rowsTop + height) this.rowsTop = (row + 1) * rowHeight - height;
    const domain = this.currentDomain()!;
    const revealed = revealDomain(
      domain,
      this.extent(timeline),
      item.start,
      Math.max(item.end, item.expected ?? item.end),
    );
    if (revealed !== domain) this.domain = revealed;
    this.focusId = item.index;
    this.tipId = item.index;
    this.pendingFocus = 'mark';
  }

  private select(item: TimelineItem, from: 'mark' | 'table'): void {
    this.selectedId = item.index;
    this.focusId = item.index;
    this.tipId = undefined;
    this.returnTo = from;
    this.pendingFocus = 'details';
    this.emit<ShortageSelectDetail>('datamed-select', { declaration: item.declaration });
  }

  private closeDetails(): void {
    this.selectedId = undefined;
    this.pendingFocus = this.view === 'table' ? 'table' : this.returnTo;
  }

  private onFocusIn = (event: FocusEvent): void => {
    const id = this.idOf(event.target);
    if (id === undefined) return;
    this.focusId = id;
    this.tipId = id;
  };

  private onFocusOut = (event: FocusEvent): void => {
    // Moving to a bar far away: the old one leaves the document while this update renders.
    if (this.pendingFocus) return;
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.querySelector('.plot')?.contains(next)) this.tipId = undefined;
  };

  private onPointerOver = (event: PointerEvent): void => {
    if (this.drag) return;
    const id = this.idOf(event.target);
    if (id !== undefined && id !== this.tipId) this.tipId = id;
  };

  private onPointerLeave = (): void => {
    if (this.drag) return;
    const focused = this.idOf(this.shadowRoot?.activeElement ?? null);
    this.tipId = focused;
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const domain = this.currentDomain();
    if (!domain) return;
    this.pointers.set(event.pointerId, event.clientX);
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [number, number];
      const plot = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const middle = (a + b) / 2 - plot.left;
      this.drag = {
        pinch: true,
        distance: Math.max(1, Math.abs(a - b)),
        domain,
        anchor: domain.start + (middle / Math.max(1, this.width)) * (domain.end - domain.start),
      };
    } else {
      this.drag = { x: event.clientX, domain, moved: false, pointer: event.pointerId };
    }
  };

  private onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    const timeline = this.timeline;
    if (!drag || !timeline || !this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, event.clientX);
    const extent = this.extent(timeline);
    if ('pinch' in drag) {
      const [a, b] = [...this.pointers.values()] as [number, number];
      const factor = Math.max(1, Math.abs(a - b)) / drag.distance;
      this.domain = zoomDomain(drag.domain, extent, factor, drag.anchor);
      return;
    }
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 5) return;
    if (!drag.moved) {
      drag.moved = true;
      this.tipId = undefined;
      try {
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser no longer tracks (or a synthetic one): drag without capture.
      }
    }
    cancelAnimationFrame(this.animation);
    const span = drag.domain.end - drag.domain.start;
    this.domain = panDomain(drag.domain, extent, (-dx / Math.max(1, this.width)) * span);
  };

  private onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    const drag = this.drag;
    if (drag && ('pinch' in drag || drag.moved)) this.dragEndedAt = performance.now();
    if (!this.pointers.size) this.drag = undefined;
  };

  private onClick = (event: MouseEvent): void => {
    if (performance.now() - this.dragEndedAt < 300) return;
    const id = this.idOf(event.target);
    const item = id !== undefined ? this.timeline?.items[id] : undefined;
    if (item) this.select(item, 'mark');
  };

  private onWheel = (event: WheelEvent): void => {
    const domain = this.currentDomain();
    const timeline = this.timeline;
    if (!domain || !timeline) return;
    const span = domain.end - domain.start;
    if (event.ctrlKey || event.metaKey) {
      // Ctrl + wheel, and pinch on a touchpad: zoom around the pointer.
      event.preventDefault();
      const plot = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const anchor = domain.start + ((event.clientX - plot.left) / Math.max(1, this.width)) * span;
      this.domain = zoomDomain(domain, this.extent(timeline), Math.exp(-event.deltaY * 0.002), anchor);
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      const delta = event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX;
      this.domain = panDomain(domain, this.extent(timeline), (delta / Math.max(1, this.width)) * span);
    }
  };

  private onScroll = (event: Event): void => {
    this.rowsTop = this.scrolledTo = (event.currentTarget as HTMLElement).scrollTop;
  };

  /* -------------------------------------------------------------------------------- export */

  private exportCsv(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const lang = this.language;
    const { items } = this.filtered(timeline, this.filters);
    const sorted = this.tableRows(lang, items, this.tableSort);
    saveFile(
      `${safeFileName(this.headingText())}.csv`,
      toCsv(declarationsCsv(lang, sorted, timeline), lang),
      'text/csv;charset=utf-8',
    );
  }
}

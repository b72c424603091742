import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { cssomStyle } from '../../charts/cssom-style.js';
import type { ShortageClassification, ShortageState } from '../../data/contract.js';
import { saveFile } from '../../export/save.js';
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
import { timelineSummary, todayText } from '../../shortages/text.js';
import {
  barLegend,
  rowMetrics,
  timelineAxisSvg,
  timelineRowsSvg,
  type TimelineLayout,
} from '../../shortages/timeline-svg.js';
import {
  domainText,
  revealDomain,
  rowWindow,
  timeAxis,
  type TimeDomain,
} from '../../shortages/time-scale.js';
import { chartStyles } from '../base/chart.styles.js';
import { DatamedElement } from '../base/datamed-element.js';
import { memo } from '../base/memo.js';
import { DatamedShortageElement } from '../base/shortage-element.js';
import { detailsView, filtersView, tableView } from './shortage-timeline.view.js';
import { tooltipView, zoomView } from './timeline-plot.view.js';
import {
  keyAction,
  orderOf,
  PAN_STEP,
  readingPosition,
  shownPosition,
  ZOOM_STEP,
} from './timeline-navigation.js';
import { declarationsDownload } from './timeline-export.js';
import { barId, TimelineFocus } from './timeline-focus.js';
import { TimelineMeasure } from './timeline-measure.js';
import { drawnRows, TimelineScroll } from './timeline-scroll.js';
import { TimelineTable } from './timeline-table.js';
import { TimelineZoom } from './timeline-zoom.js';
import { timelineStyles } from './shortage-timeline.styles.js';
import type { ShortageSelectDetail } from '../../events.js';

export type { ShortageSelectDetail };

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
    liveText: { state: true },
    filtersOpen: { state: true },
  };

  /** Order of the products: `recent`, `duration`, `count` or `product`. */
  sort: RowSort = 'recent';

  private filters: ShortageFilters = {};
  private liveText = '';
  /** Other filters shown: by default, unless the widget is narrow (a phone: the chart first). */
  private filtersOpen: boolean | undefined;

  /** Sizes of the rows and how to measure their texts. */
  private readonly size = new TimelineMeasure(this, {
    embedded: () => this.embedded,
    drawsRows: () => !!this.timeline && this.view === 'chart',
    rowCount: () => this.shownOrder()?.rows.length ?? 0,
  });
  /** The period shown: zoom, pan, their animation and gestures. */
  private readonly zoom = new TimelineZoom(this, {
    timeline: () => this.timeline,
    width: () => this.size.width,
    announce: (target) =>
      (this.liveText = t(this.language, 'shownPeriod', { period: domainText(this.language, target) })),
    dragStarted: () => this.marks.hideTip(),
  });
  /** How far the rows are scrolled. */
  private readonly rowScroll = new TimelineScroll(this);
  /** The bar with the tab stop, the tooltip, the details panel, and focus after an update. */
  private readonly marks = new TimelineFocus(this, {
    item: (id) => this.timeline?.items[id],
    view: () => this.view,
    dragging: () => this.zoom.dragging,
    justDragged: () => this.zoom.justDragged(),
    opened: (item) => this.emit<ShortageSelectDetail>('datamed-select', { declaration: item.declaration }),
  });
  /** The table view's sort and page. */
  private readonly table = new TimelineTable(this);

  private readonly filtered = memo(filterTimeline);
  private readonly figures = memo(shortageFigures);
  private readonly rows = memo(shownRows);
  private readonly order = memo(orderOf);

  /** The period shown now (ISO dates), for a page that wants to follow the reader's zoom. */
  get period(): { start: string; end: string } | undefined {
    const domain = this.zoom.current();
    if (!domain) return undefined;
    const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
    return { start: iso(domain.start), end: iso(domain.end) };
  }

  /** Zooms in (`factor` > 1) or out (< 1) around the focused declaration, else the centre. */
  zoomBy(factor: number): void {
    const domain = this.zoom.current();
    const focusId = this.marks.focusId;
    const focused = focusId !== undefined ? this.timeline?.items[focusId] : undefined;
    const anchor =
      domain && focused && focused.start <= domain.end && focused.end >= domain.start
        ? Math.min(domain.end, Math.max(domain.start, (focused.start + focused.end) / 2))
        : undefined;
    this.zoom.zoomBy(factor, anchor);
  }

  /** Shows the whole period again. */
  resetZoom(): void {
    this.zoom.reset();
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
      this.zoom.clear();
      this.marks.clear();
      this.table.firstPage();
      this.rowScroll.toTop();
    }
    if (changed.has('sort') && !['recent', 'duration', 'count', 'product'].includes(this.sort))
      this.sort = 'recent';
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
      downloads: [{ label: t(this.language, 'downloadDeclarations'), run: () => this.download() }],
      content: () => this.renderContent(timeline),
    });
  }

  private renderContent(timeline: Timeline): TemplateResult {
    const lang = this.language;
    const { items, counts } = this.filtered(timeline, this.filters);
    const figures = this.figures(items);
    const summaryId = `${this.uid}-summary`;
    const selectedId = this.marks.selectedId;
    const selected = selectedId !== undefined ? timeline.items[selectedId] : undefined;
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
          this.rowScroll.toTop();
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
          ? detailsView(lang, this.uid, this.headingLevel, selected, timeline, this.marks.closeDetails)
          : nothing
      }
      <p class="sr-only" role="status">${this.liveText}</p>
    `;
  }

  private moreFiltersOpen(): boolean {
    // Before anything is measured (the table shown first): the host's own width decides.
    const width = this.size.width || this.size.hostWidth;
    return this.filtersOpen ?? (width === 0 || width >= this.size.fontSize * 34);
  }

  private layout(timeline: Timeline, domain: TimeDomain): TimelineLayout {
    return {
      lang: this.language,
      width: this.size.width,
      fontSize: this.size.fontSize,
      measure: this.size.measure!,
      boldMeasure: this.size.boldMeasure!,
      metrics: rowMetrics(this.size.fontSize),
      domain,
      today: timeline.today,
      idPrefix: this.uid,
      showSubstance: !this.substance,
    };
  }

  private renderPlot(timeline: Timeline, items: TimelineItem[], summaryId: string): TemplateResult {
    const lang = this.language;
    const rows = this.rows(timeline, items, this.sort);
    const order = this.order(rows, timeline.rows.length);
    const extent = this.zoom.extent(timeline);
    const domain = this.zoom.current()!;
    const { width, fontSize, viewportHeight } = this.size;
    const metrics = rowMetrics(fontSize);
    // The tab stop: the focused bar while it is shown, else the first one.
    const focusId =
      this.marks.focusId !== undefined && shownPosition(timeline, rows, order, this.marks.focusId) >= 0
        ? this.marks.focusId
        : rows[0]?.items[0]?.index;
    const totalHeight = rows.length * metrics.rowHeight;
    const ready = this.size.ready;
    let drawing: TemplateResult | typeof nothing = nothing;
    let axisSvg: TemplateResult | typeof nothing = nothing;
    if (ready) {
      const layout = this.layout(timeline, domain);
      const axis = timeAxis(domain, width, lang, this.size.measure!);
      const view = rowWindow(
        this.rowScroll.top,
        viewportHeight || fontSize * 28,
        metrics.rowHeight,
        rows.length,
      );
      const focusRow = focusId !== undefined ? shownPosition(timeline, rows, order, focusId) : undefined;
      drawing = timelineRowsSvg(
        drawnRows(rows, view, focusRow),
        rows.length,
        axis,
        layout,
        {
          id: focusId,
          positionOf: (item) => readingPosition(rows, order, item),
          total: order.total,
        },
        t(lang, 'timelineCaption'),
      );
      axisSvg = timelineAxisSvg(axis, layout, todayText(lang, timeline));
    }
    const tipId = this.marks.tipId;
    const tip = tipId !== undefined ? timeline.items[tipId] : undefined;
    return html`
      ${zoomView(lang, domain, extent, {
        zoomIn: () => this.zoomBy(ZOOM_STEP),
        zoomOut: () => this.zoomBy(1 / ZOOM_STEP),
        earlier: () => this.zoom.pan(-PAN_STEP, true),
        later: () => this.zoom.pan(PAN_STEP, true),
        all: () => this.resetZoom(),
      })}
      <div
        class="plot"
        part="chart"
        aria-describedby=${summaryId}
        @keydown=${this.onKeydown}
        @focusin=${this.marks.focusIn}
        @focusout=${this.marks.focusOut}
        @pointerover=${this.marks.pointerOver}
        @pointerleave=${this.marks.pointerLeave}
        @pointerdown=${(e: PointerEvent) => this.zoom.pointerDown(e)}
        @pointermove=${(e: PointerEvent) => this.zoom.pointerMove(e)}
        @pointerup=${(e: PointerEvent) => this.zoom.pointerUp(e)}
        @pointercancel=${(e: PointerEvent) => this.zoom.pointerUp(e)}
        @click=${this.marks.click}
        @wheel=${(e: WheelEvent) => this.zoom.wheel(e)}
      >
        <div class="time-axis">${axisSvg}</div>
        <div class="viewport" @scroll=${this.rowScroll.scrolled}>
          <div class="spacer" style=${cssomStyle({ height: `${totalHeight}px` })}>${drawing}</div>
        </div>
        ${
          tip && ready
            ? tooltipView(lang, `${this.uid}-tooltip`, tip, this.layout(timeline, domain), {
                row: shownPosition(timeline, rows, order, tip.index),
                rowsTop: this.rowScroll.top,
                height: viewportHeight || fontSize * 28,
              })
            : nothing
        }
      </div>
      <p class="hint">${t(lang, 'timelineKeyboardHint')}</p>
      ${barLegend(lang, todayText(lang, timeline))}
    `;
  }

  private renderTable(timeline: Timeline, items: TimelineItem[]): TemplateResult {
    const lang = this.language;
    const { table, marks } = this;
    return tableView(
      lang,
      this.uid,
      table.page(lang, items),
      items.length,
      table.sort,
      table.pageSize,
      timeline,
      marks.selectedId,
      {
        sortBy: table.sortBy,
        page: table.goTo,
        pageSize: table.resize,
        open: (item) => marks.select(item, 'table'),
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
    this.table.firstPage();
    this.rowScroll.toTop();
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

  /* --------------------------------------------------------------------------- interaction */

  private shownOrder(): { order: ReturnType<typeof orderOf>; rows: ShownRow[] } | undefined {
    const timeline = this.timeline;
    if (!timeline) return undefined;
    const rows = this.rows(timeline, this.filtered(timeline, this.filters).items, this.sort);
    return { order: this.order(rows, timeline.rows.length), rows };
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const id = barId(event.target);
    const shown = this.shownOrder();
    const timeline = this.timeline;
    const current = id !== undefined ? timeline?.items[id] : undefined;
    if (!shown || !timeline || !current) return;
    const action = keyAction(event.key, event.shiftKey, current, shown.rows, shown.order, timeline);
    if (!action) return;
    switch (action.kind) {
      case 'move':
        this.moveTo(action.item);
        break;
      case 'pan':
        this.zoom.pan(action.fraction, true);
        break;
      case 'select':
        this.marks.select(action.item, 'mark');
        break;
      case 'zoom':
        this.zoomBy(action.factor);
        break;
      case 'reset':
        this.resetZoom();
        break;
      case 'escape':
        // The tooltip first, then the details; else the key is the page's.
        if (!this.marks.escape()) return;
        event.stopPropagation();
    }
    event.preventDefault();
  };

  /** Moves the tab stop to a bar, scrolling its row and its period into view. */
  private moveTo(item: TimelineItem): void {
    const shown = this.shownOrder();
    const timeline = this.timeline;
    if (!shown || !timeline) return;
    const row = Math.max(0, shownPosition(timeline, shown.rows, shown.order, item.index));
    const { rowHeight } = rowMetrics(this.size.fontSize);
    this.rowScroll.reveal(row, rowHeight, this.size.viewportHeight || this.size.fontSize * 28);
    const domain = this.zoom.current()!;
    const revealed = revealDomain(
      domain,
      this.zoom.extent(timeline),
      item.start,
      Math.max(item.end, item.expected ?? item.end),
    );
    if (revealed !== domain) this.zoom.set(revealed);
    this.marks.moveTo(item.index);
  }

  /* -------------------------------------------------------------------------------- export */

  private download(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const lang = this.language;
    const sorted = this.table.sorted(lang, this.filtered(timeline, this.filters).items);
    const file = declarationsDownload(lang, this.headingText(), sorted, timeline);
    saveFile(file.fileName, file.content, file.type);
  }
}

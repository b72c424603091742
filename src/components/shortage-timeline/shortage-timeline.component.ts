import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import { saveFile } from '../../export/save.js';
import { formatNumber } from '../../i18n/format.js';
import { t } from '../../shortages/messages.js';
import type { Timeline, TimelineItem } from '../../shortages/model.js';
import type { RowSort } from '../../shortages/row-order.js';
import { timelineSummary } from '../../shortages/text.js';
import { rowMetrics } from '../../shortages/timeline-svg.js';
import { pageOf } from '../../shortages/table.js';
import { domainText, revealDomain } from '../../shortages/time-scale.js';
import { chartStyles } from '../base/chart.styles.js';
import { DatamedElement } from '../base/datamed-element.js';
import { serverSettings } from '../base/server-settings.js';
import { DatamedShortageElement } from '../base/shortage-element.js';
import { detailsView, filtersView, tableView } from './shortage-timeline.view.js';
import { plotView, type PlotHandlers } from './timeline-plot.view.js';
import { keyAction, PAN_STEP, shownPosition, ZOOM_STEP } from './timeline-navigation.js';
import { declarationsDownload } from './timeline-export.js';
import { TimelineFilters } from './timeline-filters.js';
import { barId, TimelineFocus } from './timeline-focus.js';
import { TimelineMeasure } from './timeline-measure.js';
import { TimelineScroll } from './timeline-scroll.js';
import { TimelineTable } from './timeline-table.js';
import { TimelineZoom } from './timeline-zoom.js';
import { timelineStyles } from './shortage-timeline.styles.js';
import { timelinePlotStyles } from './timeline-plot.styles.js';
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
 * @attr substance - A substance (code, name or brand name): its declarations.
 * @attr cis - A product's CIS code (8 digits): the declarations linked to that product.
 * @attr product - Product name or its beginning (case and accents ignored).
 * @attr atc - ATC code or prefix (`J01`).
 * @attr today - ISO date drawn as "today" (default: the end of the data's period).
 * @attr sort - Order of the products: `recent` (default), `duration`, `count`, `product`.
 * @fires {CustomEvent<ShortageSelectDetail>} datamed-select - A declaration was opened; `detail: { declaration }`.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { scope, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message }`.
 * @fires {CustomEvent<DatamedViewChangeDetail>} datamed-view-change - Chart / table switch; `detail: { view }`.
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
  static override styles = [
    ...(DatamedElement.styles as []),
    chartStyles,
    timelineStyles,
    timelinePlotStyles,
  ];

  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    liveText: { state: true },
    filtersOpen: { state: true },
  };

  /** Order of the products: `recent`, `duration`, `count` or `product`. */
  sort: RowSort = 'recent';

  private liveText = '';
  /** Other filters shown: by default, unless the widget is narrow (a phone: the chart first). */
  private filtersOpen: boolean | undefined;

  /** The filters, the declarations they leave and the rows shown. */
  private readonly filters = new TimelineFilters(this, {
    sort: () => this.sort,
    changed: () => this.filtersChanged(),
  });
  /** Sizes of the rows and how to measure their texts. */
  private readonly size = new TimelineMeasure(this, {
    embedded: () => this.embedded,
    drawsRows: () => !!this.timeline && this.view === 'chart',
    rowCount: () => {
      const timeline = this.timeline;
      return timeline ? this.filters.shown(timeline).rows.length : 0;
    },
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
  /** The zoom buttons' and the plot's listeners, made once. */
  private readonly plotHandlers: PlotHandlers = {
    zoomIn: () => this.zoomBy(ZOOM_STEP),
    zoomOut: () => this.zoomBy(1 / ZOOM_STEP),
    earlier: () => this.zoom.pan(-PAN_STEP, true),
    later: () => this.zoom.pan(PAN_STEP, true),
    all: () => this.resetZoom(),
    keydown: (e) => this.onKeydown(e),
    focusin: this.marks.focusIn,
    focusout: this.marks.focusOut,
    pointerover: this.marks.pointerOver,
    pointerleave: this.marks.pointerLeave,
    pointerdown: (e) => this.zoom.pointerDown(e),
    pointermove: (e) => this.zoom.pointerMove(e),
    pointerup: (e) => this.zoom.pointerUp(e),
    click: this.marks.click,
    wheel: (e) => this.zoom.wheel(e),
    scroll: this.rowScroll.scrolled,
  };

  /** The period shown now (ISO dates), for a page that wants to follow the reader's zoom. */
  get period(): { start: string; end: string } | undefined {
    const domain = this.zoom.current();
    if (!domain) return undefined;
    const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
    return { start: iso(domain.start), end: iso(domain.end) };
  }

  /** Zooms in (`factor` > 1) or out (< 1) around the focused declaration, else the centre. */
  zoomBy(factor: number): void {
    const id = this.marks.focusId;
    this.zoom.zoomAround(factor, id !== undefined ? this.timeline?.items[id] : undefined);
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
      changed.has('cis') ||
      changed.has('source')
    ) {
      // Another scope: start again from the whole period, no filter, first bar.
      this.filters.clear();
      this.zoom.clear();
      this.marks.clear();
      this.table.firstPage();
      this.rowScroll.toTop();
    }
    if (changed.has('sort') && !['recent', 'duration', 'count', 'product'].includes(this.sort))
      this.sort = 'recent';
    // The server has no layout and runs no controller: sizes it can assume (timeline-measure.ts).
    if (isServer) this.size.serverEstimate();
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
    const { filters } = this;
    const { items, counts } = filters.filtered(timeline);
    const selectedId = this.marks.selectedId;
    const selected = selectedId !== undefined ? timeline.items[selectedId] : undefined;
    return html`
      <p class="summary" id="${this.uid}-summary" part="summary">
        ${spokenNumbers(timelineSummary(lang, filters.figures(items), timeline, timeline.items.length))}
      </p>
      ${filtersView(lang, this.uid, timeline, filters.value, counts, this.sort, this.moreFiltersOpen(), {
        toggleClassification: filters.toggleClassification,
        toggleState: filters.toggleState,
        setCause: filters.setCause,
        setAtc: filters.setAtc,
        setSort: (sort) => {
          this.sort = sort;
          this.rowScroll.toTop();
        },
        reset: filters.reset,
        toggleMore: (open) => (this.filtersOpen = open),
      })}
      ${
        !items.length
          ? html`<div class="state state--info">
              <p>${t(lang, 'noMatch')}</p>
              <button type="button" @click=${filters.reset}>${t(lang, 'resetFilters')}</button>
            </div>`
          : this.view === 'table'
            ? this.renderTable(timeline, items)
            : this.renderPlot(timeline)
      }
      ${isServer && items.length && this.view === 'chart' ? serverSettings.views?.table(lang, this.renderTable(timeline, items, true)) : nothing}
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

  private renderPlot(timeline: Timeline): TemplateResult {
    const { marks } = this;
    return plotView(
      {
        lang: this.language,
        uid: this.uid,
        timeline,
        ...this.filters.shown(timeline),
        domain: this.zoom.current()!,
        extent: this.zoom.extent(timeline),
        size: this.size,
        rowsTop: this.rowScroll.top,
        focusId: marks.focusId,
        tipId: marks.tipId,
        showSubstance: !this.substance,
      },
      this.plotHandlers,
    );
  }

  /** The declarations' table; `whole`: every row on one page (the server's, read without JavaScript). */
  private renderTable(timeline: Timeline, items: TimelineItem[], whole = false): TemplateResult {
    const lang = this.language;
    const { table, marks } = this;
    return tableView(
      lang,
      this.uid,
      whole ? pageOf(table.sorted(lang, items), 0, items.length) : table.page(lang, items),
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

  /** After the reader changed the filters: the first row and page, and how many are left, said. */
  private filtersChanged(): void {
    this.table.firstPage();
    this.rowScroll.toTop();
    const timeline = this.timeline;
    if (!timeline) return;
    // The render that follows finds this result in its memo.
    const shown = this.filters.filtered(timeline).items.length;
    this.liveText = t(this.language, 'summaryFiltered', {
      shown: formatNumber(this.language, shown),
      total: t(this.language, 'declarationsCount', {
        count: timeline.items.length,
        n: formatNumber(this.language, timeline.items.length),
      }),
    });
  }

  /* --------------------------------------------------------------------------- interaction */

  private onKeydown(event: KeyboardEvent): void {
    const id = barId(event.target);
    const timeline = this.timeline;
    const shown = timeline && this.filters.shown(timeline);
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
  }

  /** Moves the tab stop to a bar, scrolling its row and its period into view. */
  private moveTo(item: TimelineItem): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const shown = this.filters.shown(timeline);
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
    const sorted = this.table.sorted(lang, this.filters.filtered(timeline).items);
    const file = declarationsDownload(lang, this.headingText(), sorted, timeline);
    saveFile(file.fileName, file.content, file.type);
  }
}

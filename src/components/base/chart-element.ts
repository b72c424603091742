import {
  html,
  isServer,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import { chartTable } from '../../charts/chart-table.js';
import { checkChartData } from '../../charts/check-data.js';
import { toDatamedError, type DatamedError } from '../../data/errors.js';
import type { ChartData, ChartOptions, ChartRender } from '../../charts/model.js';
import { chartSummary, type ChartKind } from '../../charts/summary.js';
import { renderTable } from '../../charts/table.js';
import { approximateMeasure, canvasMeasure, type Measure } from '../../charts/text.js';
import { t } from '../../i18n/messages.js';
import type { ExportFormat } from '../../export/chart-export.js';
import { DatamedElement, type DownloadItem } from './datamed-element.js';
import { chartStyles } from './chart.styles.js';
import { serverSettings } from './server-settings.js';
import { markElement, markIndex, nextMark } from './chart-marks.js';
import { placeTooltip, tooltipAnchor, tooltipContent, type TooltipAnchor } from './chart-tooltip.js';
import type { SelectDetail } from '../../events.js';

export type { SelectDetail };

/**
 * Base of the chart building blocks (`.data` in, chart out): the chart / table switch, the text
 * summary read first, keyboard navigation between marks (one tab stop, arrows, Home / End, Enter),
 * a tooltip on hover and on focus that Escape dismisses, drill-down into sub-categories, width
 * from a ResizeObserver, and the download menu (CSV, SVG, PNG, Vega-Lite).
 *
 * @fires {CustomEvent<SelectDetail>} datamed-select - A mark was activated; `detail: SelectDetail`.
 * @fires {CustomEvent<DatamedDrillDetail>} datamed-drill - The chart drilled into a category or came back; `detail: { path: string[] }`.
 * @csspart chart - The area that holds the SVG.
 * @csspart summary - The text summary.
 * @csspart tooltip - The tooltip.
 * @csspart table - The table view.
 * @cssprop --datamed-chart-font-size - Font size of chart labels (default 0.875rem).
 */
export abstract class DatamedChartElement extends DatamedElement {
  static override styles = [...(DatamedElement.styles as []), chartStyles];

  static {
    // On purpose: the first update measures the chart area it rendered and draws in a second one,
    // before paint (updated()). Lit's development build would warn about it each time.
    this.disableWarning?.('change-in-update');
  }

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    width: { state: true },
    focusIndex: { state: true },
    tooltipIndex: { state: true },
    drillPath: { state: true },
    notice: { state: true },
  };

  /** The chart's data (see `src/charts/model.ts`); never JSON in an attribute. */
  data?: ChartData;

  /** @internal */
  protected width = 0;
  /** @internal */
  private focusIndex = 0;
  /** @internal */
  private tooltipIndex: number | undefined;
  /** Where the tooltip goes (set with the tooltip index, read after the update). */
  private tooltipAnchor: TooltipAnchor | undefined;
  /** @internal */
  private drillPath: string[] = [];
  /** @internal */
  private notice = '';
  /** The arrow keys were used: the keyboard hint is no longer given as the mark's description. */
  private hintHeard = false;

  protected abstract readonly kind: ChartKind;
  protected abstract draw(data: ChartData, options: ChartOptions): ChartRender;

  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;
  private measureFn: Measure | undefined;
  private fontSize = 14;
  private pendingFocus = false;

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
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer && !this.width) {
      // No layout on the server: the chart is drawn at a set width, text measured approximately.
      this.width = serverSettings.chartWidth;
      this.fontSize = serverSettings.chartFontSize;
      this.measureFn = approximateMeasure(this.fontSize);
    }
    if (changed.has('data')) {
      // New data: start again from the top level, first mark.
      this.drillPath = [];
      this.focusIndex = 0;
      this.tooltipIndex = undefined;
    }
  }

  /** Taking over server HTML: the chart is redrawn at once, at the width the server's chart has. */
  protected override readyToReplaceServerContent(): boolean {
    const area = this.renderRoot.querySelector('.chart-area');
    if (!this.width && area) this.measure(area);
    return super.readyToReplaceServerContent();
  }

  /** The chart area's font and, with `width`, its width, now (a layout read). */
  private measure(area: Element, width = true): void {
    const font = getComputedStyle(area);
    this.fontSize = parseFloat(font.fontSize) || 14;
    this.measureFn = canvasMeasure(
      `${font.fontWeight} ${font.fontSize} ${font.fontFamily}`,
      this.fontSize,
      font,
    );
    if (width) this.width = Math.floor(area.getBoundingClientRect().width);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const area = this.renderRoot.querySelector('.chart-area');
    // An update can still run after the element left the page (it was pending): observing then
    // would leave an observer nobody disconnects, holding the element.
    if (area && area !== this.observed && this.isConnected) {
      this.resizeObserver ??= new ResizeObserver((entries) => {
        const width = Math.floor(entries[0]?.contentRect.width ?? 0);
        // Redraw in the next frame: drawing now could change the layout within this frame (a
        // scrollbar appearing) and trip the browser's ResizeObserver loop guard.
        if (width && width !== this.width) requestAnimationFrame(() => (this.width = width));
      });
      if (this.observed) this.resizeObserver.unobserve(this.observed);
      this.resizeObserver.observe(area);
      this.observed = area;
      // The font now; the width too, when there is none yet: the first draw happens in this frame,
      // not at the observer's first report a frame later (an element created while another takes
      // over server HTML would show an empty chart meanwhile).
      this.measure(area, !this.width);
    }
    if (this.pendingFocus) {
      this.pendingFocus = false;
      // Focus after this update: the focus handler updates state, which must not happen in updated().
      void this.updateComplete.then(() => markElement(this.renderRoot, this.focusIndex)?.focus());
    }
    placeTooltip(this.renderRoot, this.tooltipAnchor);
  }

  private checked:
    { data: unknown; problem: DatamedError | undefined; shown: ChartData | undefined } | undefined;

  /** What is wrong with the `.data` the page gave, if anything (checked once per object). */
  private dataProblem(): DatamedError | undefined {
    if (this.data === undefined) return undefined;
    if (this.checked?.data !== this.data) {
      let problem: DatamedError | undefined;
      let shown: ChartData | undefined;
      try {
        shown = checkChartData(this.data);
      } catch (error) {
        problem = toDatamedError(error);
      }
      this.checked = { data: this.data, problem, shown };
    }
    return this.checked.problem;
  }

  /** The `.data` as shown: checked, its texts cleaned of bidi controls (check-data.ts). */
  private get shown(): ChartData | undefined {
    this.dataProblem();
    return this.checked?.shown;
  }

  /** The data at the current drill level. */
  protected currentData(): ChartData | undefined {
    let data = this.shown;
    for (const key of this.drillPath) {
      const parent = data?.categories.find((c) => c.key === key);
      if (!data || !parent?.children) break;
      data = {
        ...data,
        heading: t(this.language, 'drillHeading', { parent: parent.label }),
        categories: parent.children,
        maxValue: undefined,
      };
    }
    return data;
  }

  override render(): TemplateResult {
    const problem = this.dataProblem();
    if (problem)
      return this.renderFrame({
        heading: this.heading || t(this.language, 'chartDefaultHeading'),
        status: 'error',
        error: problem,
      });
    const data = this.currentData();
    const heading = this.heading || this.shown?.heading || t(this.language, 'chartDefaultHeading');
    if (!data) {
      return this.renderFrame({ heading, status: 'ready', outcome: { kind: 'empty' } });
    }
    const empty = !data.categories.length;
    const allHidden = !empty && data.categories.every((c) => c.values.every((v) => v.count === null));
    return this.renderFrame({
      heading,
      status: 'ready',
      provenance: this.shown?.provenance,
      outcome: empty ? { kind: 'empty' } : allHidden ? { kind: 'too-few' } : { kind: 'content' },
      hasTable: true,
      downloads: this.downloads(),
      content: () => this.renderContent(data),
    });
  }

  private renderContent(data: ChartData): TemplateResult {
    const lang = this.language;
    const summaryId = `${this.uid}-summary`;
    const parent = this.drillPath.length
      ? this.shown?.categories.find((c) => c.key === this.drillPath[0])
      : undefined;
    return html`
      <p class="summary" id=${summaryId} part="summary">
        ${spokenNumbers(chartSummary(lang, data, this.kind))}
      </p>
      ${
        parent
          ? html`<button type="button" class="back" @click=${() => this.drillUp()}>
              <span aria-hidden="true">‹</span> ${t(lang, 'drillBack', { label: this.shown?.heading ?? '' })}
            </button>`
          : nothing
      }
      ${this.view === 'table' ? renderTable(chartTable(lang, data), lang) : this.renderChart(data)}
      ${isServer && this.view === 'chart' ? serverSettings.views?.table(lang, renderTable(chartTable(lang, data), lang)) : nothing}
      ${data.notes?.length && this.view === 'chart' ? data.notes.map((n) => html`<p class="note">${n}</p>`) : nothing}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
    `;
  }

  private renderChart(data: ChartData): TemplateResult {
    const lang = this.language;
    const drawAt = (width: number, idPrefix: string) =>
      this.draw(data, {
        width,
        lang,
        measure: this.measureFn!,
        fontSize: this.fontSize,
        idPrefix,
        focusIndex: Math.min(this.focusIndex, Math.max(0, data.categories.length - 1)),
        hintId: this.hintHeard ? undefined : `${this.uid}-hint`,
      });
    const drawn = this.width > 0 && this.measureFn ? drawAt(this.width, this.uid) : undefined;
    const { views } = serverSettings;
    if (isServer && drawn && views)
      return views.chart(drawn, drawAt(serverSettings.narrowChartWidth, `${this.uid}n`), this.width);
    const tip = this.tooltipIndex !== undefined ? data.categories[this.tooltipIndex] : undefined;
    return html`
      ${drawn?.legend ?? nothing}
      <div
        class="chart-area"
        part="chart"
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        ${drawn?.svg ?? nothing}
        ${
          tip
            ? html`<div
                class="tooltip"
                part="tooltip"
                role="tooltip"
                aria-labelledby="${this.uid}-tooltip"
                id="${this.uid}-tooltip"
              >
                ${tooltipContent(lang, data, tip)}
              </div>`
            : nothing
        }
      </div>
      <p class="hint" id="${this.uid}-hint" aria-hidden="true">${t(lang, 'chartKeyboardHint')}</p>
    `;
  }

  /* --------------------------------------------------------------- interaction */

  private onKeydown = (event: KeyboardEvent): void => {
    const data = this.currentData();
    const index = markIndex(event.target);
    if (!data || index === undefined) return;
    const next = nextMark(event.key, index, data.categories.length);
    if (next !== undefined) {
      event.preventDefault();
      this.moveFocus(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(index);
    } else if (event.key === 'Escape') {
      if (this.tooltipIndex !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        this.tooltipIndex = undefined;
      } else if (this.drillPath.length) {
        event.preventDefault();
        this.drillUp();
      }
    }
  };

  private moveFocus(index: number): void {
    this.hintHeard = true;
    this.focusIndex = index;
    this.tooltipIndex = index;
    this.pendingFocus = true;
    this.anchorTooltip(index);
  }

  private onFocusIn = (event: FocusEvent): void => {
    const index = markIndex(event.target);
    if (index === undefined) return;
    this.focusIndex = index;
    this.tooltipIndex = index;
    this.anchorTooltip(index);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.querySelector('.chart-area')?.contains(next)) this.tooltipIndex = undefined;
  };

  private onPointerOver = (event: PointerEvent): void => {
    const index = markIndex(event.target);
    if (index === undefined || index === this.tooltipIndex) return;
    this.tooltipIndex = index;
    this.anchorTooltip(index);
  };

  private onPointerLeave = (): void => {
    // Keyboard focus keeps its tooltip; the pointer's goes when it leaves the chart.
    const focused = markIndex(this.shadowRoot?.activeElement ?? null);
    this.tooltipIndex = focused;
  };

  private onClick = (event: MouseEvent): void => {
    const index = markIndex(event.target);
    if (index === undefined) return;
    this.focusIndex = index;
    this.activate(index);
  };

  /** Places the tooltip under mark `index`, inside the chart area. */
  private anchorTooltip(index: number): void {
    const area = this.renderRoot.querySelector('.chart-area');
    const mark = markElement(this.renderRoot, index);
    if (area && mark) this.tooltipAnchor = tooltipAnchor(area, mark);
  }

  private activate(index: number): void {
    const data = this.currentData();
    const category = data?.categories[index];
    if (!data || !category) return;
    this.emit<SelectDetail>('datamed-select', {
      key: category.key,
      label: category.label,
      values: data.series.map((s, i) => ({
        series: s.label,
        count: category.values[i]?.count ?? null,
        ...(category.values[i]?.share !== undefined ? { share: category.values[i]!.share } : {}),
      })),
    });
    if (category.children?.length && !this.drillPath.length) {
      this.drillPath = [category.key];
      this.focusIndex = 0;
      this.tooltipIndex = undefined;
      this.pendingFocus = true;
      this.emit('datamed-drill', { path: this.drillPath });
    }
  }

  private drillUp(): void {
    const key = this.drillPath[0];
    this.drillPath = [];
    this.tooltipIndex = undefined;
    this.focusIndex = Math.max(0, this.shown?.categories.findIndex((c) => c.key === key) ?? 0);
    this.pendingFocus = true;
    this.emit('datamed-drill', { path: [] });
  }

  /* -------------------------------------------------------------------- export */

  private downloads(): DownloadItem[] {
    const lang = this.language;
    return [
      { label: t(lang, 'downloadCsv'), run: () => void this.download('csv') },
      { label: t(lang, 'downloadSvg'), run: () => void this.download('svg') },
      { label: t(lang, 'downloadPng'), run: () => void this.download('png') },
      { label: t(lang, 'downloadVegaLite'), run: () => void this.download('vega-lite') },
    ];
  }

  /** Loads the export code on first use (chart-download.ts), then builds and offers the file. */
  private async download(format: ExportFormat): Promise<void> {
    const data = this.currentData();
    if (!data) return;
    if ((format === 'svg' || format === 'png') && this.view !== 'chart') {
      this.view = 'chart';
      await this.updateComplete;
    }
    let downloadChart: typeof import('./chart-download.js').downloadChart;
    try {
      ({ downloadChart } = await import('./chart-download.js'));
    } catch {
      // The chunk did not load (network, a CDN copy without it): a retry may work.
      this.notice = t(this.language, 'exportUnavailable');
      return;
    }
    this.notice = await downloadChart(this, format, this.language, data, this.kind);
  }
}

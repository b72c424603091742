import { html, type TemplateResult } from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { ChartData } from '../../charts/model.js';
import '../bar-chart/bar-chart.js';
import '../proportion-chart/proportion-chart.js';
import '../trend-chart/trend-chart.js';
import { t } from '../../shortages/messages.js';
import { shortageFigures } from '../../shortages/figures.js';
import type { Timeline } from '../../shortages/model.js';
import { overviewCharts } from '../../shortages/overview.js';
import { timelineSummary } from '../../shortages/text.js';
import { DatamedElement } from '../base/datamed-element.js';
import { memo } from '../base/memo.js';
import { DatamedShortageElement } from '../base/shortage-element.js';
import { overviewStyles } from './shortage-overview.styles.js';

const TAGS = {
  bar: literal`datamed-bar-chart`,
  proportion: literal`datamed-proportion-chart`,
  trend: literal`datamed-trend-chart`,
};

/**
 * The shortage figures DataMed shows, for a substance, a product, an ATC class or every medicine:
 * declarations per year by classification (stacked columns), the share of closed declarations, the
 * ATC classes (declarations and products), the causes and the management measures. Each chart is a
 * building block with the common accessibility frame: text summary, table view, keyboard navigation,
 * tooltips on focus, downloads.
 *
 * @summary Medicine shortages in figures: per year, closed share, ATC classes, causes, measures.
 * @attr substance - A substance (code, name or brand name): its declarations.
 * @attr product - Product name or its beginning (case and accents ignored).
 * @attr atc - ATC code or prefix (`J01`).
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { scope, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message }`.
 * @fires {CustomEvent<SelectDetail>} datamed-select - A bar of one of the charts was activated (see `<datamed-bar-chart>`).
 * @csspart summary - The text summary.
 * @csspart charts - The grid of charts.
 *
 * @tag datamed-shortage-overview
 */
export class DatamedShortageOverview extends DatamedShortageElement {
  static override styles = [...(DatamedElement.styles as []), overviewStyles];

  private readonly charts = memo(overviewCharts);
  private readonly figures = memo(shortageFigures);

  override render(): TemplateResult {
    const lang = this.language;
    const name = this.scopeName();
    const heading =
      this.heading || (name ? t(lang, 'overviewHeadingOf', { name }) : t(lang, 'overviewHeadingAll'));
    const timeline = this.timeline;
    const file = this.file;
    if (!timeline || !file) {
      return this.renderFrame({
        heading,
        ...this.loadState,
        onRetry: () => this.loader.retry(),
      });
    }
    return this.renderFrame({
      heading,
      status: 'ready',
      provenance: file.provenance,
      outcome: timeline.items.length ? { kind: 'content' } : this.noneOutcome(),
      content: () => this.renderCharts(timeline),
    });
  }

  private renderCharts(timeline: Timeline): TemplateResult {
    const lang = this.language;
    const charts = this.charts(lang, timeline.items, this.file?.provenance);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    const block = (tag: keyof typeof TAGS, data: ChartData, wide = false) =>
      staticHtml`<${TAGS[tag]}
        class=${wide ? 'wide' : ''}
        embedded
        heading-level=${level}
        theme=${ifDefined(this.theme)}
        .view=${this.view}
        .data=${data}
      ></${TAGS[tag]}>`;
    return html`<p class="summary" part="summary">
        ${spokenNumbers(timelineSummary(lang, this.figures(timeline.items), timeline))}
      </p>
      <div class="charts" part="charts">
        ${block('trend', charts.years, true)} ${block('proportion', charts.closed)}
        ${block('bar', charts.atc)} ${block('bar', charts.causes)} ${block('bar', charts.measures)}
      </div>`;
  }
}

import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
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
import {
  classificationsOfYear,
  itemsOfYear,
  measureShare,
  ofYear,
  parseYear,
  reportYears,
} from '../../shortages/overview-year.js';
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
 * tooltips on focus, downloads. A year selector (« Toutes les années » or one report year) shows
 * one year's figures, with its declarations by classification in place of the per-year columns; the
 * summary says the share of declarations with at least one management measure.
 *
 * @summary Medicine shortages in figures: per year, closed share, ATC classes, causes, measures.
 * @attr substance - A substance (code, name or brand name): its declarations.
 * @attr product - Product name or its beginning (case and accents ignored).
 * @attr atc - ATC code or prefix (`J01`).
 * @attr year - A report year to show (`2019`); none, or a year without declarations: every year.
 * @fires {CustomEvent<DatamedYearChangeDetail>} datamed-year-change - The reader chose a year (`undefined`: every year).
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { scope, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message }`.
 * @fires {CustomEvent<SelectDetail>} datamed-select - A bar of one of the charts was activated (see `<datamed-bar-chart>`).
 * @csspart summary - The text summary.
 * @csspart charts - The grid of charts.
 * @csspart year - The year selector (its label and `<select>`).
 *
 * @tag datamed-shortage-overview
 */
export class DatamedShortageOverview extends DatamedShortageElement {
  static override styles = [...(DatamedElement.styles as []), overviewStyles];

  static override properties: PropertyDeclarations = {
    ...DatamedShortageElement.properties,
    year: { reflect: true },
  };

  /** The report year shown (`2019`); unset: every year. */
  year?: string;

  private readonly charts = memo(overviewCharts);
  private readonly figures = memo(shortageFigures);
  private readonly years = memo(reportYears);
  private readonly ofYear = memo(itemsOfYear);
  private readonly yearCharts = memo(classificationsOfYear);

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
    const years = this.years(timeline.items);
    const year = parseYear(this.year, years);
    const items = this.ofYear(timeline.items, year);
    const provenance = this.file?.provenance;
    const charts = this.charts(lang, items, provenance);
    const share = measureShare(lang, items);
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
    const selectId = `${this.uid}-year`;
    return html`<div class="year" part="year">
        <label for=${selectId}>${t(lang, 'overviewYear')}</label>
        <select id=${selectId} @change=${this.onYear}>
          <option value="" ?selected=${year === undefined}>${t(lang, 'overviewAllYears')}</option>
          ${years.map((y) => html`<option value=${String(y)} ?selected=${y === year}>${String(y)}</option>`)}
        </select>
      </div>
      <p class="summary" part="summary" aria-live="polite">
        ${spokenNumbers(timelineSummary(lang, this.figures(items), timeline))}
        ${share ? spokenNumbers(share.text) : ''}
      </p>
      <div class="charts" part="charts">
        ${
          year === undefined
            ? block('trend', charts.years, true)
            : block('bar', ofYear(lang, this.yearCharts(lang, items, provenance), year), true)
        }
        ${block('proportion', ofYear(lang, charts.closed, year))}
        ${block('bar', ofYear(lang, charts.atc, year))} ${block('bar', ofYear(lang, charts.causes, year))}
        ${block('bar', ofYear(lang, charts.measures, year))}
      </div>`;
  }

  private readonly onYear = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.year = value || undefined;
    this.emit('datamed-year-change', { year: value ? Number(value) : undefined });
  };
}

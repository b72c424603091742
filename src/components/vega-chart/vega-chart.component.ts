import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import type { AdverseEffectsFile } from '../../data/contract.js';
import { tooFewCases } from '../../data/adverse-effects.js';
import { DatamedError, toDatamedError } from '../../data/errors.js';
import { loadAdverseEffects, sourceKey } from '../../data/repository.js';
import { chartTable } from '../../charts/chart-table.js';
import type { ChartData } from '../../charts/model.js';
import { chartSummary } from '../../charts/summary.js';
import { renderTable } from '../../charts/table.js';
import { saveFile, safeFileName } from '../../export/save.js';
import { d3Locale } from '../../i18n/d3-locale.js';
import { pick } from '../../i18n/locale.js';
import { chartStyles } from '../base/chart.styles.js';
import { DatamedElement, type DownloadItem } from '../base/datamed-element.js';
import { LoadController } from '../base/load-controller.js';
import { DATASETS, datasetOf, datasetRows, isDatasetName } from '../../adverse-effects/datasets.js';
import { t } from './vega-chart.messages.js';

type Spec = Record<string, unknown>;

/** What the chart draws with: loaded on first use, in a chunk of its own. */
async function loadVega() {
  const [vegaLite, vega, interpreter] = await Promise.all([
    import('vega-lite'),
    import('vega'),
    import('vega-interpreter'),
  ]);
  return { compile: vegaLite.compile, vega, expressionInterpreter: interpreter.expressionInterpreter };
}

/**
 * A partner's own Vega-Lite view of a DataMed dataset (the organ classes of a substance, its age
 * bands…), in the same frame as every widget: title, text summary, table alternative, states,
 * downloads. Vega and Vega-Lite load only when this element is used, and run with Vega's
 * expression interpreter: no `eval`, so it works under a strict Content-Security-Policy.
 *
 * The spec comes from the `.spec` property or a `<script type="application/json">` child; its data
 * are replaced by the dataset's rows: `category`, `key`, `series`, `count` (null when hidden by the
 * privacy rule), `share`, `label` (the value as written, « masqué » for hidden ones), `order`.
 *
 * @summary Vega-Lite chart of a DataMed dataset, CSP-safe, with table alternative.
 * @tag datamed-vega-chart
 * @attr substance - The substance: code, name or brand name, case and accents ignored.
 * @attr dataset - `sex`, `age`, `organ-classes`, `seriousness`, `seriousness-criteria`, `reporters`, `years`, `patients-sex`, `patients-age`.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { substance, dataset, rows }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading or drawing failed; `detail: { kind, message }`.
 * @slot - A `<script type="application/json">` holding the Vega-Lite spec.
 * @csspart chart - The area Vega draws in.
 * @csspart summary - The text summary.
 * @csspart table - The table view.
 */
export class DatamedVegaChart extends DatamedElement {
  static override styles = [
    ...(DatamedElement.styles as []),
    chartStyles,
    css`
      .vega-area {
        min-height: 12rem;
        overflow: hidden;
      }
      /* A halo of the background around the spec's text marks (not the axes'), painted under
         the letters: grid lines and ticks stop at the value labels instead of crossing them. */
      .vega-area .role-mark.mark-text text {
        stroke: var(--datamed-color-bg);
        stroke-width: 3px;
        stroke-linejoin: round;
        paint-order: stroke;
      }
      @media (forced-colors: active) {
        .vega-area .role-mark.mark-text text {
          stroke: Canvas;
        }
      }
      .vega-area[aria-busy='true'] {
        background: var(--datamed-color-skeleton);
        border-radius: var(--datamed-radius);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    substance: { reflect: true },
    datasetName: { attribute: 'dataset', reflect: true },
    spec: { attribute: false },
    drawError: { state: true },
    drawing: { state: true },
  };

  /** Code of the substance whose dataset is drawn. */
  substance?: string;

  /** Name of the dataset (see `DATASETS`); attribute `dataset` (`dataset` the property is HTMLElement's). */
  datasetName?: string;

  /** The Vega-Lite specification; its `data` is replaced by the dataset's rows. */
  spec?: Spec;

  private drawError: DatamedError | undefined;
  private drawing = false;
  private vegaView: { finalize(): void } | undefined;
  private drawToken = 0;

  private readonly loader = new LoadController<AdverseEffectsFile>(this, {
    key: () => (this.substance?.trim() ? `${sourceKey(this.source)}|${this.substance.trim()}` : undefined),
    load: (signal) => loadAdverseEffects(this.source, this.substance!.trim(), signal),
    onReady: () =>
      this.emit('datamed-load', { substance: this.substance, dataset: this.datasetName, rows: this.rows() }),
    onError: (error) => this.emitError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.spec) this.readSpecFromChild();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.vegaView?.finalize();
    this.vegaView = undefined;
  }

  /** A `<script type="application/json">` child: webmasters need no script of their own. */
  private readSpecFromChild(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script?.textContent?.trim()) return;
    try {
      const parsed: unknown = JSON.parse(script.textContent);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) this.spec = parsed as Spec;
      else throw new Error('not an object');
    } catch (error) {
      this.drawError = new DatamedError('config', `spec: ${(error as Error).message}`, { field: 'spec' });
    }
  }

  private data(): ChartData | undefined {
    const file = this.loader.value;
    return file && isDatasetName(this.datasetName)
      ? datasetOf(this.datasetName, file, this.language)
      : undefined;
  }

  private rows() {
    const data = this.data();
    return data ? datasetRows(this.language, data) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('spec') || changed.has('datasetName') || changed.has('substance'))
      this.drawError = undefined;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const file = this.loader.value;
    const data = this.data();
    const name = file ? pick(lang, file.substance.name) : '';
    const heading =
      this.heading ||
      (data ? t(lang, 'vegaHeading', { dataset: data.heading, name }) : t(lang, 'vegaDefaultHeading'));
    const configError = !isDatasetName(this.datasetName)
      ? new DatamedError('config', t(lang, 'vegaUnknownDataset', { names: DATASETS.join(', ') }), {
          field: 'dataset',
        })
      : !this.spec && !this.drawError
        ? new DatamedError('config', t(lang, 'vegaNoSpec'), { field: 'spec' })
        : undefined;
    const error = configError ?? this.drawError ?? this.loader.error;
    const status = error ? 'error' : this.loader.status;
    return this.renderFrame({
      heading,
      status,
      error,
      onRetry: () => {
        this.drawError = undefined;
        this.loader.retry();
      },
      provenance: file?.provenance,
      idleMessage: t(lang, 'missingSubstance'),
      outcome:
        file && tooFewCases(file)
          ? { kind: 'too-few' }
          : data
            ? { kind: 'content' }
            : { kind: 'empty', message: t(lang, 'vegaNoDataset') },
      hasTable: true,
      downloads: data ? this.downloads(data) : [],
      content: () =>
        data
          ? html`<p class="summary" part="summary">${spokenNumbers(chartSummary(lang, data, 'bar'))}</p>
              ${this.drawing ? html`<p class="sr-only">${t(lang, 'vegaLoadingLibrary')}</p>` : nothing}
              ${
                this.view === 'table'
                  ? renderTable(chartTable(lang, data), lang)
                  : html`<div
                      class="vega-area"
                      part="chart"
                      role="img"
                      aria-label=${t(lang, 'viewChart')}
                      aria-busy=${this.drawing ? 'true' : 'false'}
                    >
                      <div class="vega-canvas"></div>
                    </div>`
              }
              ${data.notes?.map((n) => html`<p class="note">${n}</p>`) ?? nothing}`
          : nothing,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Vega draws in an inner box: it sets roles of its own on its container.
    const area = this.renderRoot.querySelector<HTMLElement>('.vega-canvas');
    const data = this.data();
    if (!area || !data || !this.spec) return;
    if (area.dataset.drawn === this.drawKey(data)) return;
    void this.draw(area, data);
  }

  private drawKey(data: ChartData): string {
    return `${JSON.stringify(this.spec)}|${data.heading}|${this.language}|${data.categories.length}`;
  }

  /** Compiles the spec with the dataset's rows and draws it as SVG, CSP-safe. */
  private async draw(area: HTMLElement, data: ChartData): Promise<void> {
    const token = ++this.drawToken;
    area.dataset.drawn = this.drawKey(data);
    await null; // out of the update that called us: what follows changes state
    this.drawing = true;
    try {
      const { compile, vega, expressionInterpreter } = await loadVega();
      if (token !== this.drawToken) return;
      const style = getComputedStyle(this);
      const token_ = (name: string, fallback: string) =>
        style.getPropertyValue(`--datamed-${name}`).trim() || fallback;
      const spec: Spec = {
        // Fits the width it is given, axes and legend included, unless the spec says otherwise.
        width: Math.max(160, area.clientWidth),
        autosize: { type: 'fit-x', contains: 'padding' },
        ...structuredClone(this.spec!),
        data: { values: datasetRows(this.language, data) },
      };
      const config = {
        background: null,
        font: style.fontFamily,
        mark: { color: token_('series-1', '#5e2a7e') },
        range: { category: [1, 2, 3, 4, 5, 6].map((i) => token_(`series-${i}`, '#5e2a7e')) },
        axis: {
          labelColor: token_('color-text', '#1e1e1e'),
          titleColor: token_('color-text', '#1e1e1e'),
          gridColor: token_('color-grid', '#ddd'),
          domainColor: token_('color-border', '#767676'),
          tickColor: token_('color-border', '#767676'),
        },
        legend: { labelColor: token_('color-text', '#1e1e1e'), titleColor: token_('color-text', '#1e1e1e') },
        title: { color: token_('color-text', '#1e1e1e') },
        text: { color: token_('color-text', '#1e1e1e') },
      };
      // Vega-Lite's warnings (layout hints) are for spec authors, not for the page's console.
      const quiet = {
        level: () => quiet,
        error: () => quiet,
        warn: () => quiet,
        info: () => quiet,
        debug: () => quiet,
      };
      const compiled = compile(spec as never, { config: config as never, logger: quiet as never }).spec;
      // `ast: true` and the interpreter: expressions are interpreted, never turned into code.
      const runtime = vega.parse(compiled, undefined, { ast: true });
      this.vegaView?.finalize();
      const view = new vega.View(runtime, {
        expr: expressionInterpreter,
        renderer: 'svg',
        container: area,
        hover: true,
        // The widget's language for the numbers and dates Vega writes (axes, labels, tooltips).
        // Vega reads `{ number, time }` definitions here (vega-view's View.js); its typings say
        // formatters, hence the cast.
        locale: d3Locale(this.language) as never,
      });
      this.vegaView = view;
      await view.runAsync();
      area.querySelector('svg')?.setAttribute('aria-hidden', 'true');
    } catch (error) {
      if (token !== this.drawToken) return;
      const message = toDatamedError(error).message;
      this.drawError = new DatamedError('config', `${t(this.language, 'vegaBadSpec')} ${message}`, {
        field: 'spec',
      });
      this.emit('datamed-error', { kind: 'config', message });
    } finally {
      if (token === this.drawToken) this.drawing = false;
    }
  }

  private downloads(data: ChartData): DownloadItem[] {
    const lang = this.language;
    const name = safeFileName(data.heading);
    return [
      {
        label: t(lang, 'downloadCsv'),
        run: () =>
          void import('../../export/chart-export.js').then((m) =>
            m.exportChart({ format: 'csv', lang, data, kind: 'bar' }),
          ),
      },
      {
        label: t(lang, 'downloadSpec'),
        run: () =>
          saveFile(
            `${name}.vl.json`,
            `${JSON.stringify({ ...this.spec, data: { values: datasetRows(lang, data) } }, null, 2)}\n`,
            'application/json',
          ),
      },
    ];
  }
}

/**
 * A chart element's downloads, loaded on demand with the export code (a dynamic import from
 * chart-element.ts): reads what the element shows — its drawn SVG, the HTML rows laid under it,
 * its colours and font — and hands them to `exportChart`. Apart from the element so that a reader
 * who never downloads never loads this either.
 */
import type { ChartData } from '../../charts/model.js';
import type { ChartKind } from '../../charts/summary.js';
import { exportChart, type ExportFormat } from '../../export/chart-export.js';
import type { Lang } from '../../i18n/locale.js';

/**
 * Builds the file of `data` in `format` from `host` (the chart element, its view already switched
 * to the chart for images) and offers it; returns what to tell the reader (see exportChart).
 */
export function downloadChart(
  host: HTMLElement & { readonly renderRoot: ParentNode },
  format: ExportFormat,
  lang: Lang,
  data: ChartData,
  kind: ChartKind,
): Promise<string> {
  const style = getComputedStyle(host);
  const root = host.renderRoot;
  // Why a download failed is the export code's to say.
  return exportChart({
    format,
    lang,
    data,
    kind,
    svg: root.querySelector<SVGSVGElement>('svg.chart-svg'),
    texts: root.querySelector<HTMLElement>('.chart-rows'),
    style: {
      background: style.getPropertyValue('--datamed-color-bg').trim(),
      color: style.getPropertyValue('--datamed-color-text').trim(),
      fontFamily: style.fontFamily,
    },
  });
}

/**
 * How the server draws what only a browser can measure (src/ssr/): the width of the charts and
 * the size of their text; and the views only the server renders, which src/ssr/server-views.ts
 * installs, so that no browser bundle carries them.
 */
import type { TemplateResult } from 'lit';
import type { ChartRender } from '../../charts/model.js';
import type { Lang } from '../../i18n/locale.js';

export interface ServerViews {
  /** A chart drawn at the layout's width and a phone's; a container query shows the one that fits. */
  chart(wide: ChartRender, narrow: ChartRender, chartWidth: number): TemplateResult;
  /** The table under a chart, folded, for readers without JavaScript. */
  table(lang: Lang, table: TemplateResult): TemplateResult;
}

export const serverSettings: {
  chartWidth: number;
  narrowChartWidth: number;
  chartFontSize: number;
  views: ServerViews | undefined;
} = {
  /** Width (CSS px) of a chart drawn on the server: the chart area's in the page's layout. */
  chartWidth: 640,
  /** The second drawing, for narrower screens (a 320 px phone's chart area, about). */
  narrowChartWidth: 288,
  /** Font size (px) of chart labels, for the approximate text measure. */
  chartFontSize: 14,
  views: undefined,
};

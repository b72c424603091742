import { barChart } from '../../charts/bar-chart.js';
import type { ChartData, ChartOptions, ChartRender } from '../../charts/model.js';
import { DatamedChartElement } from '../base/chart-element.js';

/**
 * Horizontal bar chart of categories (organ classes, age bands, reporters…), one bar per series.
 * A building block: give it `.data` (see `ChartData` in `src/charts/model.ts`).
 *
 * @summary Accessible horizontal bar chart with table view, keyboard navigation and exports.
 *
 * @tag datamed-bar-chart
 */
export class DatamedBarChart extends DatamedChartElement {
  protected readonly kind = 'bar';

  protected draw(data: ChartData, options: ChartOptions): ChartRender {
    return barChart(data, options);
  }
}

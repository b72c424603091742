import { trendChart } from '../../charts/trend-chart.js';
import type { ChartData, ChartOptions, ChartRender } from '../../charts/model.js';
import { DatamedChartElement } from '../base/chart-element.js';

/**
 * Small trend chart: one column per period (year), one per series inside it.
 * A building block: give it `.data` (see `ChartData` in `src/charts/model.ts`).
 *
 * @summary Accessible column chart over time with table view, keyboard navigation and exports.
 *
 * @tag datamed-trend-chart
 */
export class DatamedTrendChart extends DatamedChartElement {
  protected readonly kind = 'trend';

  protected draw(data: ChartData, options: ChartOptions): ChartRender {
    return trendChart(data, options);
  }
}

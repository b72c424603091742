import { proportionChart } from '../../charts/proportion-chart.js';
import type { ChartData, ChartOptions, ChartRender } from '../../charts/model.js';
import { DatamedChartElement } from '../base/chart-element.js';

/**
 * Proportion chart for two to four categories: one 100 % bar per series (the substance, a compared
 * substance, treated patients), every part written out under its bar.
 * A building block: give it `.data` (see `ChartData` in `src/charts/model.ts`).
 *
 * @summary Accessible 100 % bar chart with table view, keyboard navigation and exports.
 *
 * @tag datamed-proportion-chart
 */
export class DatamedProportionChart extends DatamedChartElement {
  protected readonly kind = 'proportion';

  protected draw(data: ChartData, options: ChartOptions): ChartRender {
    return proportionChart(data, options);
  }
}

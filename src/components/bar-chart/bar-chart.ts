import { define } from '../base/define.js';
import { DatamedBarChart } from './bar-chart.component.js';

export { DatamedBarChart };

define('datamed-bar-chart', DatamedBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-bar-chart': DatamedBarChart;
  }
}

import { define } from '../base/define.js';
import { DatamedBarChart } from './bar-chart.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedBarChart };

define('datamed-bar-chart', DatamedBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-bar-chart': DatamedBarChart;
  }
}

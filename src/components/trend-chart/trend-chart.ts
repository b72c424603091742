import { define } from '../base/define.js';
import { DatamedTrendChart } from './trend-chart.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedTrendChart };

define('datamed-trend-chart', DatamedTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-trend-chart': DatamedTrendChart;
  }
}

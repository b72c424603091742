import { define } from '../base/define.js';
import { DatamedProportionChart } from './proportion-chart.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedProportionChart };

define('datamed-proportion-chart', DatamedProportionChart);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-proportion-chart': DatamedProportionChart;
  }
}

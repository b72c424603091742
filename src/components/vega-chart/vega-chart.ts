import { define } from '../base/define.js';
import { DatamedVegaChart } from './vega-chart.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedVegaChart };
export { DATASETS, type DatasetName } from '../../adverse-effects/datasets.js';

define('datamed-vega-chart', DatamedVegaChart);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-vega-chart': DatamedVegaChart;
  }
}

import { translator } from '../../i18n/messages.js';
import { charts } from '../../i18n/messages/charts.js';
import { common } from '../../i18n/messages/common.js';
import { vegaChart } from '../../i18n/messages/vega-chart.js';

export const t = translator(common, charts, vegaChart);

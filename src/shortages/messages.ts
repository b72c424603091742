import { translator } from '../i18n/messages.js';
import { charts } from '../i18n/messages/charts.js';
import { common } from '../i18n/messages/common.js';
import { shortages } from '../i18n/messages/shortages.js';

/** Messages of the shortage widgets, on top of the frame's and the charts' ones. */
export const t = translator(common, charts, shortages);

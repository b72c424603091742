import { translator } from '../../i18n/messages.js';
import { aeProfile } from '../../i18n/messages/ae-profile.js';
import { charts } from '../../i18n/messages/charts.js';
import { common } from '../../i18n/messages/common.js';
import { keyFigure } from '../../i18n/messages/key-figure.js';

/** Messages of the profile and of medication errors, on top of the ones every widget uses. */
export const t = translator(common, charts, keyFigure, aeProfile);

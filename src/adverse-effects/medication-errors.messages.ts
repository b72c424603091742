import { VOCABULARY_ENGLISH } from '../i18n/vocabulary-english.js';
import { translator } from '../i18n/messages.js';
import { charts } from '../i18n/messages/charts.js';
import { common } from '../i18n/messages/common.js';
import { keyFigure } from '../i18n/messages/key-figure.js';
import { medErrors } from '../i18n/messages/med-errors.js';

/** Messages of medication errors, on top of the ones every widget uses. */
export const t = translator(common, charts, keyFigure, medErrors, VOCABULARY_ENGLISH);

import { VOCABULARY_ENGLISH } from '../i18n/vocabulary-english.js';
import { translator } from '../i18n/messages.js';
import { aeProfile } from '../i18n/messages/ae-profile.js';
import { charts } from '../i18n/messages/charts.js';
import { common } from '../i18n/messages/common.js';
import { keyFigure } from '../i18n/messages/key-figure.js';

/**
 * Messages of the profile and of medication errors, on top of the ones every widget uses (and the
 * English labels of the vocabularies it shows, loaded with them).
 */
export const t = translator(common, charts, keyFigure, aeProfile, VOCABULARY_ENGLISH);

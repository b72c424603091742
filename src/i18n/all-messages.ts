/**
 * Every message module, for the tests that check them (same keys in French and English, no key in
 * two modules). Widgets never import this: each bundles only the modules it uses.
 */
import { VOCABULARY_ENGLISH } from './vocabulary-english.js';
import { loadLanguage } from './messages.js';
import { aeProfile } from './messages/ae-profile.js';
import { availability } from './messages/availability.js';
import { charts } from './messages/charts.js';
import { common } from './messages/common.js';
import { embed } from './messages/embed.js';
import { exportsMessages } from './messages/exports.js';
import { keyFigure } from './messages/key-figure.js';
import { medErrors } from './messages/med-errors.js';
import { product } from './messages/product.js';
import { search } from './messages/search.js';
import { shortages } from './messages/shortages.js';
import { site } from './messages/site.js';
import { vegaChart } from './messages/vega-chart.js';

export const MESSAGE_MODULES = {
  common,
  keyFigure,
  charts,
  aeProfile,
  availability,
  medErrors,
  product,
  search,
  shortages,
  site,
  vegaChart,
  embed,
  exportsMessages,
};

/**
 * Loads the English tables of every module. For tests that check English text from pure functions
 * (the elements load what they need themselves).
 */
export function loadEveryLanguage(): Promise<void> {
  return loadLanguage('en', [...Object.values(MESSAGE_MODULES), VOCABULARY_ENGLISH]);
}

/**
 * Plurals of counts, by each language's rule: CLDR's, as `Intl.PluralRules` applies it, written out
 * for whole numbers — French puts 0 and 1 in the singular (« 0 valeur masquée »), English only 1.
 * A test holds this to `Intl.PluralRules` for every count up to 10,000; the widgets' bundles, whose
 * size is budgeted, do without its object and cache. A module of its own, so that a message table
 * needs nothing of the number and date formatters.
 */
import type { Lang } from './locale.js';

/** Whether a whole count takes the singular. */
export const isOne = (lang: Lang, count: number): boolean => (lang === 'fr' ? count < 2 : count === 1);

/**
 * Every user-facing string of the library, French first, one module per feature in `messages/`.
 * The English table of each module must have the same keys as the French one (the type checker
 * enforces it), and no two modules may share a key (a test checks it). Messages with parameters
 * are functions.
 */
import type { Lang } from './locale.js';
import { charts } from './messages/charts.js';
import { common } from './messages/common.js';
import { keyFigure } from './messages/key-figure.js';
import { shortages } from './messages/shortages.js';

/** The message modules, for the test that checks they do not overlap. */
export const MESSAGE_MODULES = { common, keyFigure, charts, shortages };

const fr = { ...common.fr, ...keyFigure.fr, ...charts.fr, ...shortages.fr };

export type Messages = typeof fr;
export type MessageKey = keyof Messages;

const en: Messages = { ...common.en, ...keyFigure.en, ...charts.en, ...shortages.en };

export const MESSAGES: Record<Lang, Messages> = { fr, en };

type Params<K extends MessageKey> = Messages[K] extends (p: infer P) => string ? [P] : [];

/** The message `key` in `lang`, with its parameters when it takes any. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...params: Params<K>): string {
  const message = MESSAGES[lang][key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}

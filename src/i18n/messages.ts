/**
 * Every user-facing string of the library, French first, one module per feature in `messages/`.
 * The English table of each module must have the same keys as the French one (the type checker
 * enforces it), and no two modules may share a key (src/i18n/i18n.test.ts checks it). Messages with
 * parameters are functions.
 *
 * A widget bundles only the modules it uses: `translator(...modules)` builds a typed `t()` over them.
 * `t` below covers the modules every widget needs (frame, charts, key figures).
 */
import type { Lang } from './locale.js';
import { charts } from './messages/charts.js';
import { common } from './messages/common.js';
import { keyFigure } from './messages/key-figure.js';

type Message = string | ((params: never) => string);
type Table = Record<string, Message>;
export interface MessageModule {
  fr: Table;
  en: Table;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Merged<M extends readonly MessageModule[]> = UnionToIntersection<M[number]['fr']>;
type Params<V> = V extends (params: infer P) => string ? [P] : [];

export type Translator<T> = <K extends keyof T & string>(
  lang: Lang,
  key: K,
  ...params: Params<T[K]>
) => string;

/** A `t(lang, key, params?)` over the given message modules. */
export function translator<M extends readonly MessageModule[]>(...modules: M): Translator<Merged<M>> {
  const tables: Record<Lang, Record<string, Message>> = {
    fr: Object.assign({}, ...modules.map((m) => m.fr)),
    en: Object.assign({}, ...modules.map((m) => m.en)),
  };
  return (lang, key, ...params) => {
    const message = tables[lang][key] as string | ((p: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
  };
}

/** The messages every widget uses: frame, states, errors, charts, key figures. */
// Pure: a bundle that only needs `translator` (embed.html) leaves these catalogues out.
export const t = /* @__PURE__ */ translator(common, charts, keyFigure);

/**
 * Every user-facing string of the library, French first, one module per feature in `messages/`.
 * The English table of each module (`messages/<module>.en.ts`) must have the same keys as the
 * French one (the type checker enforces it), and no two modules may share a key
 * (src/i18n/i18n.test.ts checks it). Messages with parameters are functions.
 *
 * A widget bundles only the modules it uses: `translator(...modules)` builds a typed `t()` over them.
 * `t` below covers the modules every widget needs (frame, charts, key figures).
 *
 * French is built in. English tables are separate chunks that a page loads the first time a widget
 * needs English (`loadLanguage`): a French page never downloads them. Until they are there, `t()`
 * answers in French, and the elements show their loading state instead (see LangController), so a
 * reader never sees the wrong language.
 */
import type { Lang } from './locale.js';
import { charts } from './messages/charts.js';
import { common } from './messages/common.js';
import { keyFigure } from './messages/key-figure.js';

type Message = string | ((params: never) => string);
type Table = Record<string, Message>;
export interface MessageModule<T extends Table = Table> {
  fr: T;
  /** Loads the English table (a chunk of its own). */
  en: () => Promise<T>;
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

/** Every module a translator of this page uses: what `loadLanguage` must fetch. */
const used = new Set<MessageModule>();
const english = new Map<MessageModule, Table>();
const loading = new Map<MessageModule, Promise<void>>();

function loadEnglish(module: MessageModule): Promise<void> {
  let promise = loading.get(module);
  if (!promise) {
    promise = module.en().then((table) => {
      english.set(module, table);
    });
    // A failed load (network) may be tried again by the next widget that needs it.
    promise.catch(() => loading.delete(module));
    loading.set(module, promise);
  }
  return promise;
}

/** True when every message of the page's widgets is available in `lang`. */
export function languageReady(lang: Lang): boolean {
  if (lang === 'fr') return true;
  for (const module of used) if (!english.has(module)) return false;
  return true;
}

/**
 * Loads the tables of `lang` for every module in use (each once per page). Rejects when a chunk
 * cannot be loaded: the widgets then stay in French rather than show nothing.
 */
export async function loadLanguage(lang: Lang, modules: Iterable<MessageModule> = used): Promise<void> {
  if (lang === 'fr') return;
  await Promise.all([...modules].map(loadEnglish));
}

/** Registers modules whose English the page must load, without a `t()` over them. */
export function useMessages(...modules: MessageModule[]): void {
  for (const module of modules) used.add(module);
}

/** A `t(lang, key, params?)` over the given message modules. */
export function translator<M extends readonly MessageModule[]>(...modules: M): Translator<Merged<M>> {
  useMessages(...modules);
  const fr: Table = Object.assign({}, ...modules.map((m) => m.fr));
  let en: Table | undefined;
  return (lang, key, ...params) => {
    if (lang === 'en' && !en && modules.every((m) => english.has(m)))
      en = Object.assign({}, ...modules.map((m) => english.get(m)));
    const message = ((lang === 'en' && en) || fr)[key] as string | ((p: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
  };
}

/** The messages every widget uses: frame, states, errors, charts, key figures. */
// Pure: a bundle that only needs `translator` (embed.html) leaves these catalogues out.
export const t = /* @__PURE__ */ translator(common, charts, keyFigure);

/**
 * The query string of `embed.html`, validated against an allow-list: which widgets may be embedded,
 * which attributes each takes, and what each value may look like. Nothing from the query string is
 * ever parsed as HTML: the page creates the element and sets the accepted values with
 * `setAttribute`. Pure functions, shared by the embed page and the demo's configurator.
 */
import { PROFILE_SECTIONS } from '../adverse-effects/profile-sections.js';

/** A value check: returns the value to use, or undefined to reject it. */
type Check = (value: string) => string | undefined;

const pattern =
  (re: RegExp): Check =>
  (value) =>
    re.test(value) ? value : undefined;
const oneOf =
  (...values: string[]): Check =>
  (value) =>
    values.includes(value) ? value : undefined;

/** Substance codes of the data contract: lower-case letters, digits, hyphens. */
const code = pattern(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/);
/** `ansm` or `dsfr`, optionally with `dark` or `auto`, in any order. */
const theme: Check = (value) => {
  const words = value.trim().split(/\s+/);
  const ok =
    words.length <= 2 &&
    new Set(words).size === words.length &&
    words.every((w) => ['ansm', 'dsfr', 'dark', 'auto'].includes(w)) &&
    !(words.includes('dark') && words.includes('auto')) &&
    !(words.includes('ansm') && words.includes('dsfr'));
  return ok ? words.join(' ') : undefined;
};
const sections: Check = (value) => {
  const words = value.trim().split(/[\s,]+/);
  return words.length && words.every((w) => (PROFILE_SECTIONS as readonly string[]).includes(w))
    ? words.join(' ')
    : undefined;
};
/** A data tree over HTTPS (or the DataMed GraphQL API): never `javascript:` or `data:`. */
const source: Check = (value) => {
  const url = value.startsWith('graphql:') ? value.slice('graphql:'.length) : value;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && value.length <= 500 ? value : undefined;
  } catch {
    return undefined;
  }
};
/** Free text shown as text (titles, product names): printable, bounded. */
const text: Check = (value) =>
  value.length <= 120 && !/\p{Cc}/u.test(value) && value.trim() ? value.trim() : undefined;

/** The attributes every embeddable widget takes. */
const COMMON: Record<string, Check> = {
  lang: oneOf('fr', 'en'),
  theme,
  heading: text,
  'heading-level': pattern(/^[1-6]$/),
  source,
};
const VIEW = { view: oneOf('chart', 'table') };
const SCOPE = {
  substance: code,
  product: text,
  atc: pattern(/^[A-Z](?:[0-9]{2}(?:[A-Z]{1,2}(?:[0-9]{2})?)?)?$/),
};

/** The widgets `embed.html` shows, with the attributes each accepts. */
export const EMBED_WIDGETS = {
  'ae-profile': { ...COMMON, ...VIEW, substance: code, compare: code, sections, scope: oneOf('all') },
  'key-figure': { ...COMMON, substance: code, scope: oneOf('all') },
  'med-errors': { ...COMMON, ...VIEW, substance: code },
  'shortage-timeline': {
    ...COMMON,
    ...VIEW,
    ...SCOPE,
    today: pattern(/^\d{4}-\d{2}-\d{2}$/),
    sort: oneOf('recent', 'duration', 'count', 'product'),
  },
  'shortage-overview': { ...COMMON, ...VIEW, ...SCOPE, year: pattern(/^\d{4}$/) },
} satisfies Record<string, Record<string, Check>>;

export type EmbedWidget = keyof typeof EMBED_WIDGETS;

export const isEmbedWidget = (name: string): name is EmbedWidget => Object.hasOwn(EMBED_WIDGETS, name);

/** A fixed height (px) that suits each widget when the host page does not resize the iframe. */
export const EMBED_HEIGHTS: Record<EmbedWidget, number> = {
  'ae-profile': 1400,
  'key-figure': 320,
  'med-errors': 1100,
  'shortage-timeline': 720,
  'shortage-overview': 1400,
};

export interface EmbedRequest {
  widget: EmbedWidget;
  tag: `datamed-${EmbedWidget}`;
  /** Accepted attributes, in the query string's order. */
  attributes: [string, string][];
  /** Parameters dropped: unknown, or with a value that failed its check. */
  rejected: string[];
}

/** Reads `?widget=…&…`: undefined when the widget is missing or not embeddable. */
export function parseEmbedParams(search: string): EmbedRequest | undefined {
  const params = new URLSearchParams(search);
  const widget = params.get('widget') ?? '';
  if (!isEmbedWidget(widget)) return undefined;
  const allowed: Record<string, Check> = EMBED_WIDGETS[widget];
  const attributes: [string, string][] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (name === 'widget' || name === 'id') continue;
    const check = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    const value = check?.(raw);
    if (value === undefined || seen.has(name)) rejected.push(name);
    else {
      seen.add(name);
      attributes.push([name, value]);
    }
  }
  return { widget, tag: `datamed-${widget}`, attributes, rejected };
}

/** The query string for a widget and its attributes (values encoded; empty ones left out). */
export function embedQuery(widget: EmbedWidget, attributes: Record<string, string | undefined>): string {
  const params = new URLSearchParams({ widget });
  for (const [name, value] of Object.entries(attributes)) if (value) params.set(name, value);
  return params.toString();
}

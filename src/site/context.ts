/**
 * What a page builder gets: its plan, the tree's summary, the site's options, the translator, a
 * link maker relative to the page, and `element()`, which renders a DataMed element on the server
 * with the page's language, theme and data source and keeps the files it read for the page.
 */
import type { ElementInput, RenderOptions, RenderedElement } from '../ssr/render.js';
import type { Lang } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { site } from '../i18n/messages/site.js';
import { relativeUrl } from './html.js';
import type { PagePlan, RenderedPageType } from './plan.js';
import type { SiteProduct, SiteSubstance, SiteTree } from './tree.js';

/** The site's look: the library's own (`ansm`) or the French State's design system (`dsfr`). */
export type SiteTheme = 'ansm' | 'dsfr';

/** The build's settings a page needs. */
export interface PageSettings {
  dataDir: string;
  langs: Lang[];
  theme: SiteTheme;
  /** The site's public address, ending in `/`, when known (canonical and alternate links). */
  baseUrl?: string;
  chartWidth: number;
  /**
   * The largest data file (bytes) a page carries in its data script; larger ones the browser
   * fetches from `data/` (once: it caches them), so that a reader without JavaScript does not
   * download megabytes of JSON they cannot use.
   */
  inlineDataLimit: number;
}

/** The site's messages (the widgets bring their own). */
export const t = translator(site);

/** renderElement's signature: the real one, or a stand-in in tests. */
export type ElementRenderer = (
  tag: string,
  input: ElementInput,
  options: RenderOptions,
) => Promise<RenderedElement>;

export interface PageContext {
  plan: PagePlan;
  lang: Lang;
  tree: SiteTree;
  settings: PageSettings;
  substanceByCode: ReadonlyMap<string, SiteSubstance>;
  productByCis: ReadonlyMap<string, SiteProduct>;
  /** The URL of site path `path` (from the site's root) relative to this page. */
  href(path: string): string;
  /** The URL of a page of this page's language. */
  pageHref(type: RenderedPageType, key?: string): string;
  /** A DataMed element rendered on the server, with its declarative shadow root. */
  element(tag: string, input: ElementInput): Promise<string>;
}

/** A breadcrumb step: its text and, but for the current page, its site path. */
export interface Crumb {
  label: string;
  path?: string;
}

/** What a page builder returns; the layout puts the shell around it. */
export interface PageContent {
  title: string;
  description: string;
  /** The page's one `<h1>`. Default: the title. */
  h1?: string;
  /** From the home page to this one (the current page last, without path). None on the home page. */
  breadcrumbs?: Crumb[];
  /** The main nav's entry this page belongs to. */
  section?: RenderedPageType;
  /** The main content after the `<h1>`. */
  body: string;
}

/** The `source` of a page's elements: the data tree copied to `data/` at the site's root. */
export const dataSourceFor = (path: string): string => relativeUrl(path, 'data/');

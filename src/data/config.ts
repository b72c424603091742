/**
 * Page-wide settings, and where the data come from when a widget does not say.
 *
 * Order of precedence for the data source of a widget:
 * 1. its `source` attribute (a static tree, or `graphql:<endpoint>` for DataMed's GraphQL API);
 * 2. `configure({ source })`, called once by the page;
 * 3. `<meta name="datamed-source" content="https://…/">` in the page;
 * 4. the demo data shipped in the package, found next to this module (`import.meta.url`), so that a
 *    script tag and a widget tag work with zero configuration. Each demo file also has its own literal
 *    URL (demo-files.ts), which an application's bundler rewrites to the copy it emits.
 */
import { DEMO_FILES } from './demo-files.js';
import { DEFAULT_THRESHOLD } from './privacy.js';

/** Set by the build when the module does not sit two folders below the package root. */
declare const __DATAMED_DEMO_DATA__: string | undefined;

export interface DatamedConfig {
  /** Base URL of a static data tree, or a GraphQL endpoint (see `docs/data-contract.md`). */
  source?: string;
  /** Minimum publication threshold enforced in the browser; files can raise it, never lower it. */
  threshold: number;
  /** Request timeout, milliseconds. */
  timeoutMs: number;
}

const config: DatamedConfig = { threshold: DEFAULT_THRESHOLD, timeoutMs: 15_000 };

/** Page-wide defaults. Call it before or after the widgets are on the page. */
export function configure(options: Partial<DatamedConfig>): void {
  if (options.source !== undefined) config.source = options.source;
  if (options.threshold !== undefined && Number.isInteger(options.threshold)) {
    // The threshold can be raised by a page, never lowered below DataMed's rule.
    config.threshold = Math.max(DEFAULT_THRESHOLD, options.threshold);
  }
  if (options.timeoutMs !== undefined && options.timeoutMs > 0) config.timeoutMs = options.timeoutMs;
}

export function getConfig(): Readonly<DatamedConfig> {
  return config;
}

/** URL of the demo data tree shipped with the package. */
export function demoDataUrl(): string {
  const relative = typeof __DATAMED_DEMO_DATA__ === 'string' ? __DATAMED_DEMO_DATA__ : '../../demo-data/';
  // Not `new URL(relative, import.meta.url)`: webpack would take that for a file to bundle and fail at
  // run time. A bundled app fetches the demo files at their own URLs (dataFileUrl).
  const here = import.meta.url;
  return new URL(relative, here).href;
}

/**
 * URL of the file at `path` of the tree at `base`. For the demo tree, the file's own URL: in a bundled
 * application it is where the bundler copied the file, which the folder's URL does not tell.
 */
/** Server rendering (src/ssr/): the page's URL, against which relative sources resolve. */
let serverPageUrl: string | undefined;
export function setServerPageUrl(url: string): void {
  serverPageUrl = url;
}

export function dataFileUrl(base: string, path: string): string {
  const demo = base === demoDataUrl() ? DEMO_FILES[path] : undefined;
  return (demo ? demo() : new URL(path, base)).href;
}

/** The source a widget uses, as an absolute URL string, following the precedence above. */
export function resolveSourceUrl(attribute: string | null | undefined): string {
  const fromPage =
    typeof document !== 'undefined'
      ? document.querySelector('meta[name="datamed-source"]')?.getAttribute('content')?.trim()
      : undefined;
  const chosen = attribute?.trim() || config.source?.trim() || fromPage || '';
  if (!chosen) return demoDataUrl();
  const base = typeof document !== 'undefined' ? document.baseURI : (serverPageUrl ?? import.meta.url);
  // `graphql:` names the kind of source, not a URL scheme: resolve what follows it.
  if (chosen.startsWith('graphql:')) return `graphql:${new URL(chosen.slice('graphql:'.length), base).href}`;
  return new URL(chosen, base).href;
}

/**
 * Where data come from: a widget's `source` resolved to a static tree or a source adapter, the
 * page's HTTP client, and the index of substances. repository.ts loads the files on top of it;
 * resolve.ts (loaded on demand) reads the list of substances through it, product-index.ts the
 * products the search box lists.
 */
import {
  CODE_PATTERN,
  TREE,
  type AdverseEffectsFile,
  type IndexEntry,
  type IndexFile,
  type IndexProduct,
  type ProductFile,
  type ShortagesFile,
} from './contract.js';
import { JsonClient } from './client.js';
import { dataFileUrl, demoDataUrl, getConfig, resolveSourceUrl } from './config.js';
import { DatamedError } from './errors.js';
import { pageFile } from './page-files.js';
import { validateIndex } from './validate.js';

export interface ShortageScope {
  /** Substance code: the per-substance file. None: the all-shortages file. */
  substance?: string | undefined;
  /** A product name or its beginning (case and accents ignored): cut from the file above. */
  product?: string | undefined;
  /** An ATC code or prefix (`J01`): cut from the file above. */
  atc?: string | undefined;
  /** A product's CIS code: its declarations (from `products/{cis}.json` on a static tree). */
  cis?: string | undefined;
}

/**
 * A source that is not a static tree (DataMed's GraphQL API…): it recognises its URLs and maps its
 * answers onto the contract. Adapters register themselves when their module is imported, so a
 * widget built for static files does not carry them (the whole library imports them all).
 */
export interface SourceAdapter {
  name: string;
  /** The endpoint for a source URL this adapter serves, else undefined. */
  endpoint(source: string): string | undefined;
  index?(client: JsonClient, endpoint: string, signal?: AbortSignal): Promise<IndexFile>;
  /**
   * The substances a widget's `substance` attribute may name (codes, names, aliases: resolve.ts).
   * Without it, a code the adapter does not know stays its own "not found".
   */
  substances?(client: JsonClient, endpoint: string, signal?: AbortSignal): Promise<IndexEntry[]>;
  /**
   * The products the search box lists (what a static tree keeps in `products-index.json`), asked
   * for at a reader's first search only. Without it, the index's own `products`, if any.
   */
  products?(client: JsonClient, endpoint: string, signal?: AbortSignal): Promise<IndexProduct[]>;
  adverseEffects?(
    client: JsonClient,
    endpoint: string,
    code: string,
    threshold: number,
    signal?: AbortSignal,
  ): Promise<AdverseEffectsFile>;
  shortages?(
    client: JsonClient,
    endpoint: string,
    scope: ShortageScope,
    signal?: AbortSignal,
  ): Promise<ShortagesFile>;
  /** One product (spécialité) by its CIS code. */
  product?(
    client: JsonClient,
    endpoint: string,
    cis: string,
    threshold: number,
    signal?: AbortSignal,
  ): Promise<ProductFile>;
  /** The all-medicines aggregate (`TREE.allMedicines`). */
  allMedicines?(
    client: JsonClient,
    endpoint: string,
    threshold: number,
    signal?: AbortSignal,
  ): Promise<AdverseEffectsFile>;
}

/** Where a widget's data come from: a static tree (URL ending in `/`) or an adapter's endpoint. */
export type ResolvedSource =
  { kind: 'static'; url: string } | { kind: 'adapter'; url: string; adapter: SourceAdapter };

const adapters: SourceAdapter[] = [];

export function registerSourceAdapter(adapter: SourceAdapter): void {
  if (!adapters.some((a) => a.name === adapter.name)) adapters.push(adapter);
}

let sharedClient: JsonClient | undefined;

/** The page's client (one per copy of the library). */
export function getClient(): JsonClient {
  sharedClient ??= new JsonClient({
    timeoutMs: getConfig().timeoutMs,
    cacheSize: 32,
    cacheTtlMs: 5 * 60_000,
  });
  sharedClient.options.timeoutMs = getConfig().timeoutMs;
  return sharedClient;
}

/** Refuses a code that could not be a file name of the tree (`../`, `?`, spaces…). */
export function checkCode(code: string): string {
  const normalized = code.trim().toLowerCase();
  if (!CODE_PATTERN.test(normalized)) {
    throw new DatamedError('config', `"${code.slice(0, 60)}" is not a substance code`, {
      field: 'substance',
      found: code.slice(0, 60),
    });
  }
  return normalized;
}

/** The source of a widget's `source` attribute, or a `config` error for what cannot be one. */
export function resolveSource(attribute: string | null | undefined): ResolvedSource {
  let url: string;
  try {
    url = resolveSourceUrl(attribute);
  } catch {
    throw new DatamedError('config', `"${String(attribute).slice(0, 80)}" is not a URL`, { field: 'source' });
  }
  for (const adapter of adapters) {
    const endpoint = adapter.endpoint(url);
    if (endpoint && /^https?:/i.test(endpoint)) return { kind: 'adapter', url: endpoint, adapter };
  }
  if (url.startsWith('graphql:')) {
    throw new DatamedError('config', 'GraphQL sources need their adapter: import "datamed-widgets/graphql"', {
      field: 'source',
      found: url.slice(0, 80),
    });
  }
  // The demo tree's folder may be a file: URL (webpack writes the module's path into import.meta.url):
  // its files are fetched at their own URLs, which the application's bundler emitted (config.ts).
  if (!/^https?:/i.test(url) && url !== demoDataUrl()) {
    throw new DatamedError('config', 'only http(s) sources are supported', {
      field: 'source',
      found: url.slice(0, 80),
    });
  }
  return { kind: 'static', url: url.endsWith('/') ? url : `${url}/` };
}

/** A string that changes when the source changes: part of the widgets' loading keys. */
export function sourceKey(attribute: string | null | undefined): string {
  const source = resolveSource(attribute);
  return source.kind === 'static' ? source.url : `${source.adapter.name}:${source.url}`;
}

export function unsupported(source: { adapter: SourceAdapter }, what: string): Promise<never> {
  return Promise.reject(
    new DatamedError('config', `the ${source.adapter.name} source has no ${what}`, { field: 'source' }),
  );
}

let serverFileHook: ((base: string, path: string) => void) | undefined;

/** Server rendering (src/ssr/): told every file a render reads, to put them in the page. */
export function onServerFileRead(hook: ((base: string, path: string) => void) | undefined): void {
  serverFileHook = hook;
}

export function fetchFile<T>(
  base: string,
  path: string,
  kind: string,
  parse: (json: unknown, label: string) => T,
  signal?: AbortSignal,
): Promise<T> {
  serverFileHook?.(base, path);
  const url = dataFileUrl(base, path);
  return getClient().get(url, {
    signal,
    kind,
    label: path,
    parse: (json) => parse(json, path),
    preloaded: pageFile(url),
  });
}

export function loadIndex(attribute: string | null | undefined, signal?: AbortSignal): Promise<IndexFile> {
  const source = resolveSource(attribute);
  if (source.kind === 'adapter') {
    return source.adapter.index?.(getClient(), source.url, signal) ?? unsupported(source, 'index');
  }
  return fetchFile(source.url, TREE.index, 'index', validateIndex, signal);
}

/**
 * Data access, in one place: widgets ask for an index, a substance's adverse-effect profile or
 * shortage declarations, and get validated data with the privacy threshold already applied.
 * Whether they come from static files or through a source adapter (DataMed's GraphQL API) is
 * decided here, from the widget's `source` (see config.ts for the defaults).
 *
 * One function per kind of data, so that a widget's bundle carries only the validators it needs.
 */
import {
  CODE_PATTERN,
  TREE,
  type AdverseEffectsFile,
  type IndexFile,
  type ShortagesFile,
} from './contract.js';
import { JsonClient } from './client.js';
import { dataFileUrl, demoDataUrl, getConfig, resolveSourceUrl } from './config.js';
import { DatamedError } from './errors.js';
import { protectAdverseEffects } from './privacy.js';
import { checkAtc, declarationsInScope } from './shortages.js';
import { validateAdverseEffects, validateIndex, validateShortages } from './validate.js';

export interface ShortageScope {
  /** Substance code: the per-substance file. None: the all-shortages file. */
  substance?: string | undefined;
  /** A product name or its beginning (case and accents ignored): cut from the file above. */
  product?: string | undefined;
  /** An ATC code or prefix (`J01`): cut from the file above. */
  atc?: string | undefined;
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

function unsupported(source: { adapter: SourceAdapter }, what: string): Promise<never> {
  return Promise.reject(
    new DatamedError('config', `the ${source.adapter.name} source has no ${what}`, { field: 'source' }),
  );
}

function fetchFile<T>(
  base: string,
  path: string,
  kind: string,
  parse: (json: unknown, label: string) => T,
  signal?: AbortSignal,
): Promise<T> {
  return getClient().get(dataFileUrl(base, path), {
    signal,
    kind,
    label: path,
    parse: (json) => parse(json, path),
  });
}

export function loadIndex(attribute: string | null | undefined, signal?: AbortSignal): Promise<IndexFile> {
  const source = resolveSource(attribute);
  if (source.kind === 'adapter') {
    return source.adapter.index?.(getClient(), source.url, signal) ?? unsupported(source, 'index');
  }
  return fetchFile(source.url, TREE.index, 'index', validateIndex, signal);
}

export function loadAdverseEffects(
  attribute: string | null | undefined,
  code: string,
  signal?: AbortSignal,
): Promise<AdverseEffectsFile> {
  const source = resolveSource(attribute);
  const threshold = getConfig().threshold;
  if (source.kind === 'adapter') {
    return (
      source.adapter.adverseEffects?.(getClient(), source.url, code, threshold, signal) ??
      unsupported(source, 'adverse-effect data')
    );
  }
  return fetchFile(
    source.url,
    TREE.adverseEffects(checkCode(code)),
    `ae@${threshold}`,
    (json, label) => protectAdverseEffects(validateAdverseEffects(json, label), threshold),
    signal,
  );
}

/**
 * Shortage declarations of a substance (its own file) or of everything, optionally cut to one
 * product and / or one ATC class (see shortages.ts).
 */
export async function loadShortages(
  attribute: string | null | undefined,
  scope: ShortageScope,
  signal?: AbortSignal,
): Promise<ShortagesFile> {
  const source = resolveSource(attribute);
  if (source.kind === 'adapter') {
    return (
      source.adapter.shortages?.(getClient(), source.url, scope, signal) ??
      unsupported(source, 'shortage declarations')
    );
  }
  const path = scope.substance ? TREE.shortagesOf(checkCode(scope.substance)) : TREE.shortagesAll;
  if (scope.atc) checkAtc(scope.atc);
  const file = await fetchFile(source.url, path, 'shortages', validateShortages, signal);
  if (!scope.product?.trim() && !scope.atc) return file;
  // The cached file is shared between widgets: the scoped copy is a new object.
  return { ...file, declarations: declarationsInScope(file.declarations, scope) };
}

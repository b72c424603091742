/**
 * Data access, in one place: every widget asks a `DataSource` for an index, a substance's
 * adverse-effect profile or shortage declarations, and gets validated data with the privacy
 * threshold already applied. How the data are fetched (static files, GraphQL) is the source's business.
 */
import {
  CODE_PATTERN,
  TREE,
  type AdverseEffectsFile,
  type IndexFile,
  type ShortagesFile,
} from './contract.js';
import { JsonClient } from './client.js';
import { getConfig, resolveSourceUrl } from './config.js';
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

export interface DataSource {
  /** Absolute URL of the source, for messages and cache keys. */
  readonly url: string;
  index(signal?: AbortSignal): Promise<IndexFile>;
  adverseEffects(code: string, signal?: AbortSignal): Promise<AdverseEffectsFile>;
  shortages(scope: ShortageScope, signal?: AbortSignal): Promise<ShortagesFile>;
}

let sharedClient: JsonClient | undefined;

/** The page's client (one per copy of the library). */
export function getClient(): JsonClient {
  if (!sharedClient) {
    sharedClient = new JsonClient({
      timeoutMs: getConfig().timeoutMs,
      cacheSize: 32,
      cacheTtlMs: 5 * 60_000,
    });
  }
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

/** Reads the static file tree described in `docs/data-contract.md`. */
export class StaticSource implements DataSource {
  constructor(
    readonly url: string,
    private readonly client: JsonClient = getClient(),
  ) {}

  private fetch<T>(
    path: string,
    kind: string,
    parse: (json: unknown, label: string) => T,
    signal?: AbortSignal,
  ): Promise<T> {
    return this.client.get(new URL(path, this.url).href, {
      signal,
      kind,
      label: path,
      parse: (json) => parse(json, path),
    });
  }

  index(signal?: AbortSignal): Promise<IndexFile> {
    return this.fetch(TREE.index, 'index', validateIndex, signal);
  }

  adverseEffects(code: string, signal?: AbortSignal): Promise<AdverseEffectsFile> {
    const threshold = getConfig().threshold;
    return this.fetch(
      TREE.adverseEffects(checkCode(code)),
      `ae@${threshold}`,
      (json, label) => protectAdverseEffects(validateAdverseEffects(json, label), threshold),
      signal,
    );
  }

  async shortages(scope: ShortageScope, signal?: AbortSignal): Promise<ShortagesFile> {
    const path = scope.substance ? TREE.shortagesOf(checkCode(scope.substance)) : TREE.shortagesAll;
    if (scope.atc) checkAtc(scope.atc);
    const file = await this.fetch(path, 'shortages', validateShortages, signal);
    if (!scope.product?.trim() && !scope.atc) return file;
    // The cached file is shared: the scoped copy is a new object.
    return { ...file, declarations: declarationsInScope(file.declarations, scope) };
  }
}

type SourceFactory = (url: string) => DataSource | undefined;
const factories: SourceFactory[] = [];

/** Lets an adapter (e.g. GraphQL) claim source URLs it recognises. */
export function registerSourceFactory(factory: SourceFactory): void {
  factories.unshift(factory);
}

const sources = new Map<string, DataSource>();

/** The data source for a widget's `source` attribute (see `config.ts` for the defaults). */
export function sourceFor(attribute: string | null | undefined): DataSource {
  let url: string;
  try {
    url = resolveSourceUrl(attribute);
  } catch {
    throw new DatamedError('config', `"${String(attribute).slice(0, 80)}" is not a URL`, { field: 'source' });
  }
  if (!/^https?:/i.test(url)) {
    throw new DatamedError('config', `only http(s) sources are supported`, {
      field: 'source',
      found: url.slice(0, 80),
    });
  }
  let source = sources.get(url);
  if (!source) {
    source =
      factories.map((f) => f(url)).find((s) => s) ?? new StaticSource(url.endsWith('/') ? url : `${url}/`);
    sources.set(url, source);
  }
  return source;
}

/**
 * The one HTTP client every widget goes through.
 *
 * - One in-flight request per resource, shared by all widgets on the page; each caller can abort
 *   its own interest, and the request itself is aborted only when nobody waits for it any more.
 * - A timeout that covers the whole exchange, body included (a slow trickle times out too).
 * - A small cache of parsed, validated results, so ten widgets on one substance cost one request
 *   and one validation. Failures are never cached: "retry" really retries.
 * - Every failure becomes a `DatamedError` with a kind the widgets can explain.
 */
import { DatamedError, isAbort } from './errors.js';

export interface ClientOptions {
  timeoutMs: number;
  cacheSize: number;
  cacheTtlMs: number;
  fetch?: typeof fetch;
}

export interface GetOptions<T> {
  signal?: AbortSignal | undefined;
  /** Turns the parsed JSON into the result (validation, normalisation); runs once per request. */
  parse: (json: unknown) => T;
  /** Distinguishes two parsings of the same URL in the cache. */
  kind: string;
  /** Name used in error messages, e.g. `substances/paracetamol.json`. */
  label?: string;
  /** POST body (GraphQL); requests with a body are shared and cached like the others. */
  body?: string;
  /**
   * For a refused request (HTTP 4xx / 5xx): the server's own explanation found in the body (a
   * GraphQL `errors` message), as one line of plain text, or undefined. It becomes the error's
   * `details.reason`.
   */
  reasonOf?: (body: string) => string | undefined;
  /** The JSON already at hand (a file the page carries, src/data/page-files.ts): no request. */
  preloaded?: unknown;
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

export class JsonClient {
  private readonly inflight = new Map<string, Shared>();
  private readonly cache = new Map<string, { value: unknown; at: number }>();

  constructor(readonly options: ClientOptions) {}

  /** Number of requests in flight (tests and leak checks). */
  get pending(): number {
    return this.inflight.size;
  }

  clearCache(): void {
    this.cache.clear();
  }

  get<T>(url: string, options: GetOptions<T>): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new DatamedError('aborted', 'aborted', { url }));
    const key = `${options.kind} ${options.body ?? ''} ${url}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < this.options.cacheTtlMs) {
      // Refresh its place in the LRU order.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return Promise.resolve(hit.value as T);
    }
    let shared = this.inflight.get(key);
    if (!shared) {
      shared = this.start(key, url, options);
      this.inflight.set(key, shared);
    }
    const entry = shared;
    entry.waiting++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        if (entry.waiting === 0) entry.controller.abort();
        reject(new DatamedError('aborted', 'aborted', { url }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          if (!signal?.aborted) {
            entry.waiting--;
            resolve(value as T);
          }
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          if (!signal?.aborted) {
            entry.waiting--;
            reject(error);
          }
        },
      );
    });
  }

  private start<T>(key: string, url: string, options: GetOptions<T>): Shared {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const label = options.label ?? url;
    const run = async () => {
      try {
        const json =
          options.preloaded !== undefined
            ? options.preloaded
            : await this.fetchJson(url, label, controller.signal, options);
        const value = options.parse(json);
        this.remember(key, value);
        return value;
      } catch (error) {
        if (timedOut)
          throw new DatamedError('timeout', `${label}: no answer within ${this.options.timeoutMs} ms`, {
            url: label,
          });
        throw error;
      } finally {
        clearTimeout(timer);
        this.inflight.delete(key);
      }
    };
    const promise = run();
    // Nobody may be listening any more (every caller aborted): keep the rejection handled.
    promise.catch(() => undefined);
    return { promise, controller, waiting: 0 };
  }

  private remember(key: string, value: unknown): void {
    this.cache.set(key, { value, at: Date.now() });
    while (this.cache.size > this.options.cacheSize) {
      this.cache.delete(this.cache.keys().next().value as string);
    }
  }

  private async fetchJson(
    url: string,
    label: string,
    signal: AbortSignal,
    { body, reasonOf }: GetOptions<unknown>,
  ): Promise<unknown> {
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(url, {
        signal,
        credentials: 'omit',
        headers: body
          ? { Accept: 'application/json', 'Content-Type': 'application/json' }
          : { Accept: 'application/json' },
        ...(body ? { method: 'POST', body } : {}),
      });
    } catch (error) {
      if (signal.aborted || isAbort(error)) throw new DatamedError('aborted', 'aborted', { url: label });
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      throw new DatamedError(
        offline ? 'offline' : 'network',
        `${label}: ${(error as Error)?.message ?? 'network error'}`,
        {
          url: label,
        },
      );
    }
    if (!response.ok) throw httpError(response, label, reasonOf?.(await response.text().catch(() => '')));
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted || isAbort(error)) throw new DatamedError('aborted', 'aborted', { url: label });
      throw new DatamedError('network', `${label}: body could not be read`, { url: label });
    }
    return parseJson(text, label, response.headers.get('content-type') ?? '');
  }
}

function httpError(response: Response, label: string, reason?: string): DatamedError {
  const status = response.status;
  const details = { url: label, status, ...(reason ? { reason } : {}) };
  if (status === 404 || status === 410)
    return new DatamedError('not-found', `${label}: HTTP ${status}`, details);
  if (status === 503 || status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    return new DatamedError('unavailable', `${label}: HTTP ${status}`, {
      ...details,
      ...(retryAfter ? { retryAfter } : {}),
    });
  }
  if (status >= 500) return new DatamedError('server', `${label}: HTTP ${status}`, details);
  return new DatamedError('http', `${label}: HTTP ${status}`, details);
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. Capped at one hour. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  let seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : (Date.parse(trimmed) - Date.now()) / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  seconds = Math.min(Math.ceil(seconds), 3600);
  return seconds;
}

/** Parses JSON, telling "an HTML page" apart from "broken JSON". */
export function parseJson(text: string, label: string, contentType = ''): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart().slice(0, 15).toLowerCase();
  if (
    contentType.includes('text/html') ||
    start.startsWith('<!doctype') ||
    start.startsWith('<html') ||
    start.startsWith('<')
  ) {
    throw new DatamedError('html', `${label}: an HTML page instead of JSON`, { url: label });
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new DatamedError('not-json', `${label}: ${(error as Error).message}`, { url: label });
  }
}

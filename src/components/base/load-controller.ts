import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DatamedError, isAbort, toDatamedError } from '../../data/errors.js';

/**
 * Server rendering (src/ssr/render.ts) cannot wait for data: a render notes the loads it met
 * (`serverPending`), the renderer runs them, keeps their results here, and renders again.
 * Both stay empty in a browser.
 */
const serverResults = new Map<string, { value: unknown } | { error: DatamedError }>();
const serverPending = new Map<string, () => Promise<unknown>>();
const elementKinds = new WeakMap<object, number>();
let kinds = 0;
const kindOf = (host: object): number => {
  let kind = elementKinds.get(host.constructor);
  if (kind === undefined) elementKinds.set(host.constructor, (kind = ++kinds));
  return kind;
};

/** Server rendering: runs the loads the last render met; false when it met none. */
export async function runServerLoads(): Promise<boolean> {
  if (!serverPending.size) return false;
  const pending = [...serverPending];
  serverPending.clear();
  await Promise.all(
    pending.map(async ([key, load]) => {
      try {
        serverResults.set(key, { value: await load() });
      } catch (error) {
        serverResults.set(key, { error: toDatamedError(error) });
      }
    }),
  );
  return true;
}

/** Server rendering: forgets every result (between two pages). */
export function clearServerLoads(): void {
  serverResults.clear();
  serverPending.clear();
}

/** The controllers of a host, for the server render and the browser's take-over (base-element.ts). */
export interface LoaderHost extends ReactiveControllerHost {
  loaders?: LoadController<unknown>[];
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadOptions<T> {
  /**
   * What to load, as a string: loading restarts whenever it changes (a `substance` attribute…).
   * Undefined means "nothing to load" (status `idle`).
   */
  key: () => string | undefined;
  load: (signal: AbortSignal) => Promise<T>;
  onReady?: (value: T) => void;
  onError?: (error: DatamedError) => void;
}

/**
 * Fetch state of a widget: idle → loading → ready | error.
 *
 * - The key is read before each render; a new key aborts the previous request, so a late answer
 *   for an old substance can never replace the current one.
 * - Removing the widget aborts its request; putting it back restarts it.
 * - `retry()` runs the same key again.
 */
export class LoadController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: DatamedError | undefined;
  private currentKey: string | undefined;
  private abort: AbortController | undefined;
  private interrupted = false;

  constructor(
    private readonly host: LoaderHost,
    private readonly options: LoadOptions<T>,
  ) {
    host.addController(this);
    host.loaders?.push(this as LoadController<unknown>);
  }

  /** True while a request is out: a server-rendered widget keeps its server HTML until then. */
  get busy(): boolean {
    return this.status === 'loading';
  }

  /** Server rendering: the state the renderer's loads gave, set synchronously (else noted as pending). */
  serverUpdate(): void {
    let key: string | undefined;
    try {
      key = this.options.key();
    } catch (error) {
      this.fail(`!${String(error)}`, toDatamedError(error));
      return;
    }
    this.currentKey = key;
    // Two kinds of element may use the same key for different results (a product's file, its
    // declarations): the server's results are kept per kind of element.
    const serverKey = key === undefined ? undefined : `${kindOf(this.host)}|${key}`;
    const result = serverKey === undefined ? undefined : serverResults.get(serverKey);
    if (serverKey !== undefined && !result && !serverPending.has(serverKey))
      serverPending.set(serverKey, () => this.options.load(new AbortController().signal));
    this.status = key === undefined ? 'idle' : !result ? 'loading' : 'value' in result ? 'ready' : 'error';
    this.value = result && 'value' in result ? (result.value as T) : undefined;
    this.error = result && 'error' in result ? result.error : undefined;
  }

  hostUpdate(): void {
    let key: string | undefined;
    try {
      key = this.options.key();
    } catch (error) {
      // A bad attribute (e.g. a code with "../"): an error state, not an exception in the page.
      const failure = toDatamedError(error);
      this.fail(`!${failure.message}`, failure);
      return;
    }
    if (key !== this.currentKey) this.run(key);
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.currentKey = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.abort?.abort();
      this.abort = undefined;
      this.interrupted = true;
    }
  }

  retry(): void {
    this.currentKey = undefined;
    this.host.requestUpdate();
  }

  private fail(key: string, error: DatamedError): void {
    this.abort?.abort();
    if (this.currentKey === key && this.status === 'error') return;
    this.currentKey = key;
    this.status = 'error';
    this.value = undefined;
    this.error = error;
    this.options.onError?.(error);
  }

  private run(key: string | undefined): void {
    this.abort?.abort();
    this.abort = undefined;
    this.currentKey = key;
    this.value = undefined;
    this.error = undefined;
    if (key === undefined) {
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    const abort = new AbortController();
    this.abort = abort;
    let pending: Promise<T>;
    try {
      pending = this.options.load(abort.signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        if (abort.signal.aborted || this.abort !== abort) return;
        this.abort = undefined;
        this.status = 'ready';
        this.value = value;
        this.host.requestUpdate();
        this.options.onReady?.(value);
      },
      (error: unknown) => {
        if (abort.signal.aborted || this.abort !== abort || isAbort(error)) return;
        this.abort = undefined;
        this.status = 'error';
        this.error = toDatamedError(error);
        this.host.requestUpdate();
        this.options.onError?.(this.error);
      },
    );
  }
}

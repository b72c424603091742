import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DatamedError, isAbort, toDatamedError } from '../../data/errors.js';

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
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<T>,
  ) {
    host.addController(this);
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

/**
 * What the hardening tests of the elements share: a stubbed data source (payloads served from
 * memory through `fetch`, no network, no cache between payloads), a watch on uncaught errors, and
 * the allow-list check that nothing was injected into a widget's shadow roots.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { organClasses } from '../helpers/chart-data.js';

/* ------------------------------------------------------------------ stubbed source */

type Answer = string | ((init?: RequestInit) => Response | Promise<Response>);

/**
 * Answers `fetch` for URLs under `https://stub.invalid/`: `serve(path, text)` decides what a path
 * returns; anything else under that origin is a 404. Every other URL goes to the real `fetch`.
 */
export class StubSource {
  static readonly ORIGIN = 'https://stub.invalid/';
  private readonly answers = new Map<string, Answer>();
  private original: typeof fetch | undefined;
  /** Requests received, by path (request counting). */
  readonly hits = new Map<string, number>();

  install(): this {
    this.original = window.fetch;
    const original = this.original;
    window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
      if (!url.startsWith(StubSource.ORIGIN)) return original(request, init);
      const path = url.slice(StubSource.ORIGIN.length);
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      const answer = this.answers.get(path);
      if (answer === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
      if (typeof answer !== 'string') return abortable(Promise.resolve(answer(init)), init?.signal);
      return Promise.resolve(new Response(answer, { headers: { 'Content-Type': 'application/json' } }));
    };
    return this;
  }

  restore(): void {
    if (this.original) window.fetch = this.original;
  }

  serve(path: string, answer: Answer): void {
    this.answers.set(path, answer);
  }

  clear(): void {
    this.answers.clear();
    this.hits.clear();
  }
}

/** Rejects like a real `fetch` when the request's signal aborts before the answer is there. */
function abortable(answer: Promise<Response>, signal: AbortSignal | null | undefined): Promise<Response> {
  if (!signal) return answer;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/* ------------------------------------------------------------------ uncaught errors */

/** Collects what the page did not catch: `error` events and unhandled promise rejections. */
export class UncaughtWatch {
  readonly errors: string[] = [];
  private readonly onError = (event: ErrorEvent) => {
    // The browser's ResizeObserver loop notice is not an exception of ours.
    if (/ResizeObserver loop/.test(event.message)) return;
    this.errors.push(`error: ${event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { message?: string } | undefined;
    this.errors.push(`unhandledrejection: ${reason?.message ?? String(event.reason)}`);
  };

  start(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    return this;
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  expectNone(what: string): void {
    expect(this.errors.slice(0, 5), `${what}: uncaught (${this.errors.length})`).to.deep.equal([]);
  }
}

/* ------------------------------------------------------------------ injection check */

/**
 * Every tag a widget renders by itself (HTML and SVG, Vega's output included). Anything else in a
 * shadow root came from the data.
 */
const ALLOWED_TAGS = new Set(
  (
    'a abbr b button caption circle clippath code dd defs details div dl dt em fieldset g h1 h2 h3 h4 h5 h6 ' +
    'input label legend li line lineargradient mask ol option p path pattern polygon polyline rect ' +
    'section select slot small span stop strong style summary svg table tbody td text textspan tfoot th thead ' +
    'time title tr tspan ul use output figure figcaption nav header footer desc ellipse form meter progress ' +
    'datalist br hr sup sub mark i'
  ).split(' '),
);

/** Attributes that hold a URL: only http(s), blob:, same-document (#…) or relative URLs allowed. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data']);

/** All elements of a node's shadow roots, nested widgets included. */
export function shadowElements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return out;
}

/** What was injected into a widget, if anything: unknown tags, event handlers, script URLs. */
export function injections(widget: Element): string[] {
  const found: string[] = [];
  for (const el of shadowElements(widget)) {
    const tag = el.localName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag) && !tag.startsWith('datamed-')) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.has(name) && !/^(https?:|blob:|#|\/|\.\/|[\w-]+\.)/i.test(attr.value.trim()))
        if (attr.value.trim()) found.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
    }
  }
  if ((window as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned was set');
  return found;
}

export function expectNoInjection(widget: Element, what: string): void {
  expect(injections(widget), `${what}: injected`).to.deep.equal([]);
}

/* ------------------------------------------------------------------ states */

/** The widget's state after loading: `error` (with its message), `ready`, or `busy`. */
export function stateOf(widget: Element): { state: 'error' | 'ready' | 'busy'; message: string } {
  const root = widget.shadowRoot;
  const body = root?.querySelector('.body, [data-state]');
  if (!body) return { state: 'busy', message: '' };
  const error = root!.querySelector('.state--error, [data-state="error"]');
  if (error) return { state: 'error', message: (error.textContent ?? '').replace(/\s+/g, ' ').trim() };
  if (body.getAttribute('aria-busy') === 'true' || body.getAttribute('data-state') === 'loading')
    return { state: 'busy', message: '' };
  return { state: 'ready', message: '' };
}

/** One turn of the event loop, without the 4 ms clamp of nested timers nor the wait for a frame. */
export function tick(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Waits until every widget of the list has left its loading state: event-loop turns first (a
 * stubbed answer needs a few), then frames (a first draw waits for a ResizeObserver).
 */
export async function allSettled(widgets: Element[], turns = 400): Promise<void> {
  for (let i = 0; i < turns; i++) {
    await Promise.all(
      widgets.map((w) => (w as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    if (widgets.every((w) => stateOf(w).state !== 'busy')) return;
    await (i < 50 ? tick() : nextFrame());
  }
}

/** Runs a fast-check assertion; a failure's message is cut, so that a huge counterexample stays readable. */
export async function assertShort(run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    const message = `${String((error as Error).message ?? error)}${cause ? `\nCause: ${cause.message ?? String(cause)}` : ''}`;
    throw new Error(message.length > 3_000 ? `${message.slice(0, 800)} … ${message.slice(-2_000)}` : message);
  }
}

/** Lets pending microtasks and nested Lit updates run (cheaper than a frame). */
export async function microtasks(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** How many times each element ended in each state. */
export interface StateTally {
  error: number;
  ready: number;
  busy: number;
}

export function tally(into: StateTally, state: { state: keyof StateTally }): void {
  into[state.state]++;
}

/* ------------------------------------------------------------------ every element */

/**
 * One of each element, with attributes that load the demo data (served by the test server) or
 * `.data` for the chart building blocks. Not yet in the page.
 */
export function everyElement(): HTMLElement[] {
  const make = (tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return Object.assign(el, props);
  };
  const chart = { data: organClasses() };
  return [
    make('datamed-substance-search', { debounce: '0' }),
    make('datamed-ae-profile', { substance: 'paracetamol', compare: 'ibuprofene' }),
    make('datamed-med-errors', { substance: 'paracetamol' }),
    make('datamed-key-figure', { substance: 'paracetamol' }),
    make('datamed-bar-chart', {}, chart),
    make('datamed-proportion-chart', {}, chart),
    // Long labels on purpose: the axis keeps them inside the chart, without overlap, at 320 px.
    make('datamed-trend-chart', {}, chart),
    make('datamed-shortage-timeline', { substance: 'amoxicilline' }),
    make('datamed-shortage-overview', { substance: 'amoxicilline' }),
    make(
      'datamed-vega-chart',
      { substance: 'paracetamol', dataset: 'age' },
      {
        spec: {
          mark: 'bar',
          encoding: { y: { field: 'category' }, x: { field: 'count', type: 'quantitative' } },
        },
      },
    ),
  ];
}

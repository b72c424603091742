/**
 * Races and lifecycle: rapid attribute changes, removal in the middle of a request, putting an
 * element back, 1,000 mount / unmount cycles without growth of what a page keeps (listeners on
 * window and document, ResizeObserver observations, pending timers and animation frames, detached
 * elements), and two copies of the library on one page.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { getClient } from '../../src/data/repository.js';
import { aeFile } from '../helpers/fixtures.js';
import { StubSource, UncaughtWatch, allSettled, stateOf, everyElement } from './support.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts what a page keeps alive: listeners on window / document, observations, timers, frames. */
class ResourceCounter {
  private readonly listeners = new Map<EventTarget, Set<string>>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  private readonly observations = new Map<ResizeObserver, Set<Element>>();
  private readonly timers = new Set<number>();
  private readonly frames = new Set<number>();
  private undo: (() => void)[] = [];

  counts() {
    let listeners = 0;
    for (const set of this.listeners.values()) listeners += set.size;
    let observed = 0;
    for (const set of this.observations.values()) observed += set.size;
    return { listeners, observed, timers: this.timers.size, frames: this.frames.size };
  }

  install(): this {
    const targets = new Set<EventTarget>([window, document, document.documentElement, document.body]);
    const key = (type: string, fn: unknown, options?: boolean | EventListenerOptions) => {
      if (!this.ids.has(fn as object)) this.ids.set(fn as object, ++this.nextId);
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      return `${type}|${capture}|${this.ids.get(fn as object)}`;
    };
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    const listeners = this.listeners;
    proto.addEventListener = function (this: EventTarget, type, fn, options) {
      if (fn && targets.has(this)) {
        const set = listeners.get(this) ?? new Set();
        listeners.set(this, set);
        const once = typeof options === 'object' && options?.once;
        if (!once) set.add(key(type, fn, options));
      }
      return add.call(this, type, fn, options);
    };
    proto.removeEventListener = function (this: EventTarget, type, fn, options) {
      if (fn && targets.has(this)) listeners.get(this)?.delete(key(type, fn, options));
      return remove.call(this, type, fn, options);
    };
    this.undo.push(() => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    });

    const Original = window.ResizeObserver;
    const observations = this.observations;
    window.ResizeObserver = class extends Original {
      override observe(target: Element, options?: ResizeObserverOptions) {
        const set = observations.get(this) ?? new Set();
        observations.set(this, set.add(target));
        super.observe(target, options);
      }
      override unobserve(target: Element) {
        observations.get(this)?.delete(target);
        super.unobserve(target);
      }
      override disconnect() {
        observations.delete(this);
        super.disconnect();
      }
    };
    this.undo.push(() => (window.ResizeObserver = Original));

    const {
      setTimeout: st,
      clearTimeout: ct,
      requestAnimationFrame: raf,
      cancelAnimationFrame: caf,
    } = window;
    const timers = this.timers;
    const frames = this.frames;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = st(
        (...a: unknown[]) => {
          timers.delete(id);
          if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      timers.add(id);
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      ct(id);
    }) as typeof clearTimeout;
    window.requestAnimationFrame = (fn: FrameRequestCallback) => {
      const id = raf((t) => {
        frames.delete(id);
        fn(t);
      });
      frames.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id: number) => {
      frames.delete(id);
      caf(id);
    };
    this.undo.push(() =>
      Object.assign(window, {
        setTimeout: st,
        clearTimeout: ct,
        requestAnimationFrame: raf,
        cancelAnimationFrame: caf,
      }),
    );
    return this;
  }

  uninstall(): void {
    for (const u of this.undo.reverse()) u();
    this.undo = [];
  }
}

describe('hardening: races and lifecycle', function () {
  this.timeout(300_000);
  const watch = new UncaughtWatch();
  beforeEach(() => watch.start());
  afterEach(() => {
    watch.stop();
    watch.expectNone('lifecycle');
  });

  it('100 rapid substance changes: the final render is the last one, older requests are aborted', async () => {
    const stub = new StubSource().install();
    const signals: AbortSignal[] = [];
    const answered: number[] = [];
    try {
      for (let i = 0; i < 100; i++) {
        const file = aeFile({ substance: { code: `s${i}`, name: { fr: `Substance ${i}` } } });
        // Older substances answer later: a late answer must never replace the current one.
        stub.serve(`race/substances/s${i}.json`, async (init) => {
          signals[i] = init!.signal!;
          await sleep(200 - i * 2);
          if (!init!.signal!.aborted) answered.push(i);
          return new Response(JSON.stringify(file));
        });
      }
      const el = await fixture<HTMLElement & { substance: string }>(
        html`<datamed-ae-profile source="${StubSource.ORIGIN}race/" substance="s0"></datamed-ae-profile>`,
      );
      for (let i = 1; i < 100; i++) {
        el.substance = `s${i}`;
        if (i % 3 === 0) await nextFrame();
        else await Promise.resolve();
      }
      await allSettled([el]);
      await sleep(300); // every older answer has arrived by now
      await allSettled([el]);
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('Substance 99');
      const sent = signals.filter(Boolean).length;
      const aborted = signals.filter((s) => s?.aborted).length;
      console.log(
        `100 rapid changes: ${sent} requests sent, ${aborted} aborted, answered before the next change: ${answered.join(', ')}`,
      );
      expect(signals[99]!.aborted).to.be.false;
      // Every request but the last was aborted, unless it was answered before the next change.
      const neitherAbortedNorAnswered = signals.flatMap((signal, i) =>
        signal && !signal.aborted && !answered.includes(i) ? [i] : [],
      );
      expect(neitherAbortedNorAnswered).to.deep.equal([]);
      expect(answered.at(-1)).to.equal(99);
    } finally {
      stub.restore();
    }
  });

  it('removing an element mid-fetch aborts its request; putting it back loads again', async () => {
    const stub = new StubSource().install();
    const signals: AbortSignal[] = [];
    stub.serve('slow/substances/paracetamol.json', async (init) => {
      signals.push(init!.signal!);
      await sleep(400);
      return new Response(JSON.stringify(aeFile()));
    });
    try {
      getClient().clearCache();
      const el = await fixture<HTMLElement>(
        html`<datamed-key-figure
          source="${StubSource.ORIGIN}slow/"
          substance="paracetamol"
        ></datamed-key-figure>`,
      );
      await waitUntil(() => signals.length === 1, 'no request');
      const parent = el.parentElement!;
      el.remove();
      expect(signals[0]!.aborted, 'aborted on removal').to.be.true;
      await waitUntil(() => getClient().pending === 0, 'the request is still in flight', { timeout: 200 });
      parent.append(el);
      await allSettled([el]);
      expect(signals).to.have.length(2);
      expect(stateOf(el).state).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain('942');
    } finally {
      stub.restore();
    }
  });

  it('a chart put back in the page follows its width again', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <datamed-bar-chart
          .data=${{
            heading: 'h',
            series: [{ key: 'c', label: 'Cas' }],
            categories: [{ key: 'a', label: 'A', values: [{ count: 120 }] }],
            threshold: 11,
          }}
        ></datamed-bar-chart>
      </div>`,
    );
    const chart = box.firstElementChild as HTMLElement;
    const svgWidth = () => Number(chart.shadowRoot!.querySelector('svg.chart-svg')?.getAttribute('width'));
    await waitUntil(() => svgWidth() > 500, 'not drawn at 600 px');
    chart.remove();
    box.append(chart);
    box.style.width = '300px';
    await waitUntil(
      () => svgWidth() > 0 && svgWidth() <= 300,
      `still ${svgWidth()} px wide after re-insertion`,
    );
  });

  it('1,000 mount / unmount cycles: no growth of listeners, observers, timers, frames or detached elements', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    // Warm-up: every element once (modules, Vega, the demo data in the client's cache).
    for (const el of everyElement()) {
      host.append(el);
      await allSettled([el]);
      await nextFrame();
      el.remove();
    }
    await sleep(300);
    const counter = new ResourceCounter().install();
    const refs: WeakRef<HTMLElement>[] = [];
    const started = performance.now();
    let before;
    let after;
    try {
      before = counter.counts();
      for (let cycle = 0; cycle < 1_000;) {
        for (const el of everyElement()) {
          if (cycle++ >= 1_000) break;
          host.append(el);
          await allSettled([el]);
          if (cycle % 10 === 0) await nextFrame(); // let charts measure and draw now and then
          el.remove();
          refs.push(new WeakRef(el));
        }
      }
      await sleep(500);
      await nextFrame();
      after = counter.counts();
    } finally {
      counter.uninstall();
    }
    host.remove();
    await sleep(100);
    await executeServerCommand('hardening-gc');
    await executeServerCommand('hardening-gc');
    const alive = refs.filter((r) => r.deref()).length;
    console.log(
      `1,000 cycles in ${((performance.now() - started) / 1000).toFixed(1)} s: before ${JSON.stringify(before)}, ` +
        `after ${JSON.stringify(after)}, removed elements still alive after GC: ${alive} of ${refs.length}`,
    );
    expect(after.listeners, 'listeners on window and document').to.be.at.most(before.listeners);
    expect(after.observed, 'ResizeObserver observations').to.be.at.most(before.observed);
    expect(after.timers, 'pending timers').to.be.at.most(before.timers);
    expect(after.frames, 'pending animation frames').to.be.at.most(before.frames);
    expect(alive, 'detached elements kept alive').to.be.at.most(10);
  });
});

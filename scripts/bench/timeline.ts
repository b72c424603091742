/**
 * The page of `npm run bench:timeline` (built in production mode, run in headless Chromium by
 * scripts/bench-timeline.mjs): the timeline on the 6,364 real declarations; how long the first
 * render, a zoom, a pan, a filter and a scroll take, from the event to the drawing laid out.
 */
import '../../src/components/shortage-timeline/shortage-timeline.js';
import type { DatamedShortageTimeline } from '../../src/components/shortage-timeline/shortage-timeline.component.js';
import { realShortagesFile, REAL_SHORTAGES_CSV } from '../../test/helpers/real-shortages.js';

type Timings = Record<string, number[]>;

declare global {
  interface Window {
    __bench?: { declarations: number; products: number; timings: Timings; error?: string };
  }
}

const stage = document.getElementById('stage')!;

/** Until no update is pending (the first render takes two: the frame, then the drawing at its width). */
async function settle(el: DatamedShortageTimeline): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
}

/** Forces style and layout, so that the figure includes them (paint is the browser's business). */
function layout(el: DatamedShortageTimeline): void {
  el.shadowRoot!.querySelector('.viewport')?.getBoundingClientRect();
  void document.body.offsetHeight;
}

/**
 * The next frame, after a garbage collection when the browser allows it (the runner passes
 * --expose-gc): a measure then includes the garbage it makes, not the benchmark's own.
 */
const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      (window as unknown as { gc?: () => void }).gc?.();
      setTimeout(resolve);
    }),
  );

/**
 * Marks around each measure (`first#3>` … `first#3<`): the runner finds them in a trace and adds up
 * the main thread's CPU time between them, which other processes on the machine do not inflate.
 */
const counters: Record<string, number> = {};
function mark(name: string, edge: '>' | '<'): void {
  if (edge === '>') counters[name] = (counters[name] ?? 0) + 1;
  performance.mark(`${name}#${counters[name]}${edge}`);
}

async function time(el: DatamedShortageTimeline, action: () => void, name: string): Promise<number> {
  await nextFrame();
  mark(name, '>');
  const started = performance.now();
  action();
  await settle(el);
  layout(el);
  const done = performance.now();
  mark(name, '<');
  return done - started;
}

async function mount(
  file: ReturnType<typeof realShortagesFile>,
  name = 'first',
): Promise<{ el: DatamedShortageTimeline; ms: number }> {
  stage.replaceChildren();
  const box = document.createElement('div');
  box.className = 'box';
  stage.append(box);
  // A fresh copy each time (new objects and strings, as from a newly parsed file): the model is built again.
  const copy = JSON.parse(JSON.stringify(file)) as typeof file;
  await nextFrame();
  mark(name, '>');
  const started = performance.now();
  const el = document.createElement('datamed-shortage-timeline');
  el.data = copy;
  box.append(el);
  await settle(el);
  // The drawing waits for the width, measured right after the first update.
  while (!el.shadowRoot!.querySelector('.bar-mark')) await settle(el);
  layout(el);
  const done = performance.now();
  mark(name, '<');
  return { el, ms: done - started };
}

function key(el: DatamedShortageTimeline, k: string, shiftKey = false): void {
  const target = el.shadowRoot!.activeElement ?? el.shadowRoot!.querySelector('.bar-mark[tabindex="0"]')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true }));
}

async function run(): Promise<void> {
  const text = await (await fetch(`/__shared__/${REAL_SHORTAGES_CSV}`)).text();
  const file = realShortagesFile(text);
  const timings: Timings = { first: [], zoom: [], pan: [], filter: [], cause: [], scroll: [] };

  // `?only=first` (or filter, zoom, scroll): that measure alone, many times — to profile it.
  const only = new URLSearchParams(location.search).get('only');
  const done = () => (window.__bench = { declarations: file.declarations.length, products: 0, timings });
  // The very first render of the page (cold: code not yet optimised, caches empty), then warm ones.
  timings.cold = [(await mount(file, 'cold')).ms];
  for (let i = 0; i < (only === 'first' ? 40 : 15); i++) timings.first!.push((await mount(file)).ms);
  if (only === 'first') return void done();

  const { el } = await mount(file);
  if (only) {
    const actions: Record<string, () => void> = {
      filter: () => el.shadowRoot!.querySelector<HTMLInputElement>('.chip input')!.click(),
      cause: () => {
        const select = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.selects select')[0]!;
        select.selectedIndex = select.selectedIndex
          ? 0
          : 1 + (timings.cause!.length % (select.options.length - 1));
        select.dispatchEvent(new Event('change'));
      },
      zoom: () => key(el, timings.zoom!.length % 8 < 4 ? '+' : '-'),
      scroll: () => {
        const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
        viewport.scrollTop += 1500;
        viewport.dispatchEvent(new Event('scroll'));
      },
    };
    el.shadowRoot!.querySelector<SVGGElement>('.bar-mark[tabindex="0"]')!.focus();
    for (let i = 0; i < 200; i++) (timings[only] ??= []).push(await time(el, actions[only]!, only));
    return void done();
  }
  el.shadowRoot!.querySelector<SVGGElement>('.bar-mark[tabindex="0"]')!.focus();
  for (let i = 0; i < 32; i++) {
    // In four, out four: every frame a real change of the period (the axis goes to months and back).
    const k = i % 8 < 4 ? '+' : '-';
    timings.zoom!.push(await time(el, () => key(el, k), 'zoom'));
  }
  for (let i = 0; i < 4; i++) await time(el, () => key(el, '+'), 'warm');
  for (let i = 0; i < 30; i++)
    timings.pan!.push(await time(el, () => key(el, i % 10 < 5 ? 'ArrowRight' : 'ArrowLeft', true), 'pan'));
  key(el, '0');
  await settle(el);

  const chip = () => el.shadowRoot!.querySelector<HTMLInputElement>('.chip input')!;
  for (let i = 0; i < 30; i++) timings.filter!.push(await time(el, () => chip().click(), 'filter'));
  const causes = () => el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.selects select')[0]!;
  for (let i = 0; i < 20; i++)
    timings.cause!.push(
      await time(
        el,
        () => {
          const select = causes();
          select.selectedIndex = i % 2 ? 0 : 1 + (i % (select.options.length - 1));
          select.dispatchEvent(new Event('change'));
        },
        'cause',
      ),
    );

  const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
  for (let i = 0; i < 30; i++)
    timings.scroll!.push(
      await time(
        el,
        () => {
          viewport.scrollTop += 1500;
          viewport.dispatchEvent(new Event('scroll'));
        },
        'scroll',
      ),
    );

  const products = new Set(file.declarations.map((d) => d.product.trim().replace(/\s+/g, ' ').toLowerCase()))
    .size;
  window.__bench = { declarations: file.declarations.length, products, timings };
}

run().catch((error: unknown) => {
  window.__bench = {
    declarations: 0,
    products: 0,
    timings: {},
    error: String((error as Error)?.stack ?? error),
  };
});

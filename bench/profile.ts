/**
 * Render benchmark (run by scripts/bench.mjs in headless Chromium, not a test): the sex, age and
 * organ-class charts of a substance, once data are in memory,
 * - through our pure chart functions rendered by Lit,
 * - through vega-embed with the equivalent Vega-Lite specifications (SVG renderer),
 * - through @gouvfr/dsfr-chart (Vue custom elements over Chart.js, canvas): a pie chart for the sexes,
 *   bar charts for ages and organ classes, from insertion to every canvas drawn,
 * - and the whole <datamed-ae-profile> element from insertion to every chart drawn.
 * Results go to `window.__bench` as medians in milliseconds.
 */
import { html, render } from 'lit';
import vegaEmbed from 'vega-embed';
import '@gouvfr/dsfr-chart/BarChart';
import '@gouvfr/dsfr-chart/PieChart';
import '../src/components/ae-profile/ae-profile.js';
import { barChart } from '../src/charts/bar-chart.js';
import { proportionChart } from '../src/charts/proportion-chart.js';
import { canvasMeasure } from '../src/charts/text.js';
import { chartStyles } from '../src/components/base/chart.styles.js';
import { chartSummary } from '../src/charts/summary.js';
import { vegaLiteSpec } from '../src/charts/vega-lite.js';
import type { ChartData } from '../src/charts/model.js';
import { profileSections } from '../src/adverse-effects/profile.js';
import { loadAdverseEffects } from '../src/data/repository.js';

/**
 * Runs of each renderer (the same for all). Back-to-back renders of the same charts get faster for a
 * while, then settle, ours in one step that follows a few long pauses (the JIT's optimised code and
 * a compacted heap, it seems: the layout gets faster too; figures in the README's Benchmarks). So
 * two medians: runs 1–EARLY (a page's first renders) and the RUNS runs after WARMUP (steady state).
 */
const RUNS = 100;
const WARMUP = 300;
const EARLY = 50;
/** Where the benchmark is, for scripts/bench.mjs to say if it times out. */
const progress = (step: string) => ((window as unknown as { __benchStep: string }).__benchStep = step);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Charts = () => { kind: string; data: ChartData }[];
type Results = Record<string, unknown>;

/** Ours: model building + drawing + DOM + layout, all synchronous. */
function benchOurs(charts: Charts): Results {
  const measure = canvasMeasure('400 14px Roboto, Arial, sans-serif', 14);
  const ours = document.getElementById('ours')!;
  // As in the elements: the charts' styles, each chart in its chart area (the bar chart's texts are
  // placed over its SVG).
  document.adoptedStyleSheets = [chartStyles.styleSheet!];
  const oursTimes: number[] = [];
  const phases = { model: [] as number[], draw: [] as number[], dom: [] as number[], layout: [] as number[] };
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const t0 = performance.now();
    const models = charts();
    const t1 = performance.now();
    const templates = models.map(({ kind, data }, index) => {
      const o = {
        width: 720,
        lang: 'fr' as const,
        measure,
        fontSize: 14,
        idPrefix: `b${index}`,
        focusIndex: 0,
      };
      const chart = (kind === 'proportion' ? proportionChart(data, o) : barChart(data, o)).svg;
      return html`<div class="chart-area">${chart}</div>`;
    });
    const t2 = performance.now();
    render(templates, ours);
    const t3 = performance.now();
    ours.getBoundingClientRect();
    const t4 = performance.now();
    oursTimes.push(t4 - t0);
    phases.model.push(t1 - t0);
    phases.draw.push(t2 - t1);
    phases.dom.push(t3 - t2);
    phases.layout.push(t4 - t3);
    render([], ours);
    // Lay the emptied box out now, so the next run measures drawing only, not the tear-down.
    ours.getBoundingClientRect();
  }
  return {
    ours: median(oursTimes.slice(WARMUP)),
    oursEarly: median(oursTimes.slice(0, EARLY)),
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v.slice(WARMUP))])),
    phasesEarly: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v.slice(0, EARLY))])),
    first: oursTimes[0],
  };
}

/** vega-embed: the same three charts from their Vega-Lite specifications. */
async function benchVega(charts: Charts): Promise<Results> {
  const vega = document.getElementById('vega')!;
  const specs = charts().map(({ kind, data }) =>
    vegaLiteSpec('fr', data, kind === 'proportion' ? 'proportion' : 'bar', chartSummary('fr', data, 'bar')),
  );
  const vegaTimes: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    vega.replaceChildren();
    vega.getBoundingClientRect(); // as for ours: the tear-down is not measured
    const t0 = performance.now();
    const views = [];
    for (const spec of specs) {
      const div = document.createElement('div');
      vega.append(div);
      views.push(await vegaEmbed(div, { ...spec, width: 600 } as never, { renderer: 'svg', actions: false }));
    }
    vega.getBoundingClientRect();
    const elapsed = performance.now() - t0;
    vegaTimes.push(elapsed);
    views.forEach((v) => v.finalize());
  }
  vega.replaceChildren();
  return { vegaEmbed: median(vegaTimes.slice(WARMUP)), vegaEmbedEarly: median(vegaTimes.slice(0, EARLY)) };
}

/** @gouvfr/dsfr-chart: the same three charts as its elements take them (JSON in attributes). */
async function benchDsfr(charts: Charts): Promise<Results> {
  const dsfr = document.getElementById('dsfr')!;
  const dsfrCharts = () =>
    charts().map(({ kind, data }) => {
      const el = document.createElement(kind === 'proportion' ? 'pie-chart' : 'bar-chart');
      el.setAttribute('x', JSON.stringify([data.categories.map((c) => c.label)]));
      el.setAttribute('y', JSON.stringify([data.categories.map((c) => c.values[0]?.count ?? 0)]));
      el.setAttribute(
        'name',
        JSON.stringify(kind === 'proportion' ? data.categories.map((c) => c.label) : ['Cas']),
      );
      if (kind !== 'proportion') el.setAttribute('horizontal', 'true');
      return el;
    });
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const dsfrTimes: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    dsfr.replaceChildren();
    const t0 = performance.now();
    const els = dsfrCharts();
    dsfr.append(...els);
    // Vue mounts on the next tick (in a shadow root), Chart.js draws its first frame in an
    // animation frame.
    const drawn = (el: HTMLElement) => (el.shadowRoot?.querySelector('canvas')?.width ?? 0) > 0;
    for (let frames = 0; !els.every(drawn); frames++) {
      if (frames > 600) throw new Error(`dsfr-chart drew nothing: ${dsfr.innerHTML.slice(0, 300)}`);
      await frame();
    }
    await frame();
    const elapsed = performance.now() - t0;
    if (i >= WARMUP) dsfrTimes.push(elapsed);
  }
  dsfr.replaceChildren();
  return { dsfrChart: median(dsfrTimes) };
}

/**
 * The whole element, data cached: insertion → every chart drawn (includes the frames the
 * ResizeObserver waits for).
 */
async function benchElement(): Promise<Results> {
  const host = document.getElementById('element')!;
  const elementTimes: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const el = document.createElement('datamed-ae-profile');
    el.setAttribute('substance', 'paracetamol');
    el.setAttribute('source', '/demo-data/');
    el.setAttribute('sections', 'sex age organs');
    host.append(el);
    await new Promise<void>((resolve) => {
      const check = () => {
        const charts = [
          ...(el.shadowRoot?.querySelectorAll('datamed-bar-chart, datamed-proportion-chart') ?? []),
        ];
        const done = charts.length === 3 && charts.every((c) => c.shadowRoot?.querySelector('svg.chart-svg'));
        if (done) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    const elapsed = performance.now() - t0;
    if (i >= 2) elementTimes.push(elapsed);
    el.remove();
  }

  return { element: median(elementTimes) };
}

/**
 * One renderer per page load (`?renderer=ours|vega|dsfr|element`): each starts from the same cold
 * page, so none inherits the others' warmed-up engine (one page running them in turn gave vega-embed
 * a page ours had already warmed). The page first sits idle for SETTLE ms, the time the browser
 * needs to finish loading work that is not rendering (parsing and compiling the bundle, GC).
 */
const SETTLE = 1000;

async function run(): Promise<void> {
  const renderer = new URLSearchParams(location.search).get('renderer') ?? 'ours';
  const file = await loadAdverseEffects('/demo-data/', 'paracetamol');
  const charts: Charts = () =>
    profileSections([file], 'fr', ['sex', 'age', 'organs']).flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'key-figures' ? [] : [{ kind: b.kind, data: b.data as ChartData }],
      ),
    );
  await new Promise((r) => setTimeout(r, SETTLE));
  progress(renderer);
  const results =
    renderer === 'vega'
      ? await benchVega(charts)
      : renderer === 'dsfr'
        ? await benchDsfr(charts)
        : renderer === 'element'
          ? await benchElement()
          : benchOurs(charts);
  (window as unknown as { __bench: unknown }).__bench = {
    ...results,
    early: EARLY,
    warmup: WARMUP,
    runs: RUNS,
  };
}

run().catch((error) => {
  (window as unknown as { __bench: unknown }).__bench = { error: String(error) };
});

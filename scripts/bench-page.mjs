#!/usr/bin/env node
/**
 * `npm run bench:page`: one page of 50 mixed widgets (profiles, key figures, medication errors,
 * shortage timelines and overviews, search boxes) over the demo data, in headless Chromium — what
 * a heavy editorial page costs (not a test: figures depend on the machine). The library is built as
 * one self-contained, minified bundle (like the CDN file) and served with the demo data by
 * scripts/static-server.mjs. Prints, over `--runs N` fresh pages (default 3), the medians of:
 * requests (by kind) and bytes, time until every widget has settled, long tasks (count, total,
 * longest, blocking time beyond 50 ms each), JS heap after a full garbage collection, DOM nodes
 * (shadow roots included), then the same after the page's widgets are removed (what is kept).
 */
import { build } from 'vite';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { noDemoFiles } from './no-demo-files.mjs';
import { inside, serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.bench-dist', 'page');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

const SUBSTANCES = [
  'paracetamol',
  'ibuprofene',
  'amoxicilline',
  'levothyroxine-sodique',
  'metformine',
  'tramadol',
  'valproate-de-sodium',
  'methotrexate',
  'omeprazole',
  'atorvastatine',
  'baclofene',
  'isotretinoine',
  'hydroxychloroquine',
  'ivermectine',
];

/** 50 widgets: [tag, count, attributes of the i-th]. */
const MIX = [
  ['datamed-ae-profile', 12, (s) => `substance="${s}"`],
  ['datamed-key-figure', 14, (s) => `substance="${s}"`],
  ['datamed-med-errors', 8, (s) => `substance="${s}"`],
  ['datamed-shortage-timeline', 10, (s) => `substance="${s}"`],
  ['datamed-shortage-overview', 3, () => ''],
  ['datamed-substance-search', 3, () => ''],
];

function page() {
  const widgets = MIX.flatMap(([tag, count, attrs]) =>
    Array.from(
      { length: count },
      (_, i) =>
        `<section><${tag} source="/demo-data/" ${attrs(SUBSTANCES[i % SUBSTANCES.length])}></${tag}></section>`,
    ),
  );
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>50 widgets</title>
<style>body{font-family:sans-serif;max-width:960px;margin:0 auto}section{margin:1rem 0}</style></head>
<body><h1>50 widgets</h1>${widgets.join('\n')}<script type="module" src="/datamed.js"></script></body></html>`;
}

async function bundle() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [minifyTemplates(), noDemoFiles()],
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'datamed.js' },
    },
    define: { 'process.env.NODE_ENV': '"production"', 'globalThis.DATAMED_DEV': 'false' },
  });
  writeFileSync(resolve(out, 'index.html'), page());
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Every DataMed element of the page has left its loading state (nested ones included). */
function allSettled() {
  const busy = (root) =>
    [...root.querySelectorAll('*')].some(
      (el) =>
        (el.shadowRoot && (el.shadowRoot.querySelector('.body[aria-busy="true"]') || busy(el.shadowRoot))) ||
        false,
    );
  const widgets = document.querySelectorAll('section > *');
  return widgets.length === 50 && [...widgets].every((w) => w.shadowRoot) && !busy(document);
}

function domNodes() {
  const count = (root) =>
    [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
  return count(document);
}

async function run(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__longTasks = [];
    new globalThis.PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const requests = {};
  let bytes = 0;
  tab.on('request', (r) => (requests[r.resourceType()] = (requests[r.resourceType()] ?? 0) + 1));
  tab.on('response', async (r) => {
    const body = await r.body().catch(() => undefined);
    bytes += body?.length ?? 0;
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const start = Date.now();
  await tab.goto(`${origin}/index.html`);
  await tab.waitForFunction(allSettled, undefined, { timeout: 120_000, polling: 50 });
  const settledMs = Date.now() - start;
  // Two frames, then a quiet second: late tasks (drawing after measuring) are counted too.
  await tab.waitForTimeout(1_000);
  const tasks = await tab.evaluate(() => window.__longTasks);
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const nodes = await tab.evaluate(domNodes);
  // Remove the widgets: what stays in memory once they are gone.
  await tab.evaluate(() => document.querySelectorAll('section').forEach((s) => s.remove()));
  await tab.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  await context.close();
  return {
    requests: Object.values(requests).reduce((a, b) => a + b, 0),
    fetches: (requests.fetch ?? 0) + (requests.xhr ?? 0),
    scripts: requests.script ?? 0,
    bytes,
    settledMs,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((a, b) => a + b, 0),
    longestMs: Math.max(0, ...tasks),
    blockingMs: tasks.reduce((a, b) => a + Math.max(0, b - 50), 0),
    heapMB: metrics.JSHeapUsedSize / 1048576,
    nodes,
    heapAfterMB: after.JSHeapUsedSize / 1048576,
  };
}

async function main() {
  const executablePath = findBrowser();
  console.log(`Browser: ${describeBrowser(executablePath)}`);
  await bundle();
  const server = await serveFiles((path) => {
    if (path.startsWith('/demo-data/'))
      return inside(resolve(root, 'demo-data'), path.slice('/demo-data/'.length));
    return inside(out, path.slice(1) || 'index.html');
  });
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  const results = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await run(browser, server.origin);
      console.log(
        `run ${i + 1}: ${JSON.stringify(r, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
      );
      results.push(r);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const m = (key) => median(results.map((r) => r[key]));
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  console.log(`\n50 widgets, median of ${RUNS} fresh pages:`);
  console.log(
    `| requests (fetches of data / scripts) | ${m('requests')} (${m('fetches')} / ${m('scripts')}) |`,
  );
  console.log(`| bytes received (uncompressed)        | ${kb(m('bytes'))} |`);
  console.log(`| every widget settled                 | ${m('settledMs')} ms |`);
  console.log(
    `| long tasks: count, total, longest     | ${m('longTasks')}, ${m('longTaskMs').toFixed(0)} ms, ${m('longestMs').toFixed(0)} ms |`,
  );
  console.log(`| blocking time (beyond 50 ms each)    | ${m('blockingMs').toFixed(0)} ms |`);
  console.log(`| JS heap after GC                     | ${m('heapMB').toFixed(1)} MB |`);
  console.log(`| DOM nodes (shadow roots included)    | ${m('nodes')} |`);
  console.log(`| JS heap after removing the widgets   | ${m('heapAfterMB').toFixed(1)} MB |`);
}

await main();

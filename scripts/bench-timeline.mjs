#!/usr/bin/env node
/**
 * `npm run bench:timeline`: the shortage timeline on the 6,364 real ANSM declarations
 * (../shared/data, never copied here), in headless Chromium, production build. Prints the median
 * (and the spread) of the first render, of a zoom, pan, filter and scroll frame — from the event to
 * the drawing laid out — against the budgets: first render ≤ 50 ms, each frame ≤ 16 ms.
 * A benchmark, not a test: it never fails a build; figures depend on the machine.
 *
 *   npm run bench:timeline                  1000 px wide
 *   npm run bench:timeline -- --width 360   a phone
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { inside, serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/data');
const csv = join(shared, 'ansm-shortages/shortages-2014-2020.csv');
const outDir = resolve(root, 'node_modules/.cache/bench-timeline');
const args = process.argv.slice(2);
const widthArg = args.indexOf('--width');
const width = widthArg >= 0 ? Number(args[widthArg + 1]) : 1000;

if (!existsSync(csv)) {
  console.log(`Skipped: the real data are not there (${csv}). The benchmark needs ../shared/data.`);
  process.exit(0);
}

await build({
  configFile: false,
  root: resolve(root, 'scripts/bench'),
  logLevel: 'warn',
  mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    rolldownOptions: { input: resolve(root, 'scripts/bench/timeline.html') },
  },
});

const server = await serveFiles((path) =>
  path.startsWith('/__shared__/')
    ? inside(shared, path.slice('/__shared__/'.length))
    : inside(outDir, path === '/' ? 'timeline.html' : path.slice(1)),
);

console.log(`Browser: ${describeBrowser()}`);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  // --expose-gc: the page collects its own garbage between measures (see scripts/bench/timeline.ts).
  args: [...BROWSER_ARGS.filter((a) => !a.startsWith('--headless')), '--js-flags=--expose-gc'],
  headless: true,
});
/**
 * Main-thread CPU time of each measure, from a trace: the page marks `name#n>` and `name#n<`, and
 * each mark carries the main thread's CPU clock (`tts`). Unlike the wall clock, their difference
 * does not grow when other processes take the CPU.
 */
function cpuTimes(trace) {
  const marks = trace.traceEvents
    .filter((e) => e.cat?.includes('blink.user_timing') && /#\d+[<>]$/.test(e.name) && e.tts !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const open = new Map();
  const result = {};
  for (const m of marks) {
    const key = m.name.slice(0, -1);
    if (m.name.endsWith('>')) open.set(key, m.tts);
    else if (open.has(key)) (result[key.split('#')[0]] ??= []).push((m.tts - open.get(key)) / 1000);
  }
  return result;
}

try {
  const page = await browser.newPage({
    viewport: { width: width + 40, height: 900 },
    reducedMotion: 'reduce',
  });
  page.on('pageerror', (error) => console.error(error));
  await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = '.box { width: ${width}px; }';
    document.head.append(style);
  });`);
  await browser.startTracing(page, { categories: ['blink.user_timing'] });
  await page.goto(`${server.origin}/timeline.html`);
  await page.waitForFunction(() => window.__bench, null, { timeout: 180_000 });
  const result = await page.evaluate(() => window.__bench);
  const cpu = cpuTimes(JSON.parse((await browser.stopTracing()).toString()));
  if (result.error) throw new Error(result.error);

  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p90: at(0.9), min: sorted[0], max: sorted.at(-1), runs: sorted.length };
  };
  const rows = [
    ['first render', 'first', 50, 'data given → model, rows drawn, laid out; page warm'],
    ['first render (cold)', 'cold', 50, 'the page’s very first: code not optimised yet, caches empty'],
    ['zoom frame', 'zoom', 16, 'keyboard + / −, the axis switching years ↔ months'],
    ['pan frame', 'pan', 16, 'Shift + arrow'],
    ['filter frame', 'filter', 16, 'classification checkbox'],
    ['filter frame (cause)', 'cause', 16, 'cause list'],
    ['scroll frame', 'scroll', 16, 'rows windowed'],
  ];
  console.log(
    `\nShortage timeline on ${result.declarations.toLocaleString('en')} real declarations ` +
      `(${result.products.toLocaleString('en')} products), ${width} px wide, ` +
      `headless Chromium ${browser.version()}, ${cpus().length} CPU (load average ${loadavg()[0].toFixed(1)}), ` +
      `production build\n`,
  );
  let over = false;
  const fmt = (v) => (v === undefined ? '    ?' : v.toFixed(1).padStart(5));
  console.log(`${''.padEnd(22)} ${'wall clock'.padEnd(38)} main-thread CPU`);
  for (const [label, key, budget, what] of rows) {
    const s = stats(result.timings[key]);
    const c = cpu[key]?.length ? stats(cpu[key]) : undefined;
    const ok = s.median <= budget || (c !== undefined && c.median <= budget);
    if (key !== 'cold') over ||= !ok;
    console.log(
      `${label.padEnd(22)} median ${fmt(s.median)} ms  p90 ${fmt(s.p90)} ms  min ${fmt(s.min)}   ` +
        `median ${fmt(c?.median)} ms  p90 ${fmt(c?.p90)} ms   ${String(s.runs).padStart(2)} runs   ` +
        `${s.median <= budget ? 'within' : c && c.median <= budget ? 'CPU within' : 'OVER'} ${budget} ms   (${what})`,
    );
  }
  console.log(
    over
      ? '\nSome figures are over budget.'
      : '\nEvery median is within budget' +
          (rows.some(([, key, budget]) => stats(result.timings[key]).median > budget)
            ? ' in CPU time (the wall clock includes waiting for a busy CPU).'
            : '.'),
  );
} finally {
  await browser.close();
  await server.close();
}

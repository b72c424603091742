#!/usr/bin/env node
/**
 * `npm run bench:site`: the budgets of the static site (issue 18, docs/site.md), measured in the
 * pinned headless Chromium, printed as a Markdown section for docs/benchmarks.md.
 *
 *   npm run bench:site -- --tree /tmp/real-tree-p            build the site from a tree, then measure
 *   npm run bench:site -- --site /tmp/real-site              measure a site built before (no build figure)
 *
 * Options: --out DIR (where --tree builds; default a temporary folder, removed at the end unless
 * --keep), --jobs N (build threads, default 2), --sample N (check the charts on N pages spread over
 * the site; default every page), --runs N (throttled loads per case, default 3, medians), --page
 * PATH (the substance page of the weight, timing and layout-shift figures; default the heaviest
 * French one), --only build,charts,weight,timing,cls (some figures only).
 *
 * The figures, in the order printed:
 * 1. build: the compiled `datamed-site` (dist/site/, `npm run build` first) run in this process, so
 *    that `process.cpuUsage()` counts every worker thread: pages, wall time, CPU time, jobs, load.
 * 2. charts: every page opened with JavaScript disabled at 1280 px; a page passes when each DataMed
 *    element has content (no loading skeleton) and at least half of its chart drawings have a
 *    box (the server draws some charts twice, wide and narrow, and CSS shows one).
 * 3. weight: every substance page's HTML gzipped (zlib level 6, what web servers use by default);
 *    for one page, what its HTML is made of (shadow roots' <style> blocks, the data script, the
 *    rest) and what it loads (scripts, stylesheets, data), each file gzipped.
 * 4. timing: one substance page under a throttled network and CPU, served gzipped, in a fresh
 *    context each run: first contentful paint, first chart laid out (polled), and with JavaScript
 *    the take-over; against the same elements rendered only in the browser.
 * 5. cls: layout shift (PerformanceObserver 'layout-shift') from navigation to 1 s after take-over.
 * KB = 1,024 bytes throughout.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { newestSource } from '../bin/launch.js';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { inside, serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------
// Options

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const TREE = option('tree');
const GIVEN_SITE = option('site');
const JOBS = Number(option('jobs', '2'));
const SAMPLE = option('sample') ? Number(option('sample')) : undefined;
const RUNS = Math.max(1, Number(option('runs', '3')));
const ONLY = new Set((option('only') ?? 'build,charts,weight,timing,cls').split(','));
const KEEP = process.argv.includes('--keep');
if (!TREE === !GIVEN_SITE) {
  console.error(
    'Usage: bench-site.mjs (--tree DIR [--out DIR] [--jobs N] | --site DIR) [--sample N] [--runs N] [--page PATH] [--only LIST]',
  );
  process.exit(2);
}

/** The network and CPU of the timing figure: a slow mobile connection on a mid-range phone. */
const THROTTLE = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  cpuRate: 4,
};
const BUDGET_GZIP = 100 * 1024;
const BUDGET_BUILD_S = 60;

// ---------------------------------------------------------------------------------------------
// Small helpers

const log = (line) => process.stderr.write(`${line}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const ms = (value) => (value === undefined ? 'never' : `${Math.round(value)} ms`);
const median = (values) => {
  const known = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return known.length ? known[Math.floor((known.length - 1) / 2)] : undefined;
};

/** Every HTML file of a site, as paths relative to it (`fr/substances/x.html`), sorted. */
function htmlFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory())
        return base === dir && ['assets', 'data'].includes(entry.name) ? [] : htmlFiles(full, base);
      return entry.name.endsWith('.html') ? [relative(base, full)] : [];
    })
    .sort();
}

/** Whether a page is a substance page (not the A–Z list). */
const isSubstancePage = (path) => /^(fr|en)\/substances\/(?!index\.html$)[^/]+\.html$/.test(path);

/**
 * The page with its elements' server HTML taken out: each top-level `<template shadowrootmode>`
 * (with the templates nested in it) and the data script removed, the elements and their
 * attributes kept. The library then renders them in the browser and fetches their data, as on a
 * page that embeds the elements with the CDN bundle.
 */
export function clientOnlyPage(html) {
  let out = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf('<template shadowroot', at);
    if (start < 0) break;
    out += html.slice(at, start);
    let depth = 0;
    let cursor = start;
    // Walk to the matching </template>, counting nested ones.
    do {
      const open = html.indexOf('<template', cursor + 1);
      const close = html.indexOf('</template>', cursor + 1);
      if (open >= 0 && open < close) {
        depth++;
        cursor = open;
      } else {
        depth--;
        cursor = close;
      }
    } while (depth >= 0);
    at = cursor + '</template>'.length;
  }
  out += html.slice(at);
  return out.replace(/<script type="application\/json" data-datamed-files[^>]*>[\s\S]*?<\/script>/g, '');
}

// ---------------------------------------------------------------------------------------------
// 1. Build

async function buildFigure(out) {
  const compiled = resolve(root, 'dist/site/site.js');
  if (statSync(compiled, { throwIfNoEntry: false })?.mtimeMs < newestSource(['']))
    log('warning: dist/site/ is older than src/: run `npm run build` to time the current code');
  const { runSite } = await import(pathToFileURL(compiled).href);
  const messages = [];
  const loadBefore = load();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const code = await runSite([TREE, '--out', out, '--jobs', String(JOBS)], {
    stdout: process.stderr,
    stderr: { write: (text) => messages.push(text) },
    cwd: process.cwd(),
  });
  const wallS = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (code !== 0) throw new Error(`datamed-site failed: ${messages.join('')}`);
  const summary = messages.join('').trim().split('\n').pop();
  return {
    wallS,
    userS: cpu.user / 1e6,
    systemS: cpu.system / 1e6,
    loadBefore,
    loadAfter: load(),
    summary,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Charts without JavaScript

/** The page probes (each element complete, its charts' boxes), shared with the site's tests. */
const PROBES = readFileSync(resolve(root, 'test/helpers/page-probes.js'), 'utf8');

async function chartsFigure(browser, origin, pages) {
  // A sample: N pages evenly spread over the sorted list, so that every kind of page is in it.
  const count = Math.min(SAMPLE ?? pages.length, pages.length);
  const checked = Array.from({ length: count }, (_, i) => pages[Math.floor((i * pages.length) / count)]);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const failures = [];
  let withElements = 0;
  let withCharts = 0;
  let charts = 0;
  let done = 0;
  const start = performance.now();
  const queue = [...checked];
  // Two tabs take pages from the queue: a page waits on the server while the other one lays out.
  const worker = async () => {
    const tab = await context.newPage();
    for (let path = queue.shift(); path; path = queue.shift()) {
      await tab.goto(`${origin}/${path}`);
      // One evaluation: a page that sends elsewhere (the root's refresh) may not be there for two.
      const seen = await tab.evaluate(`${PROBES};\ndatamedInspect()`);
      if (seen.elements) withElements++;
      if (seen.charts) withCharts++;
      charts += seen.charts;
      const problems = [...seen.problems];
      if (seen.visibleCharts * 2 < seen.charts)
        problems.push(`${seen.visibleCharts}/${seen.charts} charts visible`);
      if (problems.length) failures.push(`${path}: ${problems.join(', ')}`);
      if (++done % 500 === 0) log(`charts: ${done}/${checked.length} pages`);
    }
  };
  await Promise.all([worker(), worker()]);
  await context.close();
  return {
    checked: checked.length,
    withElements,
    withCharts,
    charts,
    failures,
    seconds: (performance.now() - start) / 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Weight

/** The bytes of `html` that `pattern` matches, raw, and what they add to the gzipped page. */
function share(html, pattern) {
  const matched = html.match(pattern) ?? [];
  const raw = matched.reduce((sum, m) => sum + Buffer.byteLength(m), 0);
  const gzipAdded = gz(Buffer.from(html)) - gz(Buffer.from(html.replace(pattern, '')));
  return { count: matched.length, raw, gzipAdded };
}

function pageWeights(site, pages) {
  return pages.filter(isSubstancePage).map((path) => {
    const bytes = readFileSync(join(site, path));
    return { path, raw: bytes.length, gzip: gz(bytes) };
  });
}

/** What one page loads in the browser (JavaScript on, or off), as files of the site, each gzipped. */
async function loadedFiles(browser, origin, site, path, javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const urls = new Set();
  tab.on('requestfinished', (request) => urls.add(request.url()));
  await tab.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
  await context.close();
  return [...urls].map((url) => {
    const file = relative(site, inside(site, `.${decodeURIComponent(new URL(url).pathname)}`));
    const bytes = readFileSync(join(site, file));
    return { file, raw: bytes.length, gzip: gz(bytes) };
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Timing under throttling, 5. layout shift

/**
 * Runs in the page, polled: when it was looked at, its first contentful paint, whether a chart
 * has a box, and whether the library has taken every element over (updated, no loading state,
 * no server table left anywhere in their shadow roots).
 */
function progress() {
  const CHART = 'svg.chart-svg, svg.timeline-svg, .chart-area svg';
  let chart = false;
  let pending = false;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (!chart && el.matches(CHART)) {
        const box = el.getBoundingClientRect();
        chart = box.width > 0 && box.height > 0 && box.top < globalThis.innerHeight;
      }
      if (el.matches('.server-table, .skeleton, [aria-busy="true"]')) pending = true;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (document.body) walk(document.body);
  const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('datamed-'));
  const fcp = globalThis.performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  return {
    now: globalThis.performance.now(),
    fcp,
    chart,
    takenOver: elements.length > 0 && !pending && elements.every((e) => e.hasUpdated),
    loaded: document.readyState === 'complete',
  };
}

async function timedLoad(browser, url, javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', THROTTLE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  await tab.goto(url, { waitUntil: 'commit' });
  const times = {};
  const deadline = Date.now() + 120_000;
  for (;;) {
    const seen = await tab.evaluate(progress).catch(() => undefined); // the document may be replaced
    if (seen) {
      times.fcp ??= seen.fcp;
      if (seen.chart) times.chartBox ??= seen.now;
      if (seen.takenOver) times.takenOver ??= seen.now;
      const done = javaScriptEnabled
        ? times.takenOver !== undefined
        : seen.loaded && times.chartBox !== undefined;
      if (done && times.fcp !== undefined) break;
    }
    if (Date.now() > deadline) break;
    await new Promise((wait) => setTimeout(wait, 30));
  }
  await context.close();
  // Nothing is painted before the first contentful paint: a chart laid out earlier appears then.
  if (times.chartBox !== undefined && times.fcp !== undefined)
    times.chart = Math.max(times.chartBox, times.fcp);
  return times;
}

async function timingFigure(browser, origin, serverPath, clientPath) {
  const cases = [
    { label: 'server HTML, JavaScript off', url: `${origin}/${serverPath}`, js: false },
    { label: 'server HTML, JavaScript on', url: `${origin}/${serverPath}`, js: true },
    {
      label: 'browser only (no server HTML, data fetched), JavaScript on',
      url: `${origin}/${clientPath}`,
      js: true,
    },
  ];
  const rows = [];
  for (const c of cases) {
    await timedLoad(browser, c.url, c.js); // warm-up: the server gzips each file once
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timedLoad(browser, c.url, c.js));
    log(
      `timing: ${c.label}: ${JSON.stringify(runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))))}`,
    );
    rows.push({
      label: c.label,
      fcp: median(runs.map((r) => r.fcp)),
      chart: median(runs.map((r) => r.chart)),
      takenOver: c.js ? median(runs.map((r) => r.takenOver)) : undefined,
      js: c.js,
    });
  }
  return rows;
}

/** Layout shifts from navigation to one second after the take-over, JavaScript on, not throttled. */
async function layoutShift(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__shifts = [];
    new globalThis.PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(url);
  const deadline = Date.now() + 60_000;
  while (!(await tab.evaluate(progress)).takenOver && Date.now() < deadline) await tab.waitForTimeout(50);
  await tab.waitForTimeout(1_000);
  const shifts = await tab.evaluate(() => window.__shifts);
  await context.close();
  return { total: shifts.reduce((a, b) => a + b, 0), largest: Math.max(0, ...shifts), count: shifts.length };
}

// ---------------------------------------------------------------------------------------------
// The report

async function main() {
  const out = [];
  const print = (line = '') => out.push(line);
  const executablePath = findBrowser();
  print('## Static site');
  print();
  print(
    `Command: \`npm run bench:site -- ${process.argv.slice(2).join(' ')}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC,`,
  );
  print(
    `${cpus().length} cores, Node ${process.version}, ${describeBrowser(executablePath)}. Load average (1, 5, 15 min) beside each figure.`,
  );
  print();

  let site = GIVEN_SITE && resolve(GIVEN_SITE);
  let built;
  if (TREE) {
    site = resolve(option('out') ?? mkdtempSync(join(tmpdir(), 'datamed-bench-site-')));
    if (ONLY.has('build') || !statSync(join(site, '.datamed-site'), { throwIfNoEntry: false })) {
      log(`build: ${TREE} → ${site} (${JOBS} jobs)…`);
      built = await buildFigure(site);
    }
  }
  // The root's index.html only sends readers to a language (meta refresh): not a page to measure,
  // and its navigation would end the probe's evaluation.
  const pages = htmlFiles(site).filter((path) => path !== 'index.html');

  if (built) {
    const { wallS, userS, systemS } = built;
    const cpuS = userS + systemS;
    print(
      `**Build** (budget ≤ ${BUDGET_BUILD_S} s on 2 cores): the compiled \`datamed-site ${TREE} --jobs ${JOBS}\`, in-process.`,
    );
    print();
    print(
      '| pages (HTML files) | wall | CPU (user + system, every thread) | CPU / 2 cores | load before → after | budget |',
    );
    print('| --- | --- | --- | --- | --- | --- |');
    print(
      `| ${pages.length} | ${wallS.toFixed(1)} s | ${cpuS.toFixed(1)} s (${userS.toFixed(1)} + ${systemS.toFixed(1)}) | ${(cpuS / 2).toFixed(1)} s | ${built.loadBefore} → ${built.loadAfter} | ${wallS <= BUDGET_BUILD_S ? 'met' : `not met (+${(wallS - BUDGET_BUILD_S).toFixed(1)} s)`} |`,
    );
    print();
    print(`The command said: \`${built.summary}\``);
    print();
  }

  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  const gzipDir = mkdtempSync(join(tmpdir(), 'datamed-bench-gzip-'));
  const clientDir = mkdtempSync(join(tmpdir(), 'datamed-bench-client-'));
  const weights = pageWeights(site, pages);
  const pagePath =
    option('page') ??
    [...weights].filter((w) => w.path.startsWith('fr/')).sort((a, b) => b.gzip - a.gzip)[0]?.path;
  const clientPath = pagePath.replace(/\.html$/, '.client-only.html');
  writeFileSync(join(clientDir, 'page.html'), clientOnlyPage(readFileSync(join(site, pagePath), 'utf8')));

  // Plain server (charts, weight, layout shift), and a gzip one for the throttled loads (what a
  // static host sends); both serve the client-only page beside the real one, so its relative
  // URLs (../../assets/, ../../data/) are the page's.
  const fileOf = (path) =>
    path === `/${clientPath}` ? join(clientDir, 'page.html') : inside(site, `.${path}`);
  const plain = await serveFiles(fileOf);
  const gzipped = await serveFiles(
    (path) => {
      let file = fileOf(path);
      if (file && statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
      if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
      const copy = join(gzipDir, relative(dirname(site), file).replaceAll('..', '_'));
      if (!statSync(copy, { throwIfNoEntry: false })) {
        mkdirSync(dirname(copy), { recursive: true });
        writeFileSync(copy, gzipSync(readFileSync(file), { level: 6 }));
      }
      return copy;
    },
    { 'Content-Encoding': 'gzip' },
  );

  try {
    if (ONLY.has('charts')) {
      log(`charts: ${SAMPLE ?? pages.length} pages, JavaScript disabled…`);
      const loadBefore = load();
      const c = await chartsFigure(browser, plain.origin, pages);
      const passed = c.checked - c.failures.length;
      print(
        `**Charts without JavaScript** (budget: 100 % of pages): ${c.checked} of ${pages.length} HTML pages opened at 1280 px with JavaScript disabled (${c.seconds.toFixed(0)} s, load ${loadBefore} → ${load()}).`,
      );
      print();
      print(
        `- pages with DataMed elements: ${c.withElements}; with charts: ${c.withCharts} (${c.charts} chart drawings)`,
      );
      print(
        `- pages where every element is complete and its charts shown: **${passed} / ${c.checked} (${((100 * passed) / c.checked).toFixed(1)} %)** — ${c.failures.length ? 'not met' : 'met'}`,
      );
      for (const failure of c.failures.slice(0, 10)) print(`  - ${failure}`);
      if (c.failures.length > 10) print(`  - … and ${c.failures.length - 10} more`);
      print();
    }

    if (ONLY.has('weight')) {
      log('weight…');
      const sorted = [...weights].sort((a, b) => a.gzip - b.gzip);
      const over = sorted.filter((w) => w.gzip > BUDGET_GZIP);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      print(
        `**Substance page weight** (budget ≤ 100 KB gzip with its data; gzip level 6; ${sorted.length} substance pages, both languages):`,
      );
      print();
      print('| | median | 95th percentile | heaviest | over 100 KB |');
      print('| --- | --- | --- | --- | --- |');
      print(
        `| HTML gzip (data included) | ${kb(at(0.5).gzip)} (\`${at(0.5).path}\`) | ${kb(at(0.95).gzip)} | ${kb(sorted.at(-1).gzip)} (\`${sorted.at(-1).path}\`) | ${over.length} (${((100 * over.length) / sorted.length).toFixed(1)} %) |`,
      );
      print(`| HTML raw | ${kb(at(0.5).raw)} | ${kb(at(0.95).raw)} | ${kb(sorted.at(-1).raw)} | |`);
      print();
      const html = readFileSync(join(site, pagePath), 'utf8');
      const styles = share(html, /<style>[\s\S]*?<\/style>/g);
      const data = share(
        html,
        /<script type="application\/json" data-datamed-files[^>]*>[\s\S]*?<\/script>/g,
      );
      const whole = { raw: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) };
      print(
        `\`${pagePath}\`: ${kb(whole.raw)} raw, **${kb(whole.gzip)} gzip** — ${whole.gzip <= BUDGET_GZIP ? 'met' : `not met (+${kb(whole.gzip - BUDGET_GZIP)})`}. What it is made of (gzip: what the part adds to the gzipped page):`,
      );
      print();
      print('| part | raw | gzip |');
      print('| --- | --- | --- |');
      print(
        `| shadow roots' \`<style>\` blocks (${styles.count}) | ${kb(styles.raw)} (${((100 * styles.raw) / whole.raw).toFixed(0)} %) | ${kb(styles.gzipAdded)} |`,
      );
      print(
        `| data script (\`data-datamed-files\`) | ${kb(data.raw)} (${((100 * data.raw) / whole.raw).toFixed(0)} %) | ${kb(data.gzipAdded)} |`,
      );
      print(`| the rest (shell, elements' HTML and SVG) | ${kb(whole.raw - styles.raw - data.raw)} | |`);
      print();
      for (const js of [false, true]) {
        const files = await loadedFiles(browser, plain.origin, site, pagePath, js);
        const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
          raw: 0,
          gzip: 0,
        });
        print(
          `With JavaScript ${js ? 'on' : 'off'}, the page loads ${files.length} files, **${kb(total.gzip)} gzip** (${kb(total.raw)} raw): ${files.map((f) => `\`${f.file}\` ${kb(f.gzip)}`).join(', ')}.`,
        );
        print();
      }
    }

    if (ONLY.has('timing')) {
      log(`timing: ${pagePath}, ${RUNS} runs per case…`);
      const loadBefore = load();
      const rows = await timingFigure(browser, gzipped.origin, pagePath, clientPath);
      print(
        `**Time to the first chart** (\`${pagePath}\`, served gzipped; network ${(THROTTLE.network.downloadThroughput * 8e-6).toFixed(1)} Mbit/s down, ${THROTTLE.network.latency} ms RTT; CPU ×${THROTTLE.cpuRate}; 1280 × 900; fresh context, cache disabled; median of ${RUNS}; load ${loadBefore} → ${load()}). Times from navigation start; the chart and take-over moments are polled every ~30 ms (first chart: the later of the first contentful paint and the first poll that finds a chart SVG with a box in the viewport; every \`datamed-*\` element \`hasUpdated\`, no \`.server-table\`, skeleton nor \`aria-busy\` left in their shadow roots). The browser-only page is the same page with each element's \`<template shadowrootmode>\` and the data script removed (\`clientOnlyPage\` in the script): the same elements, bundle and shell, the data fetched from \`data/\`.`,
      );
      print();
      print('| case | first contentful paint | first chart | elements taken over |');
      print('| --- | --- | --- | --- |');
      for (const r of rows)
        print(`| ${r.label} | ${ms(r.fcp)} | ${ms(r.chart)} | ${r.js ? ms(r.takenOver) : '—'} |`);
      print();
    }

    if (ONLY.has('cls')) {
      log('layout shift…');
      print(
        `**Layout shift** (JavaScript on, not throttled; sum of 'layout-shift' values without input, from navigation to 1 s after the take-over; load ${load()}):`,
      );
      print();
      print('| page | width | total (CLS) | largest shift | shifts |');
      print('| --- | --- | --- | --- | --- |');
      for (const [label, path] of [
        ['server HTML', pagePath],
        ['browser only', clientPath],
      ])
        for (const width of [1280, 360]) {
          const s = await layoutShift(browser, `${plain.origin}/${path}`, width);
          print(
            `| ${label} \`${path}\` | ${width} px | ${s.total.toFixed(3)} | ${s.largest.toFixed(3)} | ${s.count} |`,
          );
        }
      print();
    }
  } finally {
    await browser.close();
    await plain.close();
    await gzipped.close();
    rmSync(gzipDir, { recursive: true, force: true });
    rmSync(clientDir, { recursive: true, force: true });
    if (TREE && !option('out') && !KEEP) rmSync(site, { recursive: true, force: true });
  }
  console.log(out.join('\n'));
}

await main();

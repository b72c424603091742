#!/usr/bin/env node
/**
 * `npm run bench`: sizes and render times, measured on this machine in one run (not a test).
 *
 * 1. Bytes: min + gzip of self-contained bundles (every dependency inside) built with Vite:
 *    each element of the library, and for comparison vega-embed (+ vega + vega-lite) and
 *    @gouvfr/dsfr-chart (the French State's chart web components: Vue + Chart.js).
 * 2. Render: median time in Chromium to draw the sex, age and organ-class charts of a substance
 *    once the data are in memory, through our chart functions, through vega-embed and through
 *    dsfr-chart, and the whole <datamed-ae-profile> from insertion to drawn (bench/profile.ts).
 * Ratios are printed against ours: "× ours" is how many times our bytes or time theirs are.
 */
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { CDN_OUTPUT } from './cdn-entries.mjs';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { inside, serveFiles } from './static-server.mjs';
import { noDemoFiles } from './no-demo-files.mjs';

const root = resolve(import.meta.dirname, '..');
/** Pages (fresh browser contexts) for each of ours and vega-embed: `-- --pages N`, default 5. */
const pagesArg = process.argv.indexOf('--pages');
const PAGES = pagesArg > 0 ? Math.max(1, Number(process.argv[pagesArg + 1]) || 1) : 5;
const out = resolve(root, '.bench-dist');

/**
 * Bundles one entry with everything it imports, minified, as the CDN files are built
 * (vite.cdn.config.ts: one file, the English messages in a chunk of their own). Returns the bytes
 * loaded at start (the entry and its static imports), those English pages add, and those loaded on
 * demand (dynamic imports: chart exports).
 */
export async function bundleSize(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [minifyTemplates(), noDemoFiles()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'bundle' },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: CDN_OUTPUT,
      },
    },
    define: { 'process.env.NODE_ENV': '"production"', 'globalThis.DATAMED_DEV': 'false' },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  const measure = (list) => {
    const code = list.map((c) => c.code).join('\n');
    return { raw: Buffer.byteLength(code), gzip: list.length ? gzipSync(code, { level: 9 }).length : 0 };
  };
  const english = chunks.filter((c) => !initial.has(c) && c.name === 'en');
  const lazy = chunks.filter((c) => !initial.has(c) && c.name !== 'en');
  return { ...measure([...initial]), english: measure(english), lazy: measure(lazy) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function sizes() {
  const entries = [
    ['whole library (src/index.ts)', 'src/index.ts'],
    ['<datamed-ae-profile>', 'src/components/ae-profile/ae-profile.ts'],
    ['<datamed-med-errors>', 'src/components/med-errors/med-errors.ts'],
    ['<datamed-key-figure>', 'src/components/key-figure/key-figure.ts'],
    ['<datamed-bar-chart>', 'src/components/bar-chart/bar-chart.ts'],
    ['<datamed-proportion-chart>', 'src/components/proportion-chart/proportion-chart.ts'],
    ['<datamed-trend-chart>', 'src/components/trend-chart/trend-chart.ts'],
    ['vega-embed + vega + vega-lite', 'bench/vega-embed-entry.ts'],
    ['@gouvfr/dsfr-chart: bar + pie charts', 'bench/dsfr-chart-entry.ts'],
    ['@gouvfr/dsfr-chart: every chart', 'bench/dsfr-chart-all-entry.ts'],
  ];
  const rows = [];
  for (const [name, entry] of entries) {
    if (!existsSync(resolve(root, entry))) continue;
    rows.push([name, await bundleSize(entry)]);
  }
  return rows;
}

async function renderTimes() {
  rmSync(out, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve(root, 'bench'),
    base: '/bench/',
    // The templates as the CDN files ship them (indentation collapsed: fewer text nodes).
    plugins: [minifyTemplates(), noDemoFiles()],
    build: {
      outDir: out,
      emptyOutDir: true,
      rolldownOptions: { input: resolve(root, 'bench/profile.html') },
    },
    define: { 'process.env.NODE_ENV': '"production"', 'globalThis.DATAMED_DEV': 'false' },
  });
  const server = await serveFiles(
    (path) =>
      path.startsWith('/bench/') ? inside(out, path.slice('/bench/'.length)) : inside(root, path.slice(1)),
    // Cross-origin isolated: performance.now() to 5 µs instead of 100 µs (our renders take ~2 ms).
    { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  );
  console.log(`Browser: ${describeBrowser()}`);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: BROWSER_ARGS.filter((a) => !a.startsWith('--headless')),
  });
  // One renderer per page, each in a context of its own (bench/profile.ts says why). Ours and
  // vega-embed, whose ratio is a target, run in PAGES pages each, taken in turns so that the
  // machine's drift falls on both alike: one page's time can differ from the next by half.
  const loadPage = async (renderer) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/profile.html?renderer=${renderer}`);
    const one = await page
      .waitForFunction(() => window.__bench, null, { timeout: 300_000 })
      .then((h) => h.jsonValue())
      .catch(async (error) => {
        const step = await page.evaluate(() => window.__benchStep).catch(() => undefined);
        throw new Error(`render benchmark timed out during ${step ?? 'start'}: ${error.message}`);
      });
    await context.close();
    if (one.error) throw new Error(`${renderer}: ${one.error}`);
    return one;
  };
  const pages = { ours: [], vega: [] };
  for (let i = 0; i < PAGES; i++)
    for (const renderer of ['ours', 'vega']) pages[renderer].push(await loadPage(renderer));
  const result = { pages };
  for (const renderer of ['dsfr', 'element']) Object.assign(result, await loadPage(renderer));
  await browser.close();
  await server.close();
  return result;
}

const sizeRows = process.argv.includes('--no-size') ? [] : await sizes();
const profile = sizeRows.find(([n]) => n === '<datamed-ae-profile>')?.[1];
const ratio = (theirs, ours) => (ours ? `${(theirs / ours).toFixed(1)}×` : '–');
console.log('\nBundle sizes (self-contained, minified; `npm run bench`)\n');
console.log(
  '| bundle | min | min + gzip | × <datamed-ae-profile> (gzip) | English pages add (gzip) | loaded on demand (min + gzip) |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const [name, s] of sizeRows) {
  console.log(
    `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${ratio(s.gzip, profile?.gzip)} | ${s.english.gzip ? kb(s.english.gzip) : '–'} | ${s.lazy.gzip ? kb(s.lazy.gzip) : '–'} |`,
  );
}

const times = await renderTimes();
/** Median; for an even count, the mean of the two middle values. */
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
};
const ours = times.pages.ours;
const vega = times.pages.vega;
const across = (list, key) => median(list.map((p) => p[key]));
const range = (list, key) => {
  const xs = list.map((p) => p[key]);
  return list.length > 1 ? ` (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})` : '';
};
const cell = (list, key) => `${across(list, key).toFixed(2)} ms${range(list, key)}`;
const oursEarly = across(ours, 'oursEarly');
const oursSteady = across(ours, 'ours');
const { early, warmup, runs } = ours[0];
console.log(
  `\nRender time, sex + age + organ-class charts of a substance, data in memory: in each page, the median of runs 1–${early} (a page's first renders) and of runs ${warmup + 1}–${warmup + runs} (steady state); ours and vega-embed in ${ours.length} pages each, taken in turns: median over the pages (range)\n`,
);
console.log(
  `| renderer | runs 1–${early} | × ours | steady state | × ours |\n| --- | ---: | ---: | ---: | ---: |`,
);
console.log(
  `| DataMed chart functions + Lit (SVG) | ${cell(ours, 'oursEarly')} | 1.0× | ${cell(ours, 'ours')} | 1.0× |`,
);
console.log(
  `| vega-embed (SVG) | ${cell(vega, 'vegaEmbedEarly')} | ${ratio(across(vega, 'vegaEmbedEarly'), oursEarly)} | ${cell(vega, 'vegaEmbed')} | ${ratio(across(vega, 'vegaEmbed'), oursSteady)} |`,
);
console.log(
  `| @gouvfr/dsfr-chart (Chart.js canvas, insertion → first frame drawn; one page) | – | – | ${times.dsfrChart.toFixed(2)} ms | ${ratio(times.dsfrChart, oursSteady)} |`,
);
console.log(
  `| <datamed-ae-profile>, insertion → 3 charts drawn (incl. frame waits; median of 10, one page) | – | – | ${times.element.toFixed(1)} ms | – |`,
);
// Page by page: how far one page's ratio strays from the medians' (each pair ran back to back).
const pairs = (oursKey, vegaKey) =>
  ours
    .map(
      (o, i) =>
        `${o[oursKey].toFixed(1)} / ${vega[i][vegaKey].toFixed(1)} (${ratio(vega[i][vegaKey], o[oursKey])})`,
    )
    .join(' · ');
if (ours.length > 1) {
  console.log(`Page by page, ours / vega-embed, steady state: ${pairs('ours', 'vegaEmbed')}`);
  console.log(`Page by page, ours / vega-embed, runs 1–${early}: ${pairs('oursEarly', 'vegaEmbedEarly')}`);
}
const phaseList = (key) =>
  Object.keys(ours[0][key])
    .map((k) => `${k} ${median(ours.map((p) => p[key][k])).toFixed(2)}`)
    .join(', ');
console.log(`Our phases (median ms over the pages), steady state: ${phaseList('phases')}`);
console.log(
  `Our phases (median ms over the pages), runs 1–${early}: ${phaseList('phasesEarly')}; a page's very first run: ${cell(ours, 'first')}`,
);
mkdirSync(out, { recursive: true });

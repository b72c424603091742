/**
 * `buildSite`: a static DataMed site from a data tree. Every page is complete HTML — the elements
 * server-rendered with their data, readable without JavaScript — and carries the data files its
 * elements read, so that the library's bundle takes the elements over in the browser without
 * fetching anything. The pages are shared among worker threads (rendering runs one element at a
 * time per thread).
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n/locale.js';
import { loadLanguage } from '../i18n/messages.js';
import { site } from '../i18n/messages/site.js';
import type { PageSettings, SiteTheme } from './context.js';
import { writeAssets } from './assets.js';
import type { WrittenPage } from './page-writer.js';
import { planPages, type PagePlan, type SitePage } from './plan.js';
import { notFoundPage, robotsTxt, rootPage, sitemapXml } from './static-files.js';
import { readSiteTree, type SiteTree } from './tree.js';
import type { FromWorker, ToWorker, WorkerInput } from './worker.js';

/**
 * The width (CSS px) the charts are drawn at on the server: the width of an element's chart area
 * in the site's desktop layout (main column 60rem less its padding: 894 px in Chromium at 1280 px; the charts a profile sets side by side are 435 px there and are redrawn), so that the
 * browser's redraw changes nothing there.
 */
export const SITE_CHART_WIDTH = 894;

/**
 * 1 MB: on the real tree only `shortages/all.json` (2.6 MB), which the shortages page's elements
 * read, is over it (an ATC page reads its group's file, 550 KB at most). Inline, it would make that
 * page 2.7 MB, for readers without JavaScript too; fetched, it is downloaded once and cached.
 */
export const INLINE_DATA_LIMIT = 1_000_000;

export interface SiteOptions {
  /** The data tree (what `datamed-build` writes). */
  dataDir: string;
  /** The site's folder; replaced as a whole (refused if it holds something else than a site). */
  outDir: string;
  /** Languages, the first one the root page's. Default `['fr', 'en']`. */
  langs?: Lang[];
  /** `dsfr`: the French State's design system's colours and fonts, on the shell and every element. */
  theme?: SiteTheme;
  /** The site's public address (`https://example.org/datamed/`): absolute alternates, sitemap. */
  baseUrl?: string;
  /** Worker threads. Default 2 (at most the cores); 1 renders in this thread. */
  jobs?: number;
  /** A folder holding the library's CDN bundle (default: the package's, built if needed). */
  cdnDir?: string;
  /** Chart width on the server. Default SITE_CHART_WIDTH. */
  chartWidth?: number;
  /**
   * Data files larger than this (bytes) stay out of the pages' data scripts: the browser fetches
   * them (once). Default INLINE_DATA_LIMIT; `Infinity` puts every file in its pages.
   */
  inlineDataLimit?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface SiteResult {
  /** Every page written, with its type and language. */
  pages: SitePage[];
  /** Rendered pages and time (ms) spent rendering them. */
  rendered: number;
  renderMs: number;
  totalMs: number;
  /** Sum of the rendered pages' sizes (bytes). */
  bytes: number;
}

/** The file that marks a folder as a site this function wrote (and may replace). */
const SITE_MARKER = '.datamed-site';

/** Empties `outDir` if it is empty, absent or a site this function wrote; refuses anything else. */
async function prepareOutDir(outDir: string, dataDir: string): Promise<void> {
  if (resolve(dataDir).startsWith(resolve(outDir)))
    throw new Error(`--out ${outDir} would hold the data tree itself`);
  if (existsSync(outDir)) {
    const entries = await readdir(outDir);
    const isSite = existsSync(join(outDir, SITE_MARKER));
    if (entries.length && !isSite)
      throw new Error(`${outDir} is not empty and does not hold a DataMed site: choose another --out`);
    await rm(outDir, { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(
    join(outDir, SITE_MARKER),
    'A DataMed site (datamed-site): the next build replaces this folder.\n',
  );
}

/** The worker's module and, in a clone running TypeScript, tsx to load it. */
function workerSource(): { module: string; tsx?: string } {
  const here = fileURLToPath(import.meta.url);
  const ext = here.endsWith('.ts') ? '.ts' : '.js';
  const module = pathToFileURL(join(here, '..', `worker${ext}`)).href;
  if (ext === '.js') return { module };
  // tsx's ESM entry (require.resolve would give its CommonJS one, which cannot register in a worker).
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const { exports } = JSON.parse(readFileSync(join(tsxRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return { module, tsx: pathToFileURL(join(tsxRoot, exports['./esm/api']!.import.default)).href };
}

// Runs as a CommonJS script: registers tsx when the worker is TypeScript, then loads it.
const BOOTSTRAP = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.module);
})().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

/** Renders `plans` on `jobs` worker threads, handing out small batches as threads free up. */
async function renderInWorkers(plans: PagePlan[], input: WorkerInput, jobs: number): Promise<WrittenPage[]> {
  const source = workerSource();
  const batch = Math.max(1, Math.min(16, Math.ceil(plans.length / (jobs * 8))));
  let next = 0;
  const written: WrittenPage[] = [];
  const workers: Worker[] = [];
  const one = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { ...input, ...source } });
      workers.push(worker);
      const feed = () => {
        if (next >= plans.length) {
          worker.postMessage({ end: true } satisfies ToWorker);
          return;
        }
        worker.postMessage({ plans: plans.slice(next, (next += batch)) } satisfies ToWorker);
      };
      worker.on('message', (message: FromWorker) => {
        if ('error' in message) {
          fail(new Error(message.error));
        } else {
          if ('written' in message) written.push(...message.written);
          feed();
        }
      });
      worker.on('error', fail);
      worker.on('exit', () => done());
    });
  try {
    await Promise.all(Array.from({ length: jobs }, one));
  } catch (error) {
    // One page failed: the other threads stop too, so the command ends at once.
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
  if (written.length !== plans.length)
    throw new Error(`${plans.length - written.length} page(s) were not written`);
  return written;
}

async function renderHere(plans: PagePlan[], input: WorkerInput): Promise<WrittenPage[]> {
  const { pageWriter } = await import('./page-writer.js');
  const write = await pageWriter(input.tree, input.settings, input.outDir);
  return write(plans);
}

/** Builds the site; see docs/site.md. */
export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const langs = options.langs?.length ? options.langs : (['fr', 'en'] as Lang[]);
  const baseUrl = options.baseUrl ? options.baseUrl.replace(/\/?$/, '/') : undefined;
  if (baseUrl && !/^https?:\/\//.test(baseUrl))
    throw new Error(`base URL ${baseUrl}: give an http(s) address`);
  const outDir = resolve(options.outDir);
  const dataDir = resolve(options.dataDir);
  await loadLanguage('en', [site]);
  const tree: SiteTree = await readSiteTree(dataDir);
  const plans = planPages(tree, langs);
  await prepareOutDir(outDir, dataDir);
  await cp(dataDir, join(outDir, 'data'), { recursive: true });
  await writeAssets(outDir, {
    ...(options.cdnDir ? { cdnDir: options.cdnDir } : {}),
    productPages: tree.products.filter((p) => p.hasPage).map((p) => p.cis),
  });

  const settings: PageSettings = {
    dataDir,
    langs,
    theme: options.theme ?? 'ansm',
    ...(baseUrl ? { baseUrl } : {}),
    chartWidth: options.chartWidth ?? SITE_CHART_WIDTH,
    inlineDataLimit: options.inlineDataLimit ?? INLINE_DATA_LIMIT,
  };
  const jobs = Math.max(1, Math.min(options.jobs ?? 2, cpus().length, plans.length));
  log(`datamed-site: rendering ${plans.length} pages on ${jobs} thread(s)…`);
  const renderStart = performance.now();
  const input: WorkerInput = { tree, settings, outDir };
  const written = jobs === 1 ? await renderHere(plans, input) : await renderInWorkers(plans, input, jobs);
  const renderMs = performance.now() - renderStart;

  const pages: SitePage[] = plans.map((p) => ({
    type: p.type,
    path: p.path,
    lang: p.lang,
    ...(p.key ? { key: p.key } : {}),
  }));
  await writeFile(join(outDir, 'index.html'), rootPage(langs[0]!, baseUrl));
  await writeFile(join(outDir, '404.html'), notFoundPage(langs, baseUrl));
  await writeFile(join(outDir, 'robots.txt'), robotsTxt(baseUrl));
  pages.push(
    { type: 'redirect', path: 'index.html' },
    { type: 'not-found', path: '404.html' },
    { type: 'robots', path: 'robots.txt' },
  );
  if (baseUrl) {
    await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(plans, langs, baseUrl));
    pages.push({ type: 'sitemap', path: 'sitemap.xml' });
  } else {
    log('datamed-site: no sitemap.xml (a sitemap needs absolute URLs: datamed-site --base-url)');
  }
  return {
    pages,
    rendered: written.length,
    renderMs,
    totalMs: performance.now() - started,
    bytes: written.reduce((sum, page) => sum + page.bytes, 0),
  };
}

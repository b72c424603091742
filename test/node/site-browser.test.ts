/**
 * The static site in a real browser (the pinned Chromium), built from the demo tree:
 * - with JavaScript disabled, every page shows its elements complete and every chart drawn;
 * - with JavaScript enabled, a page of each type says the same once the library has taken the
 *   elements over, with no loading state in any frame, no data request, no error;
 * - axe-core finds no violation on a page of each type, with JavaScript and without.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { inside, serveFiles } from '../../scripts/static-server.mjs';
import { buildSite } from '../../src/site/build-site.js';
import type { SitePage } from '../../src/site/plan.js';

const root = resolve(import.meta.dirname, '../..');
const out = join(tmpdir(), `datamed-site-browser-${process.pid}`);
const probesScript = readFileSync(resolve(root, 'test/helpers/page-probes.js'), 'utf8');
const axeScript = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let origin: string;
let close: () => Promise<void>;
let pages: SitePage[];

beforeAll(async () => {
  ({ pages } = await buildSite({ dataDir: resolve(root, 'demo-data'), outDir: out, jobs: 1 }));
  ({ origin, close } = await serveFiles((path) => inside(out, `.${path}`)));
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  rmSync(out, { recursive: true, force: true });
});

const htmlPages = () => pages.filter((p) => p.path.endsWith('.html') && p.lang);

/** One page of each type and language. */
function samples(): SitePage[] {
  const seen = new Set<string>();
  return htmlPages().filter((p) => {
    const key = `${p.type} ${p.lang}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Per element on the page: complete (shadow root with content, no skeleton), and its charts' boxes. */
async function inspect(page: Page) {
  await page.evaluate(probesScript);
  return page.evaluate(() => datamedInspect());
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeScript });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          c: Document,
          o: object,
        ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
      };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)})`);
  });
}

describe('the demo site in Chromium', () => {
  it('shows every element complete and every chart drawn with JavaScript disabled, on every page', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const failures: string[] = [];
    let withCharts = 0;
    for (const p of htmlPages()) {
      await page.goto(`${origin}/${p.path}`);
      const seen = await inspect(page);
      failures.push(...seen.problems.map((problem) => `${p.path}: ${problem}`));
      if (seen.charts) withCharts++;
      // The wide or the narrow drawing of each chart is shown, never none.
      if (seen.visibleCharts * 2 < seen.charts)
        failures.push(`${p.path}: ${seen.visibleCharts}/${seen.charts} charts visible`);
    }
    await context.close();
    expect(failures).toEqual([]);
    expect(withCharts).toBeGreaterThan(40);
  }, 240_000);

  for (const width of [1280, 360]) {
    it(`says the same once the library took over, with no flash, request or error (${width} px)`, async () => {
      const failures: string[] = [];
      for (const p of samples().filter((s) => width > 360 || s.lang === 'fr')) {
        const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
        const offPage = await off.newPage();
        await offPage.goto(`${origin}/${p.path}`);
        await offPage.evaluate(probesScript);
        const before = await offPage.evaluate(() => datamedReadout(document));
        await off.close();

        const on = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await on.newPage();
        const errors: string[] = [];
        const dataRequests: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('request', (r) => r.url().includes('/data/') && dataRequests.push(r.url()));
        await page.addInitScript(() => {
          const w = window as unknown as { __flashes: string[] };
          w.__flashes = [];
          const look = () => {
            const walk = (node: ParentNode) =>
              node.querySelectorAll('*').forEach((el) => {
                if (!el.shadowRoot) return;
                if (el.shadowRoot.querySelector('.skeleton')) w.__flashes.push(`loading ${el.localName}`);
                if (!el.shadowRoot.childElementCount) w.__flashes.push(`empty ${el.localName}`);
                walk(el.shadowRoot);
              });
            if (document.body) walk(document.body);
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
        await page.goto(`${origin}/${p.path}`, { waitUntil: 'networkidle' });
        // Taken over: every top element has updated (no server nodes left: no folded server table).
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('*')]
              .filter((e) => e.localName.startsWith('datamed-'))
              .every(
                (e) =>
                  (e as HTMLElement & { hasUpdated?: boolean }).hasUpdated &&
                  !e.shadowRoot?.querySelector('.server-table'),
              ),
          undefined,
          { timeout: 15_000 },
        );
        await page.evaluate(probesScript);
        const after = await page.evaluate(() => datamedReadout(document));
        const flashes = await page.evaluate(() => (window as unknown as { __flashes: string[] }).__flashes);
        await on.close();
        if (JSON.stringify(after) !== JSON.stringify(before))
          failures.push(
            `${p.path}: says something else after taking over\n  ${before
              .filter((l) => !after.includes(l))
              .slice(0, 3)
              .join('\n  ')}\n  vs ${after
              .filter((l) => !before.includes(l))
              .slice(0, 3)
              .join('\n  ')}`,
          );
        if (flashes.length) failures.push(`${p.path}: ${[...new Set(flashes)].join(', ')}`);
        if (dataRequests.length) failures.push(`${p.path}: fetched ${dataRequests.join(', ')}`);
        if (errors.length) failures.push(`${p.path}: ${errors.join(' | ')}`);
      }
      expect(failures).toEqual([]);
    }, 240_000);
  }

  // axe needs scripts, and a page whose scripting is disabled runs none (not even injected ones):
  // "without JavaScript" is the server's HTML with the library's scripts blocked — what a reader
  // gets until the library arrives, and without it but for `(scripting: none)` rules (toolbars
  // hidden, folded tables shown).
  it('passes axe on a page of each type, with the library and without', async () => {
    const failures: string[] = [];
    for (const library of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (!library) await context.route('**/assets/**/*.js', (route) => route.abort());
      const page = await context.newPage();
      for (const p of samples().filter(
        (s) => s.lang === 'fr' || (library && ['home', 'substance'].includes(s.type)),
      )) {
        await page.goto(`${origin}/${p.path}`, { waitUntil: 'networkidle' });
        const violations = await axe(page);
        if (violations.length)
          failures.push(`${p.path} (library ${library ? 'on' : 'blocked'}): ${violations.join(', ')}`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 240_000);
});

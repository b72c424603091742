#!/usr/bin/env node
/**
 * What a page with only `<datamed-substance-search>` downloads, and when: before any use, after the
 * field takes the focus, after the first key, after a second one. The CDN file of the element
 * (`dist/cdn/substance-search.js`, from `npm run build`) and a data tree built by `datamed-build`
 * are served from 127.0.0.1 to headless Chromium; every request is listed with its bytes, raw and
 * gzip (level 9, as `datamed-build --gzip` writes them: the server here does not compress).
 *
 *   node scripts/bench-search.mjs <tree folder> [query]     (default query: "doliprane")
 *
 * Not a test: it prints figures (docs/benchmarks.md, "The search box on a page").
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { inside, serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const [treeArg, query = 'doliprane'] = process.argv.slice(2);
if (!treeArg) {
  console.error('usage: node scripts/bench-search.mjs <tree folder> [query]');
  process.exit(2);
}
const tree = resolve(treeArg);
// `CDN_DIR=…` measures another build (an older commit's) against the same tree.
const cdn = resolve(process.env.CDN_DIR ?? resolve(root, 'dist/cdn'));
const pageDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
writeFileSync(
  join(pageDir, 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Recherche</title></head>
<body><main><h1>Recherche</h1>
<datamed-substance-search source="/tree/" debounce="0"></datamed-substance-search>
</main><script type="module" src="/cdn/substance-search.js"></script></body></html>`,
);

/** The file a request's path names: the tree, the CDN files, the page. */
function fileOf(path) {
  if (path.startsWith('/tree/')) return inside(tree, path.slice('/tree/'.length));
  if (path.startsWith('/cdn/')) return inside(cdn, path.slice('/cdn/'.length));
  return inside(pageDir, path.slice(1) || 'index.html');
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const executablePath = findBrowser();
  console.log(`Browser: ${describeBrowser(executablePath)}; tree: ${tree}`);
  const server = await serveFiles(fileOf);
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    let seen = 0;
    const phase = async (label) => {
      await page.waitForLoadState('networkidle');
      const paths = requested.slice(seen);
      seen = requested.length;
      let raw = 0;
      let gzip = 0;
      const rows = paths.map((path) => {
        const file = fileOf(path);
        const bytes = file ? readFileSync(file) : Buffer.alloc(0);
        const z = gzipSync(bytes, { level: 9 }).length;
        raw += bytes.length;
        gzip += z;
        return `    ${path}  ${bytes.length.toLocaleString('en')} B raw, ${z.toLocaleString('en')} B gzip`;
      });
      const data = paths.filter((p) => p.startsWith('/tree/')).length;
      console.log(
        `${label}: ${paths.length} request(s), ${data} from the data tree; ${kb(raw)} raw, ${kb(gzip)} gzip`,
      );
      for (const row of rows) console.log(row);
    };
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => customElements.get('datamed-substance-search'));
    await phase('page loaded, before any use');
    const field = page.locator('datamed-substance-search input');
    await field.focus();
    await phase('focus on the field');
    const status = page.locator('datamed-substance-search [role="status"]');
    const answered = () =>
      page.waitForFunction(() => {
        const text = document
          .querySelector('datamed-substance-search')
          ?.shadowRoot?.querySelector('[role="status"]')?.textContent;
        return !!text?.trim() && !/^(Chargement|Loading)/.test(text.trim());
      });
    await field.pressSequentially(query.slice(0, 1));
    await answered();
    await phase(`first key ("${query.slice(0, 1)}"): ${(await status.textContent())?.trim()}`);
    await field.pressSequentially(query.slice(1));
    await answered();
    await phase(`the rest ("${query}"): ${(await status.textContent())?.trim()}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

await main();

/**
 * What the package ships: the npm build (unbundled ESM, dependencies left as imports, one entry
 * per element, classes without registration, side effects declared), and the CDN bundles
 * (self-contained, one per element, no Node globals nor eval, within their size budgets).
 * Both are built here into a temporary folder, as `npm run build` builds them.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright';
import { BROWSER_ARGS, describeBrowser, findBrowser } from '../../scripts/find-browser.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCdn } from '../../scripts/build-cdn.mjs';
import { elementNames } from '../../scripts/cdn-entries.mjs';
import { forbiddenCode, measure, overBudget, readBudgets } from '../../scripts/size.mjs';
import { inside, serveFiles } from '../../scripts/static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const elements = elementNames(root);
const tmp = mkdtempSync(join(tmpdir(), 'datamed-dist-'));
const npmDir = join(tmp, 'npm');
const cdnDir = join(tmp, 'cdn');

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));

beforeAll(async () => {
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    build: { outDir: npmDir, sourcemap: false },
  });
  await buildCdn(cdnDir, { logLevel: 'error' });
}, 240_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('package.json', () => {
  it('points at the manifest, the types and one entry per element', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(pkg.exports['./*']).toEqual({
      types: './dist/components/*/*.d.ts',
      import: './dist/components/*/*.js',
    });
    expect(pkg.exports['./classes/*'].import).toBe('./dist/components/*/*.component.js');
    expect(pkg.exports['./classes'].import).toBe('./dist/classes.js');
    expect(pkg.exports['./cdn']).toBe('./dist/cdn/datamed-widgets.js');
    // Page helpers without elements, and the framework typings (scripts/framework-types.mjs).
    expect(pkg.exports['./config']).toEqual({ types: './dist/config.d.ts', import: './dist/config.js' });
    expect(pkg.exports['./react']).toEqual({ types: './dist/react.d.ts', import: './dist/react.js' });
    expect(pkg.exports['./vue']).toEqual({ types: './dist/vue.d.ts', import: './dist/vue.js' });
    expect(pkg.scripts.build).toContain('node scripts/framework-types.mjs');
  });

  it('packs a manifest without development scripts (prepack / postpack)', async () => {
    expect(pkg.scripts.prepack).toBe('node scripts/pack-manifest.mjs strip');
    expect(pkg.scripts.postpack).toBe('node scripts/pack-manifest.mjs restore');
    const { publishedManifest } = await import('../../scripts/pack-manifest.mjs');
    const published = publishedManifest(pkg);
    expect(Object.keys(published)).not.toEqual(expect.arrayContaining(['scripts']));
    expect(published.devDependencies).toBeUndefined();
    expect(published.exports).toEqual(pkg.exports);
    expect(published.dependencies).toEqual(pkg.dependencies);
  });

  it('declares side effects for the registration files only (and the CDN files, CSS)', () => {
    const registering = readdirSync(resolve(root, 'src/components'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /^define\(/m.test(readFileSync(resolve(root, 'src/components', f), 'utf8')))
      .map((f) => `./dist/components/${f.replace(/\.ts$/, '.js')}`)
      .sort();
    expect(registering).toEqual(elements.map((n) => `./dist/components/${n}/${n}.js`));
    const dist = pkg.sideEffects.filter((s: string) => s.startsWith('./dist/'));
    expect(dist.sort()).toEqual(
      [
        ...registering,
        './dist/index.js',
        './dist/graphql.js',
        './dist/data/adapters/datamed-graphql-register.js',
        './dist/cdn/*.js',
      ].sort(),
    );
    // The same files in the sources (the demo, Storybook and tests build from them).
    for (const file of registering)
      expect(pkg.sideEffects).toContain(file.replace('./dist/', './src/').replace(/\.js$/, '.ts'));
  });
});

describe('npm build (unbundled ESM)', () => {
  it('has one module per element entry and per class, plus the library and its classes', () => {
    const built = files(npmDir);
    for (const name of elements) {
      expect(built).toContain(`components/${name}/${name}.js`);
      expect(built).toContain(`components/${name}/${name}.component.js`);
    }
    expect(built).toEqual(expect.arrayContaining(['index.js', 'graphql.js', 'classes.js', 'config.js']));
    expect(built.some((f) => f.includes('node_modules'))).toBe(false);
  });

  it('keeps one literal new URL(…, import.meta.url) per demo file, for the application’s bundler', () => {
    const code = readFileSync(join(npmDir, 'data/demo-files.js'), 'utf8');
    const urls = [
      ...code.matchAll(
        /new URL\(\s*"\.\.\/\.\.\/demo-data\/([\w/-]+\.json)\?no-inline",\s*import\.meta\.url\s*\)/g,
      ),
    ];
    expect(urls.map((m) => m[1]).sort()).toEqual(
      readdirSync(resolve(root, 'demo-data'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
    expect(code).not.toContain('data:application/json');
  });

  it('gives configure() an entry that registers no element', () => {
    const code = readFileSync(join(npmDir, 'config.js'), 'utf8');
    expect(code).toMatch(/configure/);
    expect(code).not.toMatch(/components\//);
    expect(pkg.sideEffects).not.toContain('./dist/config.js');
  });

  it('leaves lit, d3-* and vega* to the application’s bundler', () => {
    const bare = new Set<string>();
    const server = new Set<string>();
    for (const file of files(npmDir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(npmDir, file), 'utf8');
      // Server rendering and the site builder run in Node (datamed-widgets/ssr, datamed-site).
      const found = /^(ssr|site|cli)\//.test(file) ? server : bare;
      for (const [, spec] of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^"'./][^"']*)["']/g))
        found.add(spec!);
    }
    expect([...bare].filter((s) => !/^(lit|@lit\/|d3-|vega)/.test(s))).toEqual([]);
    expect(bare).toContain('lit');
    expect([...server].filter((s) => !/^(lit|@lit\/|@lit-labs\/ssr|d3-|vega|node:)/.test(s))).toEqual([]);
  });

  it('registers a tag only in the element entries, never in the class modules', () => {
    for (const name of elements) {
      const entry = readFileSync(join(npmDir, `components/${name}/${name}.js`), 'utf8');
      expect(entry).toMatch(/from\s*["']\.\.\/base\/define\.js["']/);
      expect(entry).toContain(`"datamed-${name}"`);
      const cls = readFileSync(join(npmDir, `components/${name}/${name}.component.js`), 'utf8');
      expect(cls, name).not.toMatch(/\bdefine\(|customElements\.define/);
      expect(cls, name).not.toMatch(new RegExp(`["']\\./${name}\\.js["']`));
    }
  });

  it('declares every tag in HTMLElementTagNameMap and brings the event map along', () => {
    const events = readFileSync(resolve(root, 'src/events.ts'), 'utf8');
    expect(events).toMatch(/interface HTMLElementEventMap extends DatamedEventMap/);
    for (const name of [
      'datamed-load',
      'datamed-error',
      'datamed-select',
      'datamed-view-change',
      'datamed-drill',
    ])
      expect(events).toContain(`'${name}': CustomEvent<`);
    for (const name of elements) {
      const source = readFileSync(resolve(root, `src/components/${name}/${name}.ts`), 'utf8');
      expect(source).toMatch(new RegExp(`interface HTMLElementTagNameMap \\{\\s*'datamed-${name}':`));
      expect(source).toContain("export type { DatamedEventMap } from '../../events.js';");
    }
  });
});

describe('CDN bundles', () => {
  it('has one self-contained file for the library, one per element, and the embed files', () => {
    const built = readdirSync(cdnDir);
    for (const name of ['datamed-widgets', ...elements, 'embed', 'embed-host'])
      expect(built).toContain(`${name}.js`);
    expect(built).toEqual(expect.arrayContaining(['embed.html', 'embed.css', 'datamed-widgets.css']));
    expect(readFileSync(join(cdnDir, 'embed.html'), 'utf8')).toContain('src="./embed.js"');
    // The library and each element import nothing at start: Lit and d3 are inside.
    for (const row of measure(cdnDir).filter((r) => !r.name.startsWith('embed'))) {
      const code = readFileSync(join(cdnDir, row.file), 'utf8');
      expect(code, row.file).not.toMatch(/(?:^|[;}])import\s*[\w{*$][^;]*?from\s*["']|^import\s*["']/m);
    }
  });

  it('holds no Node global, no eval; only the lazily loaded Vega chunk contains Function() code', () => {
    const offending: Record<string, string[]> = {};
    for (const file of readdirSync(cdnDir).filter((f) => f.endsWith('.js'))) {
      const found = forbiddenCode(readFileSync(join(cdnDir, file), 'utf8'));
      if (found.length) offending[file] = found;
    }
    // Vega's CSV object converter and dataflow code generator: never called with the expression
    // interpreter that <datamed-vega-chart> uses (its strict-CSP browser test proves it).
    for (const [file, found] of Object.entries(offending)) {
      expect(file, found.join()).toMatch(/\.vega\.module-[\w-]+\.js$/);
      expect(found).toEqual(['new Function']);
    }
  });

  it('stays within the budgets of size-budgets.json (min + gzip)', () => {
    const rows = measure(cdnDir);
    expect(overBudget(rows, readBudgets())).toEqual([]);
  });

  it('keeps no comment in the code, and ships the licences of the packages inside', () => {
    const code = readFileSync(join(cdnDir, 'ae-profile.js'), 'utf8');
    expect(code).not.toMatch(/@__PURE__|@license/);
    const licences = readFileSync(join(cdnDir, 'THIRD-PARTY.md'), 'utf8');
    for (const name of ['lit-html', '@lit/reactive-element', 'd3-array', 'vega-lite'])
      expect(licences, name).toMatch(new RegExp(`^## ${name.replace('/', '\\/')} - [\\d.]+ \\(`, 'm'));
  });

  it('ships the CSS that reserves space before definition', () => {
    expect(existsSync(join(cdnDir, 'datamed-widgets.css'))).toBe(true);
    const css = readFileSync(join(cdnDir, 'datamed-widgets.css'), 'utf8');
    for (const name of elements) expect(css).toMatch(new RegExp(`datamed-${name}:not\\(:defined\\)`));
  });
});

/**
 * The built CDN files in a real page served with a strict Content-Security-Policy header (no inline
 * script or style, no eval): two files that define the same tags, a Vega-Lite chart, the embed
 * page with its resizer. Nothing may throw, and the browser must report no CSP violation.
 */
describe('CDN files in a browser, under a strict CSP', () => {
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
  let server: Awaited<ReturnType<typeof serveFiles>>;
  let origin = '';

  beforeAll(async () => {
    // A page of the host: the probe (first) counts violations; then the bundles, twice over.
    writeFileSync(
      join(cdnDir, 'probe.js'),
      `window.__violations = [];
       document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
       window.__errors = [];
       window.addEventListener('error', (e) => window.__errors.push(String(e.message)));`,
    );
    writeFileSync(
      join(cdnDir, 'page.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CDN</title>
       <script src="./probe.js"></script>
       <link rel="stylesheet" href="./datamed-widgets.css">
       <script type="module" src="./ae-profile.js"></script>
       <script type="module" src="./key-figure.js"></script>
       <script type="module" src="./datamed-widgets.js"></script>
       <script type="module" src="./embed-host.js"></script>
       </head><body>
       <datamed-ae-profile substance="paracetamol" sections="key-figures sex age organs"></datamed-ae-profile>
       <datamed-key-figure substance="ibuprofene"></datamed-key-figure>
       <datamed-vega-chart substance="paracetamol" dataset="age"><script type="application/json">
         {"mark":"bar","encoding":{"x":{"field":"category","type":"ordinal"},"y":{"field":"count","type":"quantitative"}}}
       </script></datamed-vega-chart>
       <iframe title="embed" src="./embed.html?widget=key-figure&amp;substance=paracetamol" height="100"></iframe>
       </body></html>`,
    );
    // The bundles sit in dist/cdn/: the demo data two folders up.
    server = await serveFiles(
      (path) =>
        path.startsWith('/dist/cdn/')
          ? inside(cdnDir, path.slice('/dist/cdn/'.length))
          : path.startsWith('/demo-data/')
            ? inside(root, path.slice(1))
            : undefined,
      { 'Content-Security-Policy': CSP },
    );
    origin = server.origin;
  });

  afterAll(() => server.close());

  it('renders, defines each tag once without error, and violates nothing', async () => {
    const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
    console.log(`distribution test browser: ${describeBrowser()}`);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const missing: string[] = [];
      page.on(
        'response',
        (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && missing.push(r.url()),
      );
      // Failed loads are checked by URL just above (the browser asks for a favicon).
      page.on(
        'console',
        (m) =>
          m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
      );
      await page.goto(`${origin}/dist/cdn/page.html`);
      const settled = (tag: string) =>
        page.waitForFunction(
          (t) =>
            document.querySelector(t)?.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') ===
            'false',
          tag,
          { timeout: 30_000 },
        );
      await settled('datamed-ae-profile');
      await settled('datamed-key-figure');
      await settled('datamed-vega-chart');
      await page.waitForFunction(
        () =>
          document
            .querySelector('datamed-vega-chart')
            ?.shadowRoot?.querySelector('.vega-area svg, .vega-area canvas'),
        null,
        { timeout: 30_000 },
      );
      const text = await page.evaluate(
        () => document.querySelector('datamed-ae-profile')!.shadowRoot!.textContent,
      );
      expect(text).toContain('Paracétamol');
      // The resizer made the embed iframe as tall as its widget.
      await page.waitForFunction(
        () => parseFloat(document.querySelector('iframe')!.style.height) > 150,
        null,
        {
          timeout: 30_000,
        },
      );
      const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
      expect(await frame.evaluate(() => document.querySelector('datamed-key-figure') !== null)).toBe(true);
      const found = await page.evaluate(() => ({
        violations: (window as unknown as { __violations: string[] }).__violations,
        errors: (window as unknown as { __errors: string[] }).__errors,
      }));
      expect(found.violations).toEqual([]);
      expect(found.errors).toEqual([]);
      expect(errors).toEqual([]);
      expect(missing).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

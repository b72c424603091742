/**
 * The site generator's options and its hostile inputs: names holding markup come out escaped in
 * every page (shell and elements); the DSFR theme, a base URL (absolute alternates, sitemap with
 * hreflang alternates); the pure helpers (relative links, A–Z letters, which products get a page)
 * and the command line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { IndexFile, ProductFile, ProductsIndexFile, ShortagesFile } from '../../src/data/contract.js';
import { buildSite, type SiteResult } from '../../src/site/build-site.js';
import { initialOf, relativeUrl } from '../../src/site/html.js';
import { productHasPage } from '../../src/site/tree.js';
import { parseSiteOptions, runSite } from '../../src/cli/site.js';
import { demoData, readPage, shellOf, tempSiteDir } from './site-helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_PRODUCT = '</script><script>alert(2)</script>';
const BASE = 'https://example.org/datamed/';

let tree: string;
let site: string;
let result: SiteResult;

const editJson = <T>(path: string, edit: (value: T) => void) => {
  const value = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(value);
  writeFileSync(path, JSON.stringify(value));
};

beforeAll(async () => {
  tree = join(mkdtempSync(join(tmpdir(), 'datamed-hostile-')), 'tree');
  cpSync(demoData, tree, { recursive: true });
  editJson<IndexFile>(join(tree, 'index.json'), (index) => {
    index.substances.find((s) => s.code === 'paracetamol')!.name = { fr: HOSTILE, en: HOSTILE };
  });
  editJson<ProductsIndexFile>(join(tree, 'products-index.json'), (index) => {
    index.products.find((p) => p.cis === '69999004')!.name = { fr: HOSTILE_PRODUCT };
  });
  editJson<{ substance: { name: object } }>(join(tree, 'substances/paracetamol.json'), (file) => {
    file.substance.name = { fr: HOSTILE, en: HOSTILE };
  });
  editJson<ProductFile>(join(tree, 'products/69999004.json'), (file) => {
    file.product.name = { fr: HOSTILE_PRODUCT };
  });
  editJson<ShortagesFile>(join(tree, 'shortages/all.json'), (file) => {
    const newest = [...file.declarations].sort((a, b) => b.reported.localeCompare(a.reported))[0]!;
    newest.product = HOSTILE_PRODUCT;
  });
  site = tempSiteDir();
  result = await buildSite({
    dataDir: tree,
    outDir: site,
    theme: 'dsfr',
    baseUrl: BASE,
    jobs: 2,
    inlineDataLimit: 30_000,
  });
}, 120_000);

afterAll(() => {
  if (tree) rmSync(dirname(tree), { recursive: true, force: true });
  if (site) rmSync(dirname(site), { recursive: true, force: true });
});

describe('datamed-site: hostile names, theme, base URL', () => {
  it('escapes names that hold markup, in the shell, the elements and the data script', () => {
    const pages = [
      'fr/index.html',
      'fr/substances/paracetamol.html',
      'en/substances/index.html',
      'fr/products/69999004.html',
      'fr/products/index.html',
    ];
    for (const path of pages) {
      const html = readPage(site, path);
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toMatch(/<\/script><script>/);
    }
    expect(shellOf(readPage(site, 'fr/substances/paracetamol.html'))).toContain(
      '<h1>&lt;img src=x onerror=alert(1)&gt;</h1>',
    );
    expect(shellOf(readPage(site, 'fr/index.html'))).toContain(
      '&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;',
    );
  });

  it('puts the DSFR theme on the shell and on every element', () => {
    for (const page of result.pages.filter((p) => p.lang)) {
      const shell = shellOf(readPage(site, page.path));
      expect(shell, page.path).toContain('data-site-theme="dsfr"');
      for (const tag of shell.matchAll(/<datamed-[a-z-]+\s[^>]*>/g))
        if (!tag[0].includes(' embedded')) expect(tag[0], page.path).toContain('theme="dsfr"');
    }
    expect(readFileSync(join(site, 'assets/site.css'), 'utf8')).toMatch(
      /\[data-site-theme='dsfr'\][^}]*Marianne/,
    );
  });

  it('writes absolute alternates and a sitemap with hreflang alternates under the base URL', () => {
    const page = readPage(site, 'fr/substances/amoxicilline.html');
    expect(page).toContain(
      `<link rel="alternate" hreflang="en" href="${BASE}en/substances/amoxicilline.html">`,
    );
    expect(page).toContain(`<link rel="canonical" href="${BASE}fr/substances/amoxicilline.html">`);
    const sitemap = readPage(site, 'sitemap.xml');
    const rendered = result.pages.filter((p) => p.lang);
    expect(sitemap.match(/<url>/g)?.length).toBe(rendered.length);
    expect(sitemap).toContain(
      `<url><loc>${BASE}en/about.html</loc><xhtml:link rel="alternate" hreflang="fr" href="${BASE}fr/about.html"/><xhtml:link rel="alternate" hreflang="en" href="${BASE}en/about.html"/></url>`,
    );
    expect(readPage(site, 'robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml`);
    expect(readPage(site, '404.html')).toContain(`href="${BASE}fr/index.html"`);
    expect(readPage(site, 'index.html')).toContain(`<link rel="canonical" href="${BASE}fr/index.html">`);
  });

  it('leaves data files over the inline limit out of the pages, for the browser to fetch', () => {
    const carried = (path: string) => {
      const json = /<script type="application\/json" data-datamed-files[^>]*>([^]*?)<\/script>/.exec(
        readPage(site, path),
      );
      return json ? Object.keys(JSON.parse(json[1]!) as object) : [];
    };
    // shortages/all.json (≈ 42 kB, the overview's) is over 30 kB; the ATC group's file and the
    // substance's files are not.
    expect(carried('en/shortages/index.html')).toEqual([]);
    expect(carried('fr/shortages/atc-J.html')).toEqual(['shortages/atc/J.json']);
    expect(carried('fr/substances/amoxicilline.html').sort()).toEqual([
      'shortages/amoxicilline.json',
      'substances/amoxicilline.json',
    ]);
    expect(readPage(site, 'fr/shortages/atc-J.html')).toContain('<svg');
  });

  it('refuses to replace a folder that is not a site', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'datamed-not-site-'));
    writeFileSync(join(folder, 'keep.txt'), 'mine');
    await expect(buildSite({ dataDir: tree, outDir: folder, jobs: 1 })).rejects.toThrow(
      /does not hold a DataMed site/,
    );
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('mine');
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('datamed-site: helpers', () => {
  it('makes links relative to the page', () => {
    expect(relativeUrl('fr/substances/a.html', 'en/substances/a.html')).toBe('../../en/substances/a.html');
    expect(relativeUrl('fr/substances/a.html', 'fr/index.html')).toBe('../index.html');
    expect(relativeUrl('fr/index.html', 'fr/substances/index.html')).toBe('substances/index.html');
    expect(relativeUrl('fr/about.html', 'data/')).toBe('../data/');
    expect(relativeUrl('index.html', 'fr/index.html')).toBe('fr/index.html');
  });

  it('files names under their first letter, accents ignored', () => {
    expect(initialOf('Éthinylestradiol')).toBe('E');
    expect(initialOf('acide')).toBe('A');
    expect(initialOf('5-fluorouracile')).toBe('#');
  });

  it('gives a product a page for a declaration, an availability problem or medication errors', () => {
    const file = (extra: Partial<ProductFile>) =>
      ({ product: { cis: '60000000', name: { fr: 'X' } }, substances: [], ...extra }) as ProductFile;
    expect(productHasPage(file({}), false)).toBe(false);
    expect(productHasPage(file({ availability: { status: 'available', asOf: '2026-01-01' } }), false)).toBe(
      false,
    );
    expect(productHasPage(file({}), true)).toBe(true);
    expect(productHasPage(file({ availability: { status: 'risk', asOf: '2026-01-01' } }), false)).toBe(true);
    expect(productHasPage(file({ medicationErrors: { cases: { count: 12 } } }), false)).toBe(true);
  });
});

describe('datamed-site: command line', () => {
  it('parses the options', () => {
    expect(
      parseSiteOptions([
        'tree',
        '-o',
        'site',
        '--langs',
        'en,fr',
        '--theme',
        'dsfr',
        '--jobs',
        '3',
        '--inline-data-limit',
        '200',
      ]),
    ).toMatchObject({
      inlineDataLimit: 200_000,
      tree: 'tree',
      out: 'site',
      langs: ['en', 'fr'],
      theme: 'dsfr',
      jobs: 3,
    });
  });

  it('fails with exit code 2 and a message on a wrong command line', async () => {
    for (const [args, message] of [
      [['tree'], /add --out/],
      [['tree', '-o', 'x', '--langs', 'de'], /--langs/],
      [['tree', '-o', 'x', '--theme', 'blue'], /--theme/],
      [['tree', '-o', 'x', '--base-url', 'example.org'], /--base-url/],
      [['tree', '-o', 'x', '--jobs', '0'], /--jobs/],
    ] as const) {
      let err = '';
      const code = await runSite(args, {
        stdout: { write: () => true },
        stderr: { write: (t: string) => (err += t) },
        cwd: '.',
      });
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
    }
  });
});

/**
 * The static site (src/site/) built from the demo tree: every page type in both languages, links
 * and assets that resolve, the shell's accessibility basics, every element server-rendered with
 * content (no loading state), charts drawn, no inline script but the data, the data in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, type SiteResult } from '../../src/site/build-site.js';
import { demoData, linksOf, readPage, shellOf, targetOf, tempSiteDir } from './site-helpers.js';

let site: string;
let result: SiteResult;

beforeAll(async () => {
  site = tempSiteDir();
  result = await buildSite({ dataDir: demoData, outDir: site, jobs: 2 });
}, 120_000);

afterAll(() => rmSync(dirname(site), { recursive: true, force: true }));

const htmlPages = () => result.pages.filter((p) => p.path.endsWith('.html'));
const renderedPages = () => result.pages.filter((p) => p.lang);

describe('datamed-site on the demo tree', () => {
  it('writes every page type in French and English, at the same paths', () => {
    const types = [
      'home',
      'substance',
      'product',
      'shortages',
      'atc',
      'all-medicines',
      'about',
      'substances-az',
      'products-az',
    ];
    for (const lang of ['fr', 'en'])
      for (const type of types)
        expect(
          renderedPages().some((p) => p.type === type && p.lang === lang),
          `${type} in ${lang}`,
        ).toBe(true);
    const fr = renderedPages()
      .filter((p) => p.lang === 'fr')
      .map((p) => p.path.slice(3))
      .sort();
    const en = renderedPages()
      .filter((p) => p.lang === 'en')
      .map((p) => p.path.slice(3))
      .sort();
    expect(en).toEqual(fr);
    expect(fr).toContain('substances/paracetamol.html');
    for (const page of result.pages) expect(existsSync(join(site, page.path)), page.path).toBe(true);
    expect(result.rendered).toBe(renderedPages().length);
  });

  it('gives products a page when something is to report, lists the others A–Z', () => {
    const products = renderedPages()
      .filter((p) => p.type === 'product' && p.lang === 'fr')
      .map((p) => p.key);
    // 69999002 is available, with medication errors: a page; every demo product has something.
    expect(products).toContain('69999004');
    expect(products).toContain('69999002');
    const az = readPage(site, 'fr/products/index.html');
    for (const cis of products) expect(az).toContain(`href="${cis}.html"`);
  });

  it('sends the root to the French pages without JavaScript', () => {
    const root = readPage(site, 'index.html');
    expect(root).toContain('<meta http-equiv="refresh" content="0; url=fr/index.html">');
    expect(root).toContain('<a href="fr/index.html">');
    expect(root).not.toContain('<script');
  });

  it('resolves every internal link and asset to a file', () => {
    const missing: string[] = [];
    for (const page of htmlPages()) {
      const html = readPage(site, page.path);
      for (const link of linksOf(html)) {
        const file = targetOf(site, page.path, link);
        if (file && !existsSync(file)) missing.push(`${page.path} → ${link}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each page lang, title, description, alternates, a skip link to main and one h1', () => {
    for (const page of renderedPages()) {
      const html = readPage(site, page.path);
      const shell = shellOf(html);
      expect(html, page.path).toContain(`<html lang="${page.lang}"`);
      expect(shell, page.path).toMatch(/<title>[^<]+<\/title>/);
      expect(shell, page.path).toMatch(/<meta name="description" content="[^"]+">/);
      expect(shell, page.path).toContain('<link rel="alternate" hreflang="fr"');
      expect(shell, page.path).toContain('<link rel="alternate" hreflang="en"');
      expect(shell, page.path).toContain('<a class="skip-link" href="#main">');
      expect(shell, page.path).toContain('<main id="main"');
      expect(html.match(/<h1[\s>]/g)?.length, page.path).toBe(1);
      const other = page.lang === 'fr' ? 'en' : 'fr';
      expect(shell, page.path).toMatch(new RegExp(`<a href="[^"]+" lang="${other}" hreflang="${other}"`));
      if (page.type !== 'home')
        expect(shell, page.path).toMatch(/<nav class="breadcrumbs" aria-label="[^"]+">/);
    }
  });

  it('nests the headings: h1, then h2 sections and elements titled at level 2 or below', () => {
    for (const page of renderedPages()) {
      const shell = shellOf(readPage(site, page.path));
      const main = shell.slice(shell.indexOf('<main'), shell.indexOf('</main>'));
      for (const level of main.matchAll(/heading-level="(\d)"/g))
        expect(Number(level[1]), page.path).toBeGreaterThanOrEqual(2);
      expect(main, page.path).not.toMatch(/<h[3-6][\s>]/);
    }
  });

  it('server-renders every element with content, never a loading state', () => {
    let elements = 0;
    for (const page of renderedPages()) {
      const html = readPage(site, page.path);
      for (const match of html.matchAll(
        /<(datamed-[a-z-]+)\b[^>]*>(<template shadowroot="open" shadowrootmode="open">)?/g,
      )) {
        elements++;
        expect(match[2], `${page.path}: ${match[1]} has no declarative shadow root`).toBeDefined();
        // Its first shadow content, styles aside, says something.
        const start = match.index + match[0].length;
        const shadow = html
          .slice(start, html.indexOf('</template>', start))
          .replace(/<style>[^]*?<\/style>/g, '');
        const text = shadow
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        expect(text.length, `${page.path}: ${match[1]} renders no text`).toBeGreaterThan(10);
      }
      expect(html, page.path).not.toContain('class="skeleton');
      expect(html, page.path).not.toContain('aria-busy="true"');
      expect(html, page.path).not.toMatch(/role="alert"/);
    }
    expect(elements).toBeGreaterThan(200);
  });

  it('renders the elements in the page language', () => {
    const french =
      /Effets indésirables déclarés|Ruptures et risques de rupture|Chiffres clés|Disponibilité|Erreurs médicamenteuses/;
    for (const page of renderedPages().filter((p) => p.lang === 'en'))
      expect(readPage(site, page.path), page.path).not.toMatch(french);
    expect(readPage(site, 'en/substances/paracetamol.html')).toContain(
      'Reported adverse effects: Paracetamol',
    );
    expect(readPage(site, 'fr/substances/paracetamol.html')).toContain(
      'Effets indésirables déclarés : Paracétamol',
    );
  });

  it('draws the charts on the server', () => {
    for (const path of [
      'fr/substances/paracetamol.html',
      'en/shortages/index.html',
      'fr/shortages/atc-J.html',
      'en/products/69999004.html',
      'fr/all-medicines.html',
    ])
      expect(readPage(site, path), path).toContain('<svg');
  });

  it('passes the page language and the relative data source to every element', () => {
    for (const page of renderedPages()) {
      const shell = shellOf(readPage(site, page.path));
      const source = page.path.split('/').length === 2 ? '../data/' : '../../data/';
      for (const tag of shell.matchAll(/<datamed-[a-z-]+\s[^>]*>/g)) {
        if (tag[0].includes(' embedded')) continue;
        expect(tag[0], page.path).toContain(`lang="${page.lang}"`);
        expect(tag[0], page.path).toContain(`source="${source}"`);
      }
    }
  });

  it('has no inline script but the one data script, which carries the files the elements read', () => {
    for (const page of htmlPages()) {
      const html = readPage(site, page.path);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      const data = scripts.filter((a) => a.includes('data-datamed-files'));
      expect(data.length, page.path).toBeLessThanOrEqual(1);
      for (const attributes of scripts)
        expect(attributes, page.path).toMatch(/ src="[^"]+"|type="application\/json" data-datamed-files/);
      expect(html, page.path).not.toMatch(/\son[a-z]+="/);
      expect(shellOf(html), page.path).not.toMatch(/\sstyle="/);
    }
    const page = readPage(site, 'fr/substances/paracetamol.html');
    const json =
      /<script type="application\/json" data-datamed-files data-source="..\/..\/data\/">([^]*?)<\/script>/.exec(
        page,
      )![1]!;
    const files = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(files).sort()).toEqual(['shortages/paracetamol.json', 'substances/paracetamol.json']);
    // An ATC page carries its group's file, not every declaration.
    const atc = /data-datamed-files data-source="..\/..\/data\/">([^]*?)<\/script>/.exec(
      readPage(site, 'fr/shortages/atc-J.html'),
    )![1]!;
    expect(Object.keys(JSON.parse(atc) as Record<string, unknown>)).toEqual(['shortages/atc/J.json']);
  });

  it('copies the data tree, the library and the site script into the site', () => {
    expect(readFileSync(join(site, 'data/index.json'), 'utf8')).toBe(
      readFileSync(join(demoData, 'index.json'), 'utf8'),
    );
    expect(existsSync(join(site, 'assets/datamed-widgets.js'))).toBe(true);
    expect(readFileSync(join(site, 'assets/site.js'), 'utf8')).toContain('datamed-select');
    expect(JSON.parse(readFileSync(join(site, 'assets/product-pages.json'), 'utf8'))).toContain('69999004');
  });

  it('marks fictional data and lists the sources in the footer', () => {
    const home = shellOf(readPage(site, 'fr/index.html'));
    expect(home).toContain('Données fictives');
    expect(shellOf(readPage(site, 'en/index.html'))).toContain('Fictional data');
    expect(home).toContain('href="about.html"');
  });

  it('explains the threshold the tree applies', () => {
    expect(readPage(site, 'fr/about.html')).toContain('aucun nombre compris entre 1 et 10 n’est publié');
    expect(readPage(site, 'en/about.html')).toContain('The threshold of these data is 11 cases');
  });

  it('gives readers without JavaScript the A–Z lists instead of a search box that cannot work', () => {
    const noscript = readFileSync(join(site, 'assets/noscript.css'), 'utf8');
    expect(noscript).toMatch(/datamed-substance-search \{\s*display: none;/);
    expect(readPage(site, 'fr/substances/index.html')).toContain(
      '<noscript><link rel="stylesheet" href="../../assets/noscript.css"></noscript>',
    );
    const css = readFileSync(join(site, 'assets/site.css'), 'utf8');
    for (const media of ['print', '(forced-colors: active)', '(prefers-reduced-motion: reduce)'])
      expect(css).toContain(`@media ${media}`);
    const home = shellOf(readPage(site, 'en/index.html'));
    const search = home.slice(home.indexOf('<section class="search"'));
    expect(search.slice(0, search.indexOf('</section>'))).toMatch(
      /<datamed-substance-search [^>]*data-site-pages [^>]*>[^]*<a href="substances\/index.html">/,
    );
    const az = readPage(site, 'fr/substances/index.html');
    expect(az).toMatch(
      /<nav class="letters" aria-label="Aller à la lettre"><ul><li><a href="#letter-A">A<\/a>/,
    );
    expect(az).toContain('<h2 id="letter-P" tabindex="-1">P</h2>');
    expect(az).toContain('<a href="paracetamol.html">Paracétamol</a>');
  });

  it('writes robots.txt and a 404 page, and no sitemap without a base URL', () => {
    expect(readPage(site, 'robots.txt')).toContain('User-agent: *');
    expect(readPage(site, '404.html')).toContain('href="/fr/index.html"');
    expect(existsSync(join(site, 'sitemap.xml'))).toBe(false);
  });
});

/**
 * Server rendering (src/ssr/): every element renders from the demo tree to complete HTML — no
 * loading state, the page's language, charts as SVG with their table, the files it read — and bad
 * input gives the element's error state or a thrown error, never injected markup.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDataScript, renderElement, type RenderOptions } from '../../src/ssr/index.js';

const root = resolve(import.meta.dirname, '../..');
const options: RenderOptions = { dataDir: resolve(root, 'demo-data'), source: '/data/', chartWidth: 600 };

/** The markup without the shadow roots' style sheets (they hold class names such as `skeleton`). */
const markup = (html: string) => html.replace(/<style>[^]*?<\/style>/g, '');
const text = (html: string) =>
  markup(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What no server-rendered element may contain: a loading state, an unrendered element. */
function expectComplete(html: string): void {
  const body = markup(html);
  expect(body).toContain('shadowrootmode="open"');
  expect(body).not.toMatch(/class="skeleton"/);
  expect(body).not.toMatch(/aria-busy="true"/);
  expect(body).not.toMatch(/<!--/);
}

describe('renderElement', () => {
  it.each([
    ['datamed-ae-profile', { substance: 'paracetamol' }, 'Effets indésirables déclarés : Paracétamol'],
    ['datamed-ae-profile', { scope: 'all' }, 'tous les médicaments'],
    ['datamed-key-figure', { substance: 'ibuprofene' }, 'Chiffres clés : Ibuprofène'],
    ['datamed-med-errors', { substance: 'paracetamol' }, 'Erreurs médicamenteuses : Paracétamol'],
    ['datamed-shortage-timeline', { substance: 'amoxicilline' }, 'Amoxicilline'],
    ['datamed-shortage-overview', {}, 'Ruptures de stock en chiffres'],
    ['datamed-availability', { cis: '69999001' }, 'Disponibilité'],
    ['datamed-product', { cis: '69999002' }, 'DOLIPRANE'],
    ['datamed-key-figure', { cis: '69999002' }, 'DOLIPRANE'],
    ['datamed-shortage-timeline', { cis: '69999004' }, 'Ruptures'],
  ] as const)('%s %j: complete, in French', async (tag, attributes, heading) => {
    const { html, files } = await renderElement(tag, attributes, options);
    expectComplete(html);
    expect(text(html)).toContain(heading);
    expect(files.size).toBeGreaterThan(0);
    for (const [path, json] of files) {
      expect(path).toMatch(/^[a-z0-9/-]+\.json$/);
      expect(() => JSON.parse(json)).not.toThrow();
    }
  });

  it('draws the profile’s charts as SVG with a folded table each, at the width asked for', async () => {
    const { html, files } = await renderElement('datamed-ae-profile', { substance: 'paracetamol' }, options);
    expect([...files.keys()]).toEqual(['substances/paracetamol.json']);
    // Each chart drawn twice, at the layout's width and a phone's; a container query picks one.
    const wide = markup(html).match(/<div class="server-wide"><svg[^>]*>/g) ?? [];
    const narrow = markup(html).match(/<div class="server-narrow"><svg[^>]*>/g) ?? [];
    expect(wide.length).toBeGreaterThanOrEqual(4);
    expect(narrow.length).toBe(wide.length);
    for (const svg of wide) expect(svg).toMatch(/width="600"/);
    for (const svg of narrow) expect(svg).toMatch(/width="288"/);
    expect(html).toContain('@container datamed-chart (max-width: 599px)');
    const tables = markup(html).match(/<details class="server-table"/g) ?? [];
    expect(tables.length).toBe(wide.length);
    // Nested elements wait for the profile in the browser: they do not take over on their own.
    expect(markup(html)).toMatch(/<datamed-bar-chart[^>]*defer-hydration/);
    // The bar chart's rows are placed by style attributes the server writes itself (cssomStyle).
    expect(markup(html)).toMatch(/class="mark[^"]*"[^>]*style="top: [\d.]+px; height: [\d.]+px"/);
  });

  it('puts every declaration of a timeline in its folded table (no pages without JavaScript)', async () => {
    const { html } = await renderElement('datamed-shortage-timeline', { substance: 'amoxicilline' }, options);
    const table = /<details class="server-table"[^]*?<\/details>/.exec(markup(html))?.[0] ?? '';
    // 13 declarations in the demo tree for amoxicilline, and a header row.
    expect(table.match(/<tr/g)).toHaveLength(14);
    expect(text(html)).toContain('13 déclarations');
  });

  it('speaks English when asked, nested elements included', async () => {
    const { html } = await renderElement(
      'datamed-ae-profile',
      { substance: 'paracetamol' },
      { ...options, lang: 'en' },
    );
    expectComplete(html);
    const words = text(html);
    expect(words).toContain('Paracetamol');
    expect(words).toContain('See the data as a table');
    expect(words).not.toContain('Voir les données en tableau');
    expect(markup(html)).not.toMatch(/lang="fr"/);
  });

  it('renders the states a page can meet: too few cases, no data, unknown substance, bad code', async () => {
    const tooFew = await renderElement('datamed-ae-profile', { substance: 'fampridine' }, options);
    expectComplete(tooFew.html);
    expect(text(tooFew.html)).toContain('effectif trop faible ou nul');

    const unknown = await renderElement('datamed-key-figure', { substance: 'inconnue' }, options);
    expectComplete(unknown.html);
    expect(markup(unknown.html)).toMatch(/state--error/);
    // The names of the index were read to suggest substances: the page carries it for the browser.
    expect([...unknown.files.keys()]).toEqual(['index.json']);

    const bad = await renderElement('datamed-ae-profile', { substance: '../../etc/passwd' }, options);
    expectComplete(bad.html);
    expect(markup(bad.html)).toMatch(/state--error/);
  });

  it('escapes hostile text from attributes and data', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { html } = await renderElement(
      'datamed-bar-chart',
      {
        heading: `"${hostile}`,
        '.data': {
          heading: hostile,
          threshold: 11,
          series: [{ key: 'cases', label: hostile }],
          categories: [{ key: 'a', label: hostile, values: [{ count: 42 }] }],
        },
      },
      options,
    );
    expectComplete(html);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(html)).toContain('42');
  });

  it('refuses what is not an element or an attribute name', async () => {
    await expect(renderElement('script', {}, options)).rejects.toThrow(/not a DataMed element/);
    await expect(renderElement('datamed-key-figure', { 'onload x': '1' }, options)).rejects.toThrow(
      /neither an attribute/,
    );
  });

  it('keeps two trees apart when they have the same source (caches are per tree)', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'datamed-ssr-tree-')), 'tree');
    cpSync(options.dataDir, copy, { recursive: true });
    const file = join(copy, 'substances/ibuprofene.json');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('Ibuprofène', 'Ibuprofène (copie)'));
    try {
      const demo = await renderElement('datamed-key-figure', { substance: 'ibuprofene' }, options);
      const other = await renderElement(
        'datamed-key-figure',
        { substance: 'ibuprofene' },
        { ...options, dataDir: copy },
      );
      const again = await renderElement('datamed-key-figure', { substance: 'ibuprofene' }, options);
      expect(text(demo.html)).not.toContain('(copie)');
      expect(text(other.html)).toContain('Chiffres clés : Ibuprofène (copie)');
      expect(other.files.get('substances/ibuprofene.json')).toContain('(copie)');
      expect(text(again.html)).not.toContain('(copie)');
    } finally {
      rmSync(dirname(copy), { recursive: true, force: true });
    }
  });

  it('renders one at a time: concurrent renders keep their own language and files', async () => {
    const [fr, en] = await Promise.all([
      renderElement('datamed-key-figure', { substance: 'ibuprofene' }, options),
      renderElement('datamed-key-figure', { substance: 'paracetamol' }, { ...options, lang: 'en' }),
    ]);
    expect(text(fr.html)).toContain('Chiffres clés : Ibuprofène');
    expect(text(en.html)).toContain('Key figures: Paracetamol');
    expect([...fr.files.keys()]).toEqual(['substances/ibuprofene.json']);
    expect([...en.files.keys()]).toEqual(['substances/paracetamol.json']);
  });
});

describe('pageDataScript', () => {
  it('carries the files as JSON that no text can close', () => {
    const files = new Map([['substances/x.json', '{"name":"</script><script>alert(1)</script>"}']]);
    const script = pageDataScript(files, '../data/"x');
    expect(script).toMatch(
      /^<script type="application\/json" data-datamed-files data-source="\.\.\/data\/&quot;x">/,
    );
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    const json = script.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(json)).toEqual({ 'substances/x.json': { name: '</script><script>alert(1)</script>' } });
    expect(pageDataScript(new Map())).toBe('');
  });
});

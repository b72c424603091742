/**
 * embed.html pre-rendered on the server (src/ssr/embed-page.ts): every embeddable widget drawn from
 * the demo tree, the page's allow-list applied exactly as in the browser, hostile values kept as text,
 * the page's Content-Security-Policy strict for scripts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmbedPage } from '../../src/ssr/embed-page.js';
import { EMBED_WIDGETS, parseEmbedParams, type EmbedWidget } from '../../src/embed/params.js';
import english from '../../src/i18n/messages/embed.en.js';

const root = resolve(import.meta.dirname, '../..');
const options = { dataDir: resolve(root, 'demo-data'), source: '/demo-data/' };
const template = readFileSync(resolve(root, 'src/embed/embed.html'), 'utf8');

/** The widget of each kind, and what its drawing must show. */
const WIDGETS: Record<EmbedWidget, { query: string; shows: RegExp }> = {
  'ae-profile': { query: 'substance=paracetamol', shows: /<svg[^>]*class="chart-svg/ },
  'key-figure': { query: 'substance=paracetamol', shows: /Cas déclarés/ },
  'med-errors': { query: 'substance=paracetamol', shows: /<svg[^>]*class="chart-svg/ },
  'shortage-timeline': { query: 'substance=amoxicilline', shows: /<svg/ },
  'shortage-overview': { query: 'year=2019', shows: /<svg[^>]*class="chart-svg/ },
};

/** The element's opening tag in the page, its attributes by name. */
function openingTag(page: string, tag: string): Map<string, string> {
  const open = new RegExp(`<${tag}\\b([^>]*)>`).exec(page);
  expect(open, `<${tag}> in the page`).not.toBe(null);
  return new Map([...open![1]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']));
}

/** An attribute's text as a browser reads it. */
const decode = (text: string) =>
  text.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
  );

/** The Content-Security-Policy of the page's meta element, by directive. */
function policy(page: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)![1]!;
  return new Map(
    content.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('embed.html pre-rendered', () => {
  it('covers every embeddable widget', () => {
    expect(Object.keys(WIDGETS).sort()).toEqual(Object.keys(EMBED_WIDGETS).sort());
  });

  for (const [widget, { query, shows }] of Object.entries(WIDGETS)) {
    it(`draws ${widget} from the tree, with its data in the page and no skeleton`, async () => {
      const page = await renderEmbedPage(`?widget=${widget}&${query}`, options);
      const tag = `datamed-${widget}`;
      expect(page).toMatch(
        new RegExp(
          `<main data-datamed-embed><${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">`,
        ),
      );
      expect(page).toMatch(shows);
      expect(page).not.toContain('class="skeleton"');
      expect(page).not.toContain('aria-busy="true"');
      expect(page).toMatch(
        /<script type="application\/json" data-datamed-files data-source="\/demo-data\/">\{"/,
      );
      // The page is the template around the widget: its head, its script.
      expect(page).toContain('<script type="module" src="./embed.ts"></script>');
      expect(page.split('<script').length, 'embed.ts and the data script').toBe(3);

      // Scripts: 'self' only. Styles: each <style> of the page by its hash, nothing else inline.
      const csp = policy(page);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      const styles = [...page.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles.length).toBeGreaterThan(0);
      const hashes = new Set(
        styles.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`),
      );
      expect(new Set(csp.get('style-src'))).toEqual(new Set(["'self'", ...hashes]));
      expect(csp.get('style-src-attr')).toEqual(/\sstyle="/.test(page) ? ["'unsafe-inline'"] : undefined);
    });
  }

  it('applies the allow-list exactly as the page does: same attributes kept, same ones dropped', async () => {
    const search =
      '?widget=key-figure&substance=paracetamol&onclick=alert(1)&lang=de&theme=red&heading-level=9' +
      '&heading=Chiffres&substance=ibuprofene&view=table';
    const request = parseEmbedParams(search)!;
    const attributes = openingTag(await renderEmbedPage(search, options), 'datamed-key-figure');
    for (const [name, value] of request.attributes) expect(decode(attributes.get(name)!), name).toBe(value);
    expect(request.rejected).toEqual(
      expect.arrayContaining(['onclick', 'lang', 'theme', 'heading-level', 'substance', 'view']),
    );
    // A refused value never reaches the element (it may have its own: its language, its view).
    const query = new URLSearchParams(search);
    for (const name of request.rejected)
      for (const refused of query.getAll(name).slice(name === 'substance' ? 1 : 0))
        expect(attributes.get(name), name).not.toBe(refused);
    expect(attributes.get('substance')).toBe('paracetamol'); // the first one, as the page keeps it
    expect(attributes.get('lang')).toBe('fr'); // German refused: the page's language
  });

  it('says which widgets exist when the address names none, in the language asked for', async () => {
    const widgets = Object.keys(EMBED_WIDGETS).join(', ');
    const en = await renderEmbedPage('?widget=%3Cscript%3Ealert(1)%3C/script%3E&lang=en', options);
    expect(en).toContain(
      `<main data-datamed-embed><p class="datamed-embed-error" role="alert">${english.embedUnknownWidget({ widgets })}</p></main>`,
    );
    expect(en).toMatch(/<html lang="en">/);
    expect(en).not.toContain('alert(1)');
    const fr = await renderEmbedPage('?widget=vega-chart', options);
    expect(fr).toContain('Widgets connus : ae-profile, key-figure');
    expect(fr).not.toContain('datamed-files');
  });

  it('keeps hostile values as text', async () => {
    const heading = '<img src=x onerror=alert(1)> $& "q"';
    const page = await renderEmbedPage(
      `?widget=key-figure&substance=paracetamol&heading=${encodeURIComponent(heading)}`,
      options,
    );
    expect(page).not.toMatch(/<img/i);
    expect(decode(openingTag(page, 'datamed-key-figure').get('heading')!)).toBe(heading);
    // The title drawn in the shadow root: text, escaped.
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; $&amp; &quot;q&quot;');
  });

  it('leaves a widget with its own source to the browser (that tree is not on this machine)', async () => {
    const page = await renderEmbedPage(
      '?widget=key-figure&substance=paracetamol&source=https://x.org/d/',
      options,
    );
    expect(page).toBe(template);
  });
});

/**
 * Hostile strings: markup, `javascript:` URLs, a right-to-left override, zero-width characters and
 * a spreadsheet formula put in every text field of valid files (substance names and aliases,
 * category labels, sources, products, laboratories, causes, measures) must come out as inert text
 * everywhere: the widgets (titles, summaries, tooltips, tables, search results), the CSV, SVG and
 * Vega-Lite exports, and the names of the downloaded files.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { HOSTILE_STRINGS } from './arbitraries.js';
import { cleanText } from '../../src/data/text.js';
import {
  StubSource,
  UncaughtWatch,
  allSettled,
  expectNoInjection,
  shadowElements,
  stateOf,
} from './support.js';
import { deepAll, deepText } from '../helpers/widgets.js';
import { Downloads, downloadAll } from '../helpers/downloads.js';

const FORMULA = '=HYPERLINK("javascript:alert(1)")';
const STRINGS = [...HOSTILE_STRINGS, FORMULA, 'A\u202Eevil\u202C <b>x</b> \u200B'];
const TEXT_KEYS = new Set([
  'fr',
  'en',
  'product',
  'substance',
  'laboratory',
  'causeText',
  'measureText',
  'therapeuticClass',
]);

/** Every text of a file (localized texts, aliases, declaration texts) replaced by `text`. */
function withText(value: unknown, text: string, key = ''): unknown {
  // Codes (`scope.substance`…) are checked against a pattern: only free texts are replaced.
  if (typeof value === 'string')
    return TEXT_KEYS.has(key) && !/^[a-z0-9-]+$/.test(value) ? `${text} ${value.slice(0, 12)}` : value;
  if (Array.isArray(value)) return value.map((v) => withText(v, text, key === 'aliases' ? 'fr' : key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, text, k)]));
  return value;
}

/** What an exported file must never hold: live markup, handlers, script URLs. */
async function expectInertFile(file: { name: string; blob: Blob }): Promise<void> {
  expect(file.name, 'file name').to.match(/^[a-z0-9-]+\.(csv|svg|png|vl\.json)$/);
  if (file.name.endsWith('.png')) return;
  const text = await file.blob.text();
  if (file.name.endsWith('.svg')) {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'SVG parses').to.equal(null);
    const live = [...doc.querySelectorAll('*')].filter(
      (el) =>
        ['script', 'foreignObject', 'iframe', 'img', 'image', 'a'].includes(el.localName) ||
        [...el.attributes].some(
          (a) => a.name.startsWith('on') || (/href|src/i.test(a.name) && /^\s*javascript:/i.test(a.value)),
        ),
    );
    expect(
      live.map((el) => el.outerHTML.slice(0, 80)),
      'live SVG content',
    ).to.deep.equal([]);
  } else if (file.name.endsWith('.vl.json')) {
    const spec = JSON.parse(text) as Record<string, unknown>;
    // Text fields stay plain data: no href channel, no custom expression that could run them.
    expect(text).to.not.match(/"href"|"expr"|"signal"/);
    expect(spec.data, 'inline data').to.exist;
  } else {
    // CSV: a formula never starts a cell unescaped.
    for (const line of text.split('\r\n'))
      for (const cell of line.split(/[;,]/))
        expect(cell.replace(/^"/, ''), `CSV cell ${cell}`).to.not.match(/^[=+@]/);
    if (text.includes('HYPERLINK'))
      expect(text, 'defused formula').to.contain(`'${FORMULA.replace(/"/g, '""')}`);
  }
}

describe('hardening: hostile strings in every text field are inert everywhere', function () {
  this.timeout(240_000);
  const stub = new StubSource();
  const downloads = new Downloads();
  const watch = new UncaughtWatch();
  let files: { ae: unknown; index: unknown; shortages: unknown };

  before(async () => {
    const get = async (p: string) => (await fetch(`/demo-data/${p}`)).json();
    files = {
      ae: await get('substances/paracetamol.json'),
      index: await get('index.json'),
      shortages: await get('shortages/amoxicilline.json'),
    };
    stub.install();
    downloads.install();
    watch.start();
  });

  after(() => {
    stub.restore();
    downloads.uninstall();
    watch.stop();
  });

  STRINGS.forEach((hostile, n) => {
    it(`renders and exports ${JSON.stringify(hostile).slice(0, 40)} as text`, async () => {
      const base = `hostile${n}/`;
      stub.serve(`${base}substances/x.json`, JSON.stringify(withText(files.ae, hostile)));
      stub.serve(`${base}index.json`, JSON.stringify(withText(files.index, hostile)));
      stub.serve(`${base}shortages/x.json`, JSON.stringify(withText(files.shortages, hostile)));
      const source = `${StubSource.ORIGIN}${base}`;
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: 720px">
          <datamed-ae-profile source=${source} substance="x"></datamed-ae-profile>
          <datamed-med-errors source=${source} substance="x"></datamed-med-errors>
          <datamed-key-figure source=${source} substance="x"></datamed-key-figure>
          <datamed-vega-chart
            source=${source}
            substance="x"
            dataset="organ-classes"
            .spec=${{
              mark: 'bar',
              encoding: {
                y: { field: 'category', type: 'nominal' },
                x: { field: 'count', type: 'quantitative' },
                tooltip: { field: 'category' },
              },
            }}
          ></datamed-vega-chart>
          <datamed-substance-search source=${source} debounce="0"></datamed-substance-search>
          <datamed-shortage-timeline source=${source} substance="x"></datamed-shortage-timeline>
          <datamed-shortage-overview source=${source} substance="x"></datamed-shortage-overview>
        </div>`,
      );
      const widgets = [...page.children] as HTMLElement[];
      await allSettled(widgets);
      for (const w of widgets) expect(stateOf(w), w.localName).to.deep.equal({ state: 'ready', message: '' });

      // Search results show the hostile names and aliases.
      const search = page.querySelector('datamed-substance-search')!;
      const input = search.shadowRoot!.querySelector('input')!;
      // The names lost their invisible controls: a reader types what is seen.
      input.value = cleanText(hostile).slice(0, 3);
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => search.shadowRoot!.querySelector('[role="option"]'), 'no search result');

      // Tooltips of every chart of the profile (focus on a mark shows one). The charts draw their
      // marks once they know their width (a frame later, longer on a loaded machine): focus again
      // until a tooltip shows.
      const profile = page.querySelector('datamed-ae-profile')!;
      await waitUntil(
        () => {
          for (const chart of deepAll(profile, '.chart-area'))
            chart
              .querySelector('.mark')
              ?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
          return deepAll(page, '[role="tooltip"]').length > 0;
        },
        'no tooltip',
        { timeout: 10_000 },
      );
      // The Vega chart has drawn the hostile labels.
      const vega = page.querySelector('datamed-vega-chart')!;
      await waitUntil(() => vega.shadowRoot!.querySelector('.vega-area svg'), 'vega did not draw', {
        timeout: 15_000,
      });

      const visible = widgets.map((w) => deepText(w)).join(' ');
      // Bidi and zero-width controls are removed when the data are validated (src/data/text.ts).
      expect(visible, 'shown as text').to.contain(cleanText(hostile).trim().slice(0, 12));
      expect(visible, 'no bidi or zero-width control').not.to.match(
        /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/u,
      );
      for (const w of widgets) expectNoInjection(w, w.localName);

      // Tables: every widget in table view.
      for (const w of widgets) w.setAttribute('view', 'table');
      await allSettled(widgets);
      expect(deepAll(page.querySelector('datamed-ae-profile')!, 'table').length).to.be.greaterThan(3);
      for (const w of widgets) expectNoInjection(w, `${w.localName} (table)`);
      for (const w of widgets) w.setAttribute('view', 'chart');
      await allSettled(widgets);

      // Exports: every download of one chart of each kind, the Vega chart and the timeline.
      downloads.files.length = 0;
      const kinds = ['datamed-bar-chart', 'datamed-proportion-chart', 'datamed-trend-chart'];
      for (const kind of kinds) await downloadAll(deepAll(profile, kind)[0]!, downloads);
      await downloadAll(vega, downloads);
      await downloadAll(page.querySelector('datamed-shortage-timeline')!, downloads);
      expect(downloads.files.length).to.equal(3 * 4 + 2 + 1);
      for (const file of downloads.files) await expectInertFile(file);

      expect(widgets.flatMap((w) => shadowElements(w)).length, 'elements checked').to.be.greaterThan(100);
      watch.expectNone(hostile);
    });
  });
});

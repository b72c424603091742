import { expect } from '@open-wc/testing';
import { staticHtml } from './static-html.js';
import '../components/ae-profile/ae-profile.js';
import '../components/key-figure/key-figure.js';
import '../components/shortage-timeline/shortage-timeline.js';
import '../components/bar-chart/bar-chart.js';
import { organClasses } from '../../test/helpers/chart-data.js';
import { drawn, settled } from '../../test/helpers/widgets.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A widget in a 760 px box, loaded and drawn. */
async function mount(tag: string, attributes: Record<string, string>, data?: unknown): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.style.width = '760px';
  document.body.append(box);
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  box.append(el);
  await settled(el, 10_000);
  await drawn(el, 10_000);
  return el;
}

/** The snippet parsed as a page would parse it (DOMParser runs nothing). */
const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');

/** What every snippet must be: no script, no handler, no style attribute, no custom element, one <style>. */
function expectStatic(snippet: string): Document {
  expect(snippet).not.to.match(/<script/i);
  expect(snippet.match(/<style/g)?.length, 'one <style>').to.equal(1);
  const doc = parse(snippet);
  const elements = [...doc.body.querySelectorAll('*')];
  expect(doc.querySelectorAll('style').length).to.equal(1);
  for (const el of elements) {
    const names = [...el.attributes].map((a) => a.name);
    expect(
      names.filter((n) => /^on/i.test(n)),
      `<${el.localName}> handlers`,
    ).to.deep.equal([]);
    expect(names, `<${el.localName}> style attribute`).not.to.include('style');
    expect(el.localName, 'custom element left').not.to.contain('-');
  }
  expect(doc.querySelectorAll('button, input, select, script, iframe').length, 'controls').to.equal(0);
  const ids = elements.map((el) => el.id).filter(Boolean);
  expect(new Set(ids).size, 'ids unique').to.equal(ids.length);
  for (const el of doc.querySelectorAll('[aria-labelledby], [aria-describedby]'))
    for (const id of `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`
      .split(/\s+/)
      .filter(Boolean))
      expect(doc.getElementById(id), `reference ${id}`).not.to.equal(null);
  return doc;
}

/** The snippet in a fresh div of the test page (as a CMS would put it): the live nodes. */
function place(snippet: string): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '760px';
  box.innerHTML = snippet;
  document.body.append(box);
  return box;
}

const boxOf = (el: Element) => el.getBoundingClientRect();
const visible = (el: Element) => boxOf(el).width > 0 && boxOf(el).height > 0;

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
  document.getElementById('page-rules')?.remove();
});

describe('static HTML export', () => {
  it('exports a profile: its charts as SVG, each with its table, texts of the widget', async () => {
    const el = await mount('datamed-ae-profile', { substance: 'paracetamol', lang: 'fr' });
    const snippet = await staticHtml(el, { prefix: 'dmx-test' });
    const doc = expectStatic(snippet);
    const root = doc.getElementById('dmx-test')!;
    expect(root.querySelectorAll('svg').length).to.be.greaterThan(3);
    const details = root.querySelectorAll('details.server-table');
    expect(details.length, 'one table per chart').to.equal(
      el.shadowRoot!.querySelectorAll('datamed-bar-chart, datamed-proportion-chart, datamed-trend-chart')
        .length,
    );
    expect(details[0]!.querySelector('summary')!.textContent).to.equal('Voir les données en tableau');
    expect(details[0]!.querySelector('table caption')).not.to.equal(null);
    expect(root.textContent).to.contain('Paracétamol');
    // The live widget is back to its charts, with no table view left on.
    expect(el.shadowRoot!.querySelector('datamed-bar-chart')!.getAttribute('view')).to.equal('chart');

    // In a page: the bars and the rows of the marks are drawn, the page's rules do not reach it.
    const rules = document.createElement('style');
    rules.id = 'page-rules';
    rules.textContent = 'p { display: none; } .frame { border: 9px solid red; } table { display: none; }';
    document.head.append(rules);
    const box = place(snippet);
    const bars = [...box.querySelectorAll('svg path.bar')];
    expect(bars.length).to.be.greaterThan(0);
    for (const bar of bars) expect(visible(bar), 'bar drawn').to.equal(true);
    const marks = [...box.querySelectorAll('.chart-rows .mark')];
    expect(marks.length).to.be.greaterThan(3);
    expect(marks.every(visible), 'marks placed').to.equal(true);
    // Rows one under the other (their tops came from style attributes, now classes).
    expect(boxOf(marks[1]!).top).to.be.greaterThan(boxOf(marks[0]!).top);
    const frame = box.querySelector('.frame')!;
    expect(getComputedStyle(frame).borderTopWidth).to.equal('1px');
    expect(visible(box.querySelector('p.summary')!), 'page rule p {display:none} kept out').to.equal(true);
    const summary = box.querySelector('details.server-table > summary')!;
    (summary as HTMLElement).click();
    expect(visible(box.querySelector('details.server-table table')!)).to.equal(true);
    await expect(box).to.be.accessible();
    // …nor does the snippet reach the page.
    const outside = document.createElement('div');
    outside.className = 'frame';
    document.body.append(outside);
    expect(getComputedStyle(outside).borderTopWidth).to.equal('9px');
  });

  it('exports a shortage timeline with its table, and a key figure', async () => {
    const timeline = await mount('datamed-shortage-timeline', { substance: 'amoxicilline', lang: 'en' });
    const doc = expectStatic(await staticHtml(timeline));
    expect(doc.querySelector('svg')).not.to.equal(null);
    const details = doc.querySelector('details.server-table')!;
    expect(details.querySelector('summary')!.textContent).to.equal('See the data as a table');
    expect(details.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    const box = place(doc.body.innerHTML);
    const bars = [...box.querySelectorAll('svg rect')].filter((r) => !r.closest('defs, pattern'));
    expect(bars.length).to.be.greaterThan(0);
    expect(bars.some(visible), 'timeline bars drawn').to.equal(true);
    await expect(box).to.be.accessible();

    const figure = await mount('datamed-key-figure', { substance: 'paracetamol' });
    const figures = expectStatic(await staticHtml(figure));
    expect(figures.querySelectorAll('.figure').length).to.be.greaterThan(1);
    const placed = place(figures.body.innerHTML);
    expect([...placed.querySelectorAll('.figure')].every(visible)).to.equal(true);
  });

  it('shows the first rows of a timeline that draws only the rows in view, and all of them in its table', async () => {
    const timeline = await mount('datamed-shortage-timeline', {});
    const viewport = timeline.shadowRoot!.querySelector('.viewport')!;
    expect(viewport.scrollHeight, 'more rows than the viewport shows').to.be.greaterThan(
      viewport.clientHeight * 2,
    );
    viewport.scrollTop = viewport.scrollHeight;
    viewport.dispatchEvent(new Event('scroll'));
    const box = place(await staticHtml(timeline));
    const copy = box.querySelector<HTMLElement>('.viewport')!;
    expect(getComputedStyle(copy).overflowY).to.equal('hidden');
    const top = boxOf(copy).top;
    const shown = [...copy.querySelectorAll('svg.rows-svg rect')].filter(
      (r) => visible(r) && boxOf(r).top < top + copy.clientHeight,
    );
    expect(shown.length, 'bars in the first rows').to.be.greaterThan(3);
    // Every declaration, not only the first page of the table view; headings and products as text.
    const table = box.querySelector('details.server-table table')!;
    const count = Number(/\d+/.exec(table.querySelector('caption')!.textContent!.replace(/\s/g, ''))![0]);
    expect(count).to.be.greaterThan(25);
    expect(table.querySelectorAll('tbody tr').length).to.equal(count);
    expect(table.querySelector('thead th')!.textContent!.trim()).not.to.equal('');
    const products = new Set([...table.querySelectorAll('tbody th')].map((c) => c.textContent!.trim()));
    expect(products.size).to.be.greaterThan(10);
    expect(products.has('')).to.equal(false);
    // The live widget is back on its chart, its table on the page the reader had.
    expect(timeline.getAttribute('view')).to.equal('chart');
  });

  it('keeps a hostile label from .data as text', async () => {
    const data = organClasses();
    data.categories[0] = { ...data.categories[0]!, label: HOSTILE };
    const chart = await mount('datamed-bar-chart', {}, { ...data, heading: HOSTILE });
    const snippet = await staticHtml(chart);
    const doc = expectStatic(snippet);
    expect(doc.querySelectorAll('img').length).to.equal(0);
    expect(doc.body.textContent).to.contain(HOSTILE);
    expect(
      [...doc.querySelectorAll('[aria-label]')].some((el) =>
        el.getAttribute('aria-label')!.includes(HOSTILE),
      ),
    ).to.equal(true);
  });

  it('gives each snippet its own ids and classes', async () => {
    const chart = await mount('datamed-bar-chart', {}, organClasses());
    const [a, b] = [await staticHtml(chart), await staticHtml(chart)];
    const idsOf = (s: string) => [...parse(s).querySelectorAll('[id]')].map((e) => e.id);
    const shared = idsOf(a).filter((id) => idsOf(b).includes(id));
    expect(shared).to.deep.equal([]);
  });
});

/**
 * The overview's year selector and its share of declarations with a measure, as DataMed's
 * shortage page has them: a native select (« Toutes les années » and each report year, latest
 * first), that year's figures in every chart and in the summary, the keyboard, both languages, axe.
 * The expected figures are counted here again from the demo file.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './shortage-overview.js';
import type { DatamedShortageOverview } from './shortage-overview.component.js';
import type { DatamedChartElement } from '../base/chart-element.js';
import type { ShortagesFile } from '../../data/contract.js';
import { q, qa, settled, textOf } from '../../../test/helpers/widgets.js';

let demo: ShortagesFile;
before(async () => {
  demo = (await (await fetch('/demo-data/shortages/all.json')).json()) as ShortagesFile;
});

async function overview(attributes: string): Promise<DatamedShortageOverview> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  wrapper.innerHTML = `<datamed-shortage-overview ${attributes}></datamed-shortage-overview>`;
  const el = wrapper.querySelector<DatamedShortageOverview>('datamed-shortage-overview')!;
  await settled(el);
  await drawnCharts(el);
  return el;
}

async function drawnCharts(el: DatamedShortageOverview): Promise<DatamedChartElement[]> {
  await el.updateComplete;
  const charts = qa<DatamedChartElement>(el, '.charts > *');
  for (const chart of charts) {
    await chart.updateComplete;
    await waitUntil(() => q(chart, 'svg.chart-svg'), `${chart.tagName} was not drawn`);
  }
  return charts;
}

const ofYear = (year: number | undefined) =>
  demo.declarations.filter((d) => year === undefined || d.reported.startsWith(String(year)));
const withMeasure = (year: number | undefined) =>
  ofYear(year).filter((d) => (d.measures ?? []).some((m) => m !== 'none')).length;
const percent = (lang: string, n: number, total: number) =>
  plain(
    new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: n / total < 0.1 ? 1 : 0 }).format(
      n / total,
    ),
  );
const select = (el: HTMLElement) => q<HTMLSelectElement>(el, '.year select')!;
/** Text with every kind of space as one plain space (Intl writes narrow no-break spaces). */
const plain = (text: string) => text.replace(/\s/gu, ' ');
const summary = (el: HTMLElement) => plain(textOf(el, '.summary'));
const firstTitle = (el: DatamedShortageOverview) =>
  textOf(qa<DatamedChartElement>(el, '.charts > *')[0]!, '.title');

describe('<datamed-shortage-overview>: the year selector', () => {
  it('offers every report year, latest first, and says the share of declarations with a measure', async () => {
    const el = await overview('');
    const years = [...new Set(demo.declarations.map((d) => Number(d.reported.slice(0, 4))))].sort(
      (a, b) => b - a,
    );
    expect(textOf(el, '.year label')).to.equal('Année');
    expect([...select(el).options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Toutes les années',
      ...years.map(String),
    ]);
    expect(select(el).value).to.equal('');
    // The label names the select.
    expect(q(el, '.year label')!.getAttribute('for')).to.equal(select(el).id);
    const share = percent('fr', withMeasure(undefined), demo.declarations.length);
    expect(summary(el)).to.contain(`${share} des déclarations ont fait l’objet d’au moins une mesure.`);
    expect(withMeasure(undefined)).to.be.greaterThan(0).and.lessThan(demo.declarations.length);
  });

  it('shows one year’s figures in every chart and in the summary, chosen from the keyboard', async () => {
    const el = await overview('');
    const latest = Number(select(el).options[1]!.value);
    select(el).focus();
    const changed = oneEvent(el, 'datamed-year-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail).to.deep.equal({ year: latest });
    const charts = await drawnCharts(el);
    expect(el.getAttribute('year')).to.equal(String(latest));
    const declarations = ofYear(latest);
    const products = new Set(declarations.map((d) => d.product)).size;
    expect(summary(el)).to.match(
      new RegExp(`^${declarations.length} déclarations? pour ${products} produits?, en ${latest}\\.`, 'u'),
    );
    const share = percent('fr', withMeasure(latest), declarations.length);
    expect(summary(el)).to.contain(`${share} des déclarations ont fait l’objet d’au moins une mesure.`);
    expect(charts.map((c) => c.tagName.toLowerCase())).to.deep.equal([
      'datamed-bar-chart',
      'datamed-proportion-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
    ]);
    expect(charts.map((c) => textOf(c, '.title'))).to.deep.equal(
      [
        'Déclarations par classification',
        'Déclarations clôturées et en cours',
        'Classes ATC',
        'Causes',
        'Mesures de gestion',
      ].map((h) => `${h} (${latest})`),
    );
    // That year's declarations, by classification: each counted once.
    const byClass = charts[0]!.data!;
    expect(byClass.categories.reduce((n, c) => n + c.values[0]!.count!, 0)).to.equal(declarations.length);
    for (const c of byClass.categories)
      expect(c.values[0]!.count, c.key).to.equal(
        declarations.filter((d) => d.classification === c.key).length,
      );
    // The table alternative carries the same year.
    qa<HTMLButtonElement>(charts[3]!, '.segmented button')[1]!.click();
    await charts[3]!.updateComplete;
    const causes = qa(charts[3]!, 'tbody tr').length;
    expect(causes).to.equal(new Set(declarations.map((d) => d.cause ?? 'unspecified')).size);
    await expect(el).to.be.accessible();
    // Back to every year.
    select(el).value = '';
    select(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    // (The causes chart keeps the table view the reader chose: only the first chart is checked.)
    expect(qa(el, '.charts > *')[0]!.tagName.toLowerCase()).to.equal('datamed-trend-chart');
    expect(el.hasAttribute('year')).to.be.false;
  });

  it('takes a `year` attribute; a year without declarations shows every year', async () => {
    const year = Number(demo.declarations[0]!.reported.slice(0, 4));
    const el = await overview(`year="${year}"`);
    expect(select(el).value).to.equal(String(year));
    expect(firstTitle(el)).to.equal(`Déclarations par classification (${year})`);
    const none = await overview('year="1990"');
    expect(select(none).value).to.equal('');
    expect(q(none, '.charts > datamed-trend-chart')).to.exist;
  });

  it('speaks English', async () => {
    const year = Number(demo.declarations[0]!.reported.slice(0, 4));
    const el = await overview(`lang="en" year="${year}"`);
    expect(textOf(el, '.year label')).to.equal('Year');
    expect(select(el).options[0]!.textContent!.trim()).to.equal('All years');
    const share = percent('en', withMeasure(year), ofYear(year).length);
    expect(summary(el)).to.contain(`${share} of the declarations were the subject of at least one measure.`);
    expect(firstTitle(el)).to.equal(`Declarations by classification (${year})`);
    await expect(el).to.be.accessible();
  });
});

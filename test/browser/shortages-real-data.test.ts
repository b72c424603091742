/**
 * The shortage widgets on the real ANSM export (6,383 rows): what they count must equal an
 * independent count of the CSV (a regular expression, not the project's parser), per report year,
 * per classification and per state; and the timeline must stay usable with every declaration.
 * Skipped, with a message, when ../shared/data is absent.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/shortage-timeline/shortage-timeline.js';
import '../../src/components/shortage-overview/shortage-overview.js';
import type { ShortagesFile } from '../../src/data/contract.js';
import type { DatamedChartElement } from '../../src/components/base/chart-element.js';
import { independentCounts, type IndependentCounts } from '../helpers/independent-csv.js';
import { realShortagesFile, REAL_SHORTAGES_CSV } from '../helpers/real-shortages.js';
import { sharedText, skipWithout } from '../helpers/shared-data.js';
import { q, qa, settled, textOf } from '../helpers/widgets.js';
import { formatNumber } from '../../src/i18n/format.js';

let file: ShortagesFile | undefined;
let independent: IndependentCounts | undefined;

async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(tag: string): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.style.width = '1000px';
  document.body.append(wrapper);
  const el = document.createElement(tag) as T & { data?: ShortagesFile };
  el.data = file;
  wrapper.append(el);
  await settled(el);
  return el;
}

const n = (value: number) => formatNumber('fr', value).replace(/\s/g, ' ');

describe('shortage widgets on the real ANSM export (../shared/data)', function () {
  before(async () => {
    const text = await sharedText(REAL_SHORTAGES_CSV);
    if (text === undefined) return;
    file = realShortagesFile(text);
    independent = independentCounts(text);
  });

  it('timeline: every declaration, and filter counts equal to an independent count of the CSV', async function () {
    skipWithout(this, file, REAL_SHORTAGES_CSV);
    const started = performance.now();
    const el = await mount<HTMLElement & { updateComplete: Promise<unknown>; period?: { start: string } }>(
      'datamed-shortage-timeline',
    );
    await waitUntil(() => q(el, '.bar-mark'), 'no bar drawn');
    const elapsed = performance.now() - started;
    const total = [...independent!.byClassification.values()].reduce((a, b) => a + b, 0);
    expect(total).to.equal(file!.declarations.length);
    expect(textOf(el, '.summary')).to.contain(`${n(total)} déclarations pour`);
    // "Today" is the data's end, not the reader's day.
    expect(textOf(el, '.time-axis')).to.contain('Données au 30 nov. 2020');
    expect(textOf(el, '.summary')).to.contain(
      `${n(independent!.byState.get('open')!)} en cours au 30 novembre 2020.`,
    );
    // Classification and state filters, with their counts.
    const chips = qa(el, '.chip').map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    const labels = {
      rupture: 'Rupture de stock',
      risk: 'Risque de rupture',
      discontinuation: 'Arrêt de commercialisation',
      other: 'Autre',
    };
    for (const [key, count] of independent!.byClassification)
      expect(chips).to.include(`${labels[key as keyof typeof labels]} (${n(count)})`);
    expect(chips).to.include(`En cours (${n(independent!.byState.get('open')!)})`);
    expect(chips).to.include(`Clôturé (${n(independent!.byState.get('closed')!)})`);
    // Thousands of products, a few dozen rows in the document.
    expect(qa(el, '.row').length).to.be.below(60);
    expect(q(el, '.bar-mark')!.getAttribute('aria-setsize')).to.equal(String(total));
    // Still usable: End goes to the last declaration, + zooms, a filter answers.
    q<SVGGElement>(el, '.bar-mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('aria-posinset') === String(total));
    q<HTMLInputElement>(el, '.chip input')!.click();
    await el.updateComplete;
    expect(textOf(el, '.summary')).to.contain(
      `Filtres appliqués : ${n(total - independent!.byClassification.get('rupture')!)} affichées sur ${n(total)} déclarations.`,
    );
    await expect(el).to.be.accessible();
    console.log(
      `real shortages: timeline of ${total} declarations drawn in ${elapsed.toFixed(0)} ms (with loading)`,
    );
  });

  it('overview: declarations per year and classification equal to an independent count of the CSV', async function () {
    skipWithout(this, file, REAL_SHORTAGES_CSV);
    const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('datamed-shortage-overview');
    const years = q<DatamedChartElement>(el, 'datamed-trend-chart')!;
    await years.updateComplete;
    const data = years.data!;
    const series = data.series.map((s) => s.key);
    // The data's period is 2014-2020; the few declarations reported earlier are counted apart.
    expect(data.categories.map((c) => c.key)).to.deep.equal([
      'before',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    for (const category of data.categories) {
      series.forEach((classification, i) => {
        let expected = 0;
        for (const [key, count] of independent!.byYearAndClassification) {
          const [year, c] = key.split('|');
          const inCategory = category.key === 'before' ? year! < '2014' : year === category.key;
          if (inCategory && c === classification) expected += count;
        }
        expect(category.values[i]!.count, `${category.key} ${classification}`).to.equal(expected);
      });
    }
    expect(data.series.map((s) => [s.key, s.total])).to.deep.equal(
      series.map((key) => [key, independent!.byClassification.get(key)]),
    );
    expect(data.notes![0]).to.match(/^3\sdéclarations datées hors de la période/u);
    // The table view says the same numbers.
    qa<HTMLButtonElement>(years, '.segmented button')[1]!.click();
    await years.updateComplete;
    const row2019 = qa(years, 'tbody tr').find(
      (tr) => tr.querySelector('th')!.textContent!.trim() === '2019',
    )!;
    expect(row2019.querySelector('td:last-child')!.textContent!.trim().replace(/\s/g, ' ')).to.equal(
      n(independent!.byYear.get('2019')!),
    );
    const closed = qa<DatamedChartElement>(el, 'datamed-proportion-chart')[0]!;
    expect(closed.data!.categories[0]!.values[0]!.count).to.equal(independent!.byState.get('closed'));
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './shortage-overview.js';
import type { DatamedShortageOverview } from './shortage-overview.component.js';
import type { DatamedChartElement } from '../base/chart-element.js';
import { q, qa, settled, textOf } from '../../../test/helpers/widgets.js';

async function overview(attributes: string): Promise<DatamedShortageOverview> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  wrapper.innerHTML = `<datamed-shortage-overview ${attributes}></datamed-shortage-overview>`;
  const el = wrapper.querySelector<DatamedShortageOverview>('datamed-shortage-overview')!;
  await settled(el);
  const charts = qa<DatamedChartElement>(el, '.charts > *');
  for (const chart of charts) {
    await chart.updateComplete;
    await waitUntil(() => q(chart, 'svg.chart-svg'), `${chart.tagName} was not drawn`);
  }
  return el;
}

describe('<datamed-shortage-overview>', () => {
  it('shows the figures of every medicine: per year, closed share, ATC classes, causes, measures', async () => {
    const el = await overview('');
    expect(textOf(el, '.title')).to.equal('Ruptures de stock en chiffres');
    expect(textOf(el, '.summary')).to.match(/^118\sdéclarations pour 30\sproduits, de 2014 à 2026\./u);
    const charts = qa<DatamedChartElement>(el, '.charts > *');
    expect(charts.map((c) => c.tagName.toLowerCase())).to.deep.equal([
      'datamed-trend-chart',
      'datamed-proportion-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
    ]);
    expect(charts.map((c) => textOf(c, '.title'))).to.deep.equal([
      'Déclarations par année et par classification',
      'Déclarations clôturées et en cours',
      'Classes ATC',
      'Causes',
      'Mesures de gestion',
    ]);
    // Embedded: one frame, one source line, one badge, headings one level below.
    expect(charts.every((c) => c.embedded && !q(c, '.footer') && !q(c, '.badge'))).to.be.true;
    expect(q(charts[0]!, '.title')!.getAttribute('aria-level')).to.equal('3');
    expect(qa(el, '.badge')).to.have.length(1);
    // Every declaration is counted once per year, and once in the closed share.
    const years = charts[0]!.data!;
    expect(years.categories.reduce((sum, c) => sum + c.values.reduce((s, v) => s + v.count!, 0), 0)).to.equal(
      118,
    );
    expect(textOf(charts[1]!, '.summary')).to.match(/«\sClôturé\s» avec 108\sdéclarations/u);
    await expect(el).to.be.accessible();
  });

  it('gives every chart the common frame: summary, keyboard, tooltip, table', async () => {
    const el = await overview('substance="paracetamol"');
    expect(textOf(el, '.title')).to.equal('Ruptures de stock en chiffres : Paracétamol');
    const causes = qa<DatamedChartElement>(el, 'datamed-bar-chart')[1]!;
    expect(textOf(causes, '.summary')).to.contain('14 déclarations au total');
    qa<SVGGElement>(causes, '.mark')[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await causes.updateComplete;
    expect(causes.shadowRoot!.activeElement!.getAttribute('data-index')).to.equal('1');
    expect(q(causes, '.tooltip')).to.exist;
    qa<HTMLButtonElement>(causes, '.segmented button')[1]!.click();
    await causes.updateComplete;
    expect(qa(causes, 'tbody tr').length).to.equal(causes.data!.categories.length);
    await expect(el).to.be.accessible();
  });

  it('passes its theme to its charts', async () => {
    const el = await overview('atc="J" theme="dark"');
    expect(textOf(el, '.title')).to.equal(
      'Ruptures de stock en chiffres : classe ATC J (Anti-infectieux généraux à usage systémique)',
    );
    expect(qa(el, '.charts > *').every((c) => c.getAttribute('theme') === 'dark')).to.be.true;
  });

  it('says it is good news when no shortage was declared, and shows errors', async () => {
    const none = await fixture<DatamedShortageOverview>(
      html`<datamed-shortage-overview substance="metformine"></datamed-shortage-overview>`,
    );
    await settled(none);
    expect(textOf(none, '.state--good')).to.contain('C’est une bonne nouvelle.');
    await expect(none).to.be.accessible();
    const failing = await fixture<DatamedShortageOverview>(
      html`<datamed-shortage-overview source="/__fault__/status/503/"></datamed-shortage-overview>`,
    );
    await settled(failing);
    expect(textOf(failing)).to.contain('Le serveur de données est temporairement indisponible.');
  });
});

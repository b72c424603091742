import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './proportion-chart.js';
import type { DatamedProportionChart } from './proportion-chart.component.js';
import { sexes } from '../../../test/helpers/chart-data.js';
import { mountChart, q, qa, textOf } from '../../../test/helpers/widgets.js';

const chart = (width = 640, data = sexes()) =>
  mountChart<DatamedProportionChart>('datamed-proportion-chart', width, data);

describe('<datamed-proportion-chart>', () => {
  it('draws one 100 % bar per series, parts written out, hidden cells pooled in one hatched segment', async () => {
    const el = await chart();
    const text = textOf(el, '.chart-area');
    expect(text).to.match(/Cas déclarés/);
    expect(text).to.match(/Femmes 317 \(34\s%\)/u);
    expect(text).to.match(/Valeurs masquées/);
    // 942 − 317 − 620 = 5 would reveal the hidden cell: the data above are not protected, the chart
    // still draws only what it is given: one hidden segment for the series with a hidden cell.
    expect(qa(el, 'rect.segment.hidden')).to.have.length(1);
    expect(qa(el, '.mark')).to.have.length(3);
    expect(qa(el, '.legend li')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('segments are sized to their share of the total', async () => {
    const el = await chart(500);
    const width = Number(q(el, 'svg.chart-svg')!.getAttribute('width'));
    const female = qa<SVGRectElement>(el, '.mark[data-index="0"] rect.segment')[0]!;
    expect(Number(female.getAttribute('width'))).to.be.closeTo((317 / 942) * width, 0.5);
  });

  it('navigates categories with the keyboard, naming every series', async () => {
    const el = await chart();
    qa<SVGGElement>(el, '.mark')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('aria-label')).to.match(
      /^Hommes\s: Cas déclarés\s: 620\scas \(65,8\s%\)\s; Patients traités\s: 104\s107\spatients \(68,3\s%\)$/u,
    );
    expect(textOf(el, '.tooltip')).to.contain('Patients traités');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px', async () => {
    const el = await chart(288);
    const frame = q(el, '.frame')!.getBoundingClientRect();
    for (const t of qa<SVGTextElement>(el, 'text'))
      expect(t.getBoundingClientRect().right).to.be.at.most(frame.right + 0.5);
    await expect(el).to.be.accessible();
  });
});

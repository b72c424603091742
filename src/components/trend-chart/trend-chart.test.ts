import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './trend-chart.js';
import type { DatamedTrendChart } from './trend-chart.component.js';
import { years } from '../../../test/helpers/chart-data.js';
import { mountChart, qa, textOf } from '../../../test/helpers/widgets.js';

const chart = (width = 640, data = years()) =>
  mountChart<DatamedTrendChart>('datamed-trend-chart', width, data);

describe('<datamed-trend-chart>', () => {
  it('draws a column per year with its value on top and a summary of the trend', async () => {
    const el = await chart();
    expect(qa(el, 'rect.column')).to.have.length(5);
    expect(qa(el, 'text.value').map((t) => t.textContent)).to.deep.equal(['171', '187', '200', '190', '194']);
    expect(textOf(el, '.summary')).to.match(
      /De 171\scas en 2014 à 194\scas en 2018\. Le maximum est atteint en 2016 avec 200\scas\./u,
    );
    await expect(el).to.be.accessible();
  });

  it('keeps every value reachable when they do not all fit', async () => {
    const many = years({
      categories: Array.from({ length: 24 }, (_, i) => ({
        key: String(2000 + i),
        label: String(2000 + i),
        values: [{ count: i === 5 ? null : 1000 + i * 37 }],
      })),
    });
    const el = await chart(300, many);
    expect(qa(el, 'text.value').length).to.be.within(2, 4);
    qa<SVGGElement>(el, '.mark')[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^2023\s: 1\s851\scas$/u);
    expect(qa(el, 'rect.column.hidden')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './trend-chart.js';
import type { DatamedTrendChart } from './trend-chart.component.js';
import { stackedYears, years } from '../../../test/helpers/chart-data.js';
import { mountChart, q, qa, textOf } from '../../../test/helpers/widgets.js';

const chart = (width = 640, data = years()) =>
  mountChart<DatamedTrendChart>('datamed-trend-chart', width, data);

describe('<datamed-trend-chart>', () => {
  it('writes the top value below the top grid line, apart from its axis label', async () => {
    // 200 is a round top: without room above it, the highest column reaches the top line.
    for (const width of [640, 320]) {
      const el = await chart(width);
      const grid = qa(el, '.grid line').map((l) => l.getBoundingClientRect());
      const topLine = Math.min(...grid.map((l) => l.top));
      const tickTexts = qa(el, '.grid text').map((t) => t.getBoundingClientRect());
      for (const value of qa(el, 'text.value')) {
        const box = value.getBoundingClientRect();
        expect(box.top, `${width} px, « ${value.textContent} » below the top line`).to.be.greaterThan(
          topLine + 1,
        );
        for (const t of tickTexts) {
          const overlap =
            box.left < t.right && t.left < box.right && box.top < t.bottom && t.top < box.bottom;
          expect(overlap, `${width} px, « ${value.textContent} » beside an axis label`).to.be.false;
        }
      }
      el.parentElement!.remove();
    }
  });

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

  it('stacks the parts of a whole in one column per year, total on top, each part patterned', async () => {
    const el = await chart(640, stackedYears());
    // 2018 has no discontinuation: 8 parts drawn, not 9.
    expect(qa(el, 'svg.chart-svg rect.column')).to.have.length(8);
    expect(qa(el, 'text.value').map((t) => t.textContent)).to.deep.equal(['150', '215', '312']);
    const parts = qa<SVGRectElement>(el, '.mark[data-index="2"] rect.column');
    const prefix = q(el, 'svg.chart-svg pattern[id$="-cat-1"]')!.id.replace(/-cat-1$/, '');
    expect(parts.map((p) => p.getAttribute('fill'))).to.deep.equal([
      null,
      `url(#${prefix}-cat-1)`,
      `url(#${prefix}-cat-2)`,
    ]);
    expect(parts[0]!.classList.contains('cat-0')).to.be.true;
    // Heights add up to the total, on the same scale as the tallest column.
    const heights = parts.map((p) => Number(p.getAttribute('height')));
    const first = qa<SVGRectElement>(el, '.mark[data-index="0"] rect.column').map((p) =>
      Number(p.getAttribute('height')),
    );
    expect(heights[0]! / first[0]!).to.be.closeTo(210 / 120, 0.05);
    // Stacked top to bottom: each part sits on the one before.
    const ys = parts.map((p) => Number(p.getAttribute('y')));
    expect(ys[1]! + heights[1]!).to.be.closeTo(ys[0]!, 0.01);
    expect(qa(el, '.legend li')).to.have.length(3);
    expect(qa(el, '.legend .swatch rect')[1]!.getAttribute('fill')).to.match(/-legend-cat-1\)$/);
    expect(qa(el, '.mark')[2]!.getAttribute('aria-label')).to.match(
      /^2020\s: Total\s: 312\sdéclarations\s; Rupture de stock\s: 210\sdéclarations/u,
    );
    expect(textOf(el, '.summary')).to.match(
      /^677\sdéclarations au total\. Dont Rupture de stock\s: 480\sdéclarations\s; Risque de rupture\s: 180\sdéclarations\s; Arrêt de commercialisation\s: 17\sdéclarations\. De 150\sdéclarations en 2018 à 312\sdéclarations en 2020\./u,
    );
    await expect(el).to.be.accessible();
  });

  it('gives stacked data a table with a total column', async () => {
    const el = await chart(640, stackedYears());
    qa<HTMLButtonElement>(el, '.segmented button')[1]!.click();
    await el.updateComplete;
    const headers = qa(el, 'th[scope="col"]').map((th) => th.textContent!.trim());
    expect(headers.at(-1)).to.equal('Total');
    expect(qa(el, 'tbody tr')[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2018 120 30 0 150');
    await expect(el).to.be.accessible();
  });
});

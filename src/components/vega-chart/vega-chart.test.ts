import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './vega-chart.js';
import type { DatamedVegaChart } from './vega-chart.component.js';
import { datasetOf, datasetRows } from '../../adverse-effects/datasets.js';
import { protectAdverseEffects } from '../../data/privacy.js';
import { aeFile } from '../../../test/helpers/fixtures.js';
import { q, qa, settled, textOf } from '../../../test/helpers/widgets.js';
import { announcedTexts, axTree } from '../../../test/helpers/ax-tree.js';

const BAR = {
  mark: 'bar',
  encoding: {
    y: { field: 'category', type: 'nominal', sort: { field: 'order' } },
    x: { field: 'count', type: 'quantitative' },
  },
};

async function drawnVega(el: DatamedVegaChart) {
  await settled(el);
  await waitUntil(() => q(el, '.vega-area svg') || q(el, '.state--error'), 'vega did not draw', {
    timeout: 15_000,
  });
}

describe('<datamed-vega-chart>', () => {
  it('draws a partner’s Vega-Lite spec over a DataMed dataset, with summary and table', async () => {
    const el = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="age"></datamed-vega-chart>`,
    );
    el.spec = BAR;
    await drawnVega(el);
    expect(qa(el, '.vega-area svg path, .vega-area svg rect').length).to.be.greaterThan(3);
    expect(textOf(el, '.summary')).to.contain('20-59 ans');
    expect(q(el, '.vega-area')!.getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();
    qa<HTMLButtonElement>(el, '.segmented button')[1]!.click();
    await el.updateComplete;
    expect(q(el, 'table')).to.exist;
  });

  it('reads its summary once: as text, not again as the drawing’s name', async () => {
    const el = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="age"></datamed-vega-chart>`,
    );
    el.spec = BAR;
    await drawnVega(el);
    // Its numbers are text pieces of their own (src/charts/spoken.ts): compared without spaces.
    const squash = (t: string) => t.replace(/\s+/g, '');
    const summary = squash(textOf(el, '.summary'));
    const all = squash(announcedTexts(await axTree()).join(''));
    expect(all.split(summary).length - 1, summary).to.equal(1);
    expect(q(el, '.vega-area')!.getAttribute('aria-label')).to.equal('Graphique');
  });

  it('reads the spec from a JSON script child', async () => {
    const el = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="sex">
        <script type="application/json">
          {
            "mark": "arc",
            "encoding": {
              "theta": { "field": "count", "type": "quantitative" },
              "color": { "field": "category" }
            }
          }
        </script>
      </datamed-vega-chart>`,
    );
    await drawnVega(el);
    expect(q(el, '.vega-area svg')).to.exist;
  });

  it('says what is wrong: unknown dataset, no spec, a spec that cannot be drawn', async () => {
    const unknown = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="nope"></datamed-vega-chart>`,
    );
    unknown.spec = BAR;
    await settled(unknown);
    expect(textOf(unknown)).to.contain('Jeu de données inconnu');
    const none = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="age"></datamed-vega-chart>`,
    );
    await settled(none);
    expect(textOf(none)).to.contain('Aucune spécification Vega-Lite');
    const bad = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="age"></datamed-vega-chart>`,
    );
    bad.spec = { mark: 'not-a-mark', encoding: { x: { field: 'count', type: 'wrong' } } };
    await drawnVega(bad);
    expect(textOf(bad)).to.contain('ne peut pas être dessinée');
    await expect(bad).to.be.accessible();
  });

  it('writes numbers and dates the page’s way: « 2 000 » and « janv. » in French, « 2,000 » in English', async () => {
    const spec = {
      layer: [
        {
          mark: 'bar',
          encoding: {
            y: { field: 'category', type: 'nominal' },
            x: { field: 'count', type: 'quantitative' },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 4 },
          encoding: {
            y: { field: 'category', type: 'nominal' },
            x: { field: 'count', type: 'quantitative' },
            text: { field: 'count', type: 'quantitative', format: ',.1f' },
          },
        },
        {
          transform: [{ calculate: 'datetime(2020, 0, 15)', as: 'day' }],
          mark: 'text',
          encoding: {
            y: { field: 'category', type: 'nominal' },
            text: { field: 'day', type: 'temporal', format: '%B %Y (%b)' },
          },
        },
      ],
    };
    const texts = async (lang: string) => {
      const el = await fixture<DatamedVegaChart>(
        html`<datamed-vega-chart lang=${lang} substance="paracetamol" dataset="age"></datamed-vega-chart>`,
      );
      el.spec = spec;
      await drawnVega(el);
      return qa(el, '.vega-area svg text').map((t) => t.textContent ?? '');
    };
    const fr = await texts('fr');
    expect(fr.join(' | ')).not.to.match(/\d,\d{3}\b/);
    expect(fr, 'axis in French').to.include('2\u202f000');
    expect(fr, 'value label in French').to.include('8\u202f470,0');
    expect(fr, 'month in French').to.include('janvier 2020 (janv.)');
    const en = await texts('en');
    expect(en).to.include('2,000');
    expect(en).to.include('8,470.0');
    expect(en).to.include('January 2020 (Jan)');
  });

  it('draws a halo of the background behind text marks, so grid lines do not cross the value labels', async () => {
    const el = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="age"></datamed-vega-chart>`,
    );
    el.spec = {
      layer: [
        {
          mark: 'bar',
          encoding: {
            y: { field: 'category', type: 'nominal' },
            x: { field: 'count', type: 'quantitative' },
          },
        },
        {
          mark: 'text',
          encoding: {
            y: { field: 'category', type: 'nominal' },
            x: { field: 'count', type: 'quantitative' },
            text: { field: 'label' },
          },
        },
      ],
    };
    await drawnVega(el);
    const labels = qa(el, '.vega-area svg .mark-text.role-mark text');
    expect(labels.length).to.be.greaterThan(2);
    const bg = getComputedStyle(el).getPropertyValue('--datamed-color-bg').trim();
    for (const label of labels) {
      const style = getComputedStyle(label);
      expect(style.paintOrder, 'stroke painted under the fill').to.match(/^stroke/);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      // The halo is the widget's background colour.
      const probe = document.createElement('div');
      probe.style.color = bg;
      document.body.append(probe);
      const expected = getComputedStyle(probe).color;
      probe.remove();
      expect(style.stroke).to.equal(expected);
    }
  });

  it('gives rows in which a hidden count is null, never a number', () => {
    const file = protectAdverseEffects(
      aeFile({
        sex: [
          { key: 'female', count: 936 },
          { key: 'male', count: 4 },
          { key: 'unknown', count: 2 },
        ],
      }),
    );
    const rows = datasetRows('fr', datasetOf('sex', file, 'fr')!);
    expect(rows.map((r) => r.count)).to.deep.equal([null, null, null]);
    expect(rows.every((r) => r.share === null && r.label === 'masqué')).to.be.true;
  });
});

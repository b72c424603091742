/**
 * The rest of the widgets read from the DataMed stand-in (test/stand-in/) as from static files:
 * the shortage timeline, the search box and the Vega-Lite chart (the profile, medication errors,
 * key figures and shortage overview are in datamed-graphql.test.ts).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// Single elements read GraphQL sources once the adapter is imported (it registers itself).
import './datamed-graphql.js';
import '../../components/shortage-timeline/shortage-timeline.js';
import '../../components/substance-search/substance-search.js';
import '../../components/vega-chart/vega-chart.js';
import type { DatamedVegaChart } from '../../components/vega-chart/vega-chart.component.js';
import { deepText, q, settled, textOf } from '../../../test/helpers/widgets.js';

const SOURCE = 'graphql:/__graphql__';

describe('widgets on the DataMed GraphQL stand-in', () => {
  it('the shortage timeline shows the history of the substance’s products', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    wrapper.innerHTML = `<datamed-shortage-timeline substance="42215" source="${SOURCE}"></datamed-shortage-timeline>`;
    const el = wrapper.querySelector<HTMLElement>('datamed-shortage-timeline')!;
    await settled(el);
    expect(deepText(el)).to.contain('Doliprane 1000 mg, comprimé');
    expect(q(el, '.state--error')).to.be.null;
  });

  it('the search box lists getSubstances and gives the CODEX code', async () => {
    const el = await fixture<HTMLElement>(
      html`<datamed-substance-search debounce="0" source=${SOURCE}></datamed-substance-search>`,
    );
    const field = () => el.shadowRoot!.querySelector('input')!;
    await waitUntil(() => field() && !field().disabled, 'search not ready', { timeout: 5000 });
    field().focus();
    field().value = 'ibupro';
    field().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'no option', { timeout: 5000 });
    setTimeout(() =>
      field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })),
    );
    const event = (await oneEvent(el, 'datamed-select')) as CustomEvent<{ code: string; name: string }>;
    expect(event.detail).to.include({ code: '1234', name: 'Ibuprofène' });
  });

  it('the Vega-Lite chart draws a dataset', async () => {
    const el = await fixture<DatamedVegaChart>(
      html`<datamed-vega-chart substance="paracetamol" dataset="age" source=${SOURCE}></datamed-vega-chart>`,
    );
    el.spec = {
      mark: 'bar',
      encoding: {
        y: { field: 'category', type: 'nominal', sort: { field: 'order' } },
        x: { field: 'count', type: 'quantitative' },
      },
    };
    await settled(el);
    await waitUntil(() => q(el, '.vega-area svg') || q(el, '.state--error'), 'vega did not draw', {
      timeout: 15_000,
    });
    expect(q(el, '.state--error')).to.be.null;
    expect(textOf(el, '.summary')).to.contain('20-59 ans');
  });
});

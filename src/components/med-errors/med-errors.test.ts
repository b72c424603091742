import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mockFetch } from '../../../stories/helpers/mock-fetch.js';
import './med-errors.js';
import type { DatamedMedErrors } from './med-errors.component.js';
import { deepText, drawn, mountRecording, q, qa, settled, textOf } from '../../../test/helpers/widgets.js';

describe('<datamed-med-errors>', () => {
  it('shows the medication errors of a product in four charts, accessibly', async () => {
    const el = await fixture<DatamedMedErrors>(
      html`<datamed-med-errors substance="methotrexate"></datamed-med-errors>`,
    );
    await drawn(el);
    expect(textOf(el, '[role="heading"]')).to.equal('Erreurs médicamenteuses : Méthotrexate');
    expect(textOf(el, '.pedagogy')).to.match(/\d[\d\s]* erreurs médicamenteuses déclarées/u);
    expect(qa(el, '.blocks > *').map((b) => b.tagName.toLowerCase())).to.deep.equal([
      'datamed-proportion-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
    ]);
    const text = deepText(el);
    expect(text).to.contain('Avec effet indésirable');
    expect(text).to.contain('Administration');
    expect(text).to.contain('Erreur de dose');
    await expect(el).to.be.accessible();
  });

  it('says so when a medicine has no medication-error data', async () => {
    const el = await fixture<DatamedMedErrors>(
      html`<datamed-med-errors substance="ibuprofene"></datamed-med-errors>`,
    );
    await drawn(el);
    expect(textOf(el)).to.contain('Aucune donnée d’erreur médicamenteuse n’est publiée pour ce médicament.');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><datamed-med-errors substance="valproate-de-sodium"></datamed-med-errors></div>`,
    );
    const el = wrapper.querySelector('datamed-med-errors')!;
    await drawn(el);
    expect(textOf(el, '[role="heading"]')).to.equal('Medication errors: Sodium valproate');
    expect(deepText(el)).to.contain('Wrong dose');
  });

  describe('with scripted answers', () => {
    let restore: () => void;
    beforeEach(() => (restore = mockFetch()));
    afterEach(() => restore());

    it('says the errors are too few to show when their total is hidden, and fires datamed-load', async () => {
      const { el, events: loads } = await mountRecording<DatamedMedErrors>(
        html`<datamed-med-errors
          substance="methotrexate"
          source="/mock/fixture/too-few/"
        ></datamed-med-errors>`,
        'datamed-load',
      );
      await settled(el);
      expect(textOf(el)).to.contain('Aucune donnée à afficher en raison d’un effectif trop faible ou nul.');
      expect(qa(el, '.blocks > *')).to.have.length(0);
      expect(loads.map((e) => e.detail.substance)).to.deep.equal(['methotrexate']);
      await expect(el).to.be.accessible();
    });

    it('fires datamed-error on a failed answer, and retries to the charts', async () => {
      const { el, events: errors } = await mountRecording<DatamedMedErrors>(
        html`<datamed-med-errors substance="methotrexate" source="/mock/once-500/"></datamed-med-errors>`,
        'datamed-error',
      );
      await settled(el);
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['server']);
      q<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
      await waitUntil(() => qa(el, '.blocks > *').length === 4, `no charts after retry: ${textOf(el)}`);
      await drawn(el);
    });
  });
});

describe('<datamed-med-errors cis="…">', () => {
  it('shows a product’s own medication errors, named by the product', async () => {
    const { el, events } = await mountRecording<DatamedMedErrors>(
      html`<datamed-med-errors cis="69999001"></datamed-med-errors>`,
      'datamed-load',
    );
    await drawn(el);
    expect(textOf(el, '[role="heading"]')).to.equal('Erreurs médicamenteuses : DOLIPRANE 1000 mg, comprimé');
    expect(qa(el, '.blocks > *').length).to.be.above(0);
    expect(events.map((e) => e.detail.cis)).to.deep.equal(['69999001']);
    expect(events[0]!.detail.data.product.cis).to.equal('69999001');
    await expect(el).to.be.accessible();
  });

  it('says so when a product has no medication-error data', async () => {
    const el = await fixture<DatamedMedErrors>(
      html`<datamed-med-errors cis="69999004"></datamed-med-errors>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Aucune donnée d’erreur médicamenteuse n’est publiée pour ce médicament.');
  });
});

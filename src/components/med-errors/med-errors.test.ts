import { expect, fixture, html } from '@open-wc/testing';
import './med-errors.js';
import type { DatamedMedErrors } from './med-errors.component.js';
import { deepText, drawn, qa, textOf } from '../../../test/helpers/widgets.js';

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
});

/**
 * `<datamed-ae-profile scope="all">`: the profile of all medicines (DataMed's all-medicines page),
 * from the demo tree's `all-medicines.json` and from files served here — headings and notes in
 * both languages, no treated patients nor reporting rate, the note of substance sums on every
 * chart, a substance file where the all-medicines one is expected refused.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './ae-profile.js';
import '../key-figure/key-figure.js';
import type { DatamedAeProfile } from './ae-profile.component.js';
import { aeFile } from '../../../test/helpers/fixtures.js';
import { serveValues } from '../../../test/helpers/serve-tree.js';
import { deepAll, deepText, drawn, qa, settled, textOf } from '../../../test/helpers/widgets.js';

const mount = async (markup: ReturnType<typeof html>) => {
  const el = await fixture<DatamedAeProfile>(markup);
  await drawn(el);
  return el;
};

const ALL = { code: 'all-medicines', name: { fr: 'Tous les médicaments', en: 'All medicines' } };

describe('<datamed-ae-profile scope="all">', () => {
  it('shows the all-medicines profile of the demo tree, without patients nor rate, accessibly', async () => {
    const el = await mount(html`<datamed-ae-profile scope="all"></datamed-ae-profile>`);
    expect(textOf(el, '[role="heading"]')).to.equal('Effets indésirables déclarés : tous les médicaments');
    expect(textOf(el, '.pedagogy')).to.contain('toutes les déclarations d’effets indésirables de la période');
    expect(textOf(el, '.pedagogy')).not.to.contain('additionnant');
    const sections = qa(el, '.section');
    expect(sections).to.have.length(7);
    const text = deepText(el);
    expect(text).to.match(/215\s480/);
    expect(text).not.to.contain('Taux de déclaration');
    expect(text).not.to.contain('Patients traités');
    expect(text).to.contain('Décès');
    expect(text).to.contain('Juriste');
    expect(text).to.contain('Données fictives');
    await expect(el).to.be.accessible();
  });

  it('says « all medicines » in English too', async () => {
    const el = await mount(
      html`<datamed-ae-profile lang="en" scope="all" sections="key-figures sex"></datamed-ae-profile>`,
    );
    expect(textOf(el, '[role="heading"]')).to.equal('Reported adverse effects: all medicines');
    expect(textOf(el, '.pedagogy')).to.contain('every adverse-effect report of the period');
    expect(deepText(el)).to.contain('Key figures');
    await expect(el).to.be.accessible();
  });

  it('ignores `substance` when the scope is all', async () => {
    const el = await mount(
      html`<datamed-ae-profile
        scope="all"
        substance="paracetamol"
        sections="key-figures"
      ></datamed-ae-profile>`,
    );
    expect(textOf(el, '[role="heading"]')).to.equal('Effets indésirables déclarés : tous les médicaments');
    expect(deepText(el)).to.match(/215\s480/);
  });

  it('sets a substance beside all medicines with `compare`, in shares', async () => {
    const el = await mount(
      html`<datamed-ae-profile scope="all" compare="paracetamol" sections="sex"></datamed-ae-profile>`,
    );
    expect(textOf(el, '[role="heading"]')).to.equal(
      'Effets indésirables déclarés : tous les médicaments et Paracétamol',
    );
    const chart = deepAll<HTMLElement & { data: { series: { label: string }[] } }>(
      el,
      'datamed-proportion-chart',
    )[0]!;
    expect(chart.data.series.map((s) => s.label)).to.deep.equal(['Tous les médicaments', 'Paracétamol']);
    await expect(el).to.be.accessible();
  });

  it('says under every chart that sums of substance files count a case once per substance', async () => {
    const stop = serveValues(
      {
        'all-medicines.json': aeFile({ scope: 'all', counting: 'substance-sums', substance: ALL }),
      },
      '/sums-tree/',
    );
    try {
      const el = await mount(
        html`<datamed-ae-profile
          scope="all"
          source="/sums-tree/"
          sections="key-figures sex age"
        ></datamed-ae-profile>`,
      );
      expect(textOf(el, '.pedagogy')).to.contain(
        'un cas qui met en cause plusieurs substances compte une fois pour chacune',
      );
      expect(deepText(el)).to.contain('Cas déclarés, comptés par substance');
      const charts = deepAll(el, 'datamed-proportion-chart, datamed-bar-chart');
      expect(charts).to.have.length(2);
      for (const chart of charts)
        expect(deepText(chart)).to.contain('en additionnant ceux publiés pour chaque substance');
      await expect(el).to.be.accessible();
    } finally {
      stop();
    }
  });

  it('refuses a substance file served as the all-medicines one', async () => {
    const stop = serveValues({ 'all-medicines.json': aeFile() }, '/wrong-tree/');
    try {
      const el = await fixture<DatamedAeProfile>(
        html`<datamed-ae-profile scope="all" source="/wrong-tree/"></datamed-ae-profile>`,
      );
      await settled(el);
      expect(textOf(el)).to.match(/invalides?|illisibles?|incorrect/i);
    } finally {
      stop();
    }
  });

  it('gives <datamed-key-figure scope="all"> the cases of all medicines, without rate', async () => {
    for (const [lang, heading, label] of [
      ['fr', 'Chiffres clés : tous les médicaments', 'Cas déclarés'],
      ['en', 'Key figures: all medicines', 'Reported cases'],
    ] as const) {
      const el = await fixture<HTMLElement>(
        html`<datamed-key-figure lang=${lang} scope="all"></datamed-key-figure>`,
      );
      await settled(el);
      expect(textOf(el, '[role="heading"]')).to.equal(heading);
      expect(qa(el, '.figure').map((f) => f.querySelector('dt')!.textContent)).to.deep.equal([label]);
      expect(textOf(el, '.figure')).to.match(/215[\s,]480/);
      await expect(el).to.be.accessible();
    }
  });
});

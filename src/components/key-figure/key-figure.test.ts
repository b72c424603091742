import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './key-figure.js';
import type { DatamedKeyFigure } from './key-figure.component.js';
import { recordFetches } from '../../../test/helpers/serve-tree.js';
import { q, qa, settled, textOf } from '../../../test/helpers/widgets.js';
import { axTree, timesAnnounced } from '../../../test/helpers/ax-tree.js';

describe('<datamed-key-figure>', () => {
  it('shows a skeleton, then the key figures of a demo substance, accessibly', async () => {
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure substance="paracetamol"></datamed-key-figure>`,
    );
    expect(q(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '.skeleton')).to.exist;
    await settled(el);
    const text = textOf(el);
    expect(text).to.contain('Chiffres clés : Paracétamol');
    expect(text).to.match(/Cas déclarés 18\s412 sur la période 2019–2023/u);
    expect(text).to.contain('Très élevée');
    expect(q(el, '.badge')!.textContent).to.equal('Données fictives');
    await expect(el).to.be.accessible();
  });

  it('fires datamed-load with the data', async () => {
    const el = await fixture<DatamedKeyFigure>(html`<datamed-key-figure></datamed-key-figure>`);
    setTimeout(() => (el.substance = 'ibuprofene'));
    const event = (await oneEvent(el, 'datamed-load')) as CustomEvent;
    expect(event.detail.substance).to.equal('ibuprofene');
    expect(event.detail.data.cases.count).to.be.a('number');
  });

  it('speaks English when the page does, and follows language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><datamed-key-figure substance="ibuprofene"></datamed-key-figure></div>`,
    );
    const el = wrapper.querySelector('datamed-key-figure')!;
    await settled(el);
    expect(textOf(el)).to.contain('Key figures: Ibuprofen');
    expect(textOf(el)).to.contain('Fictional data');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el)).to.contain('Chiffres clés : Ibuprofène');
  });

  it('says there are too few cases instead of showing a small number', async () => {
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure substance="fampridine"></datamed-key-figure>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Aucune donnée à afficher en raison d’un effectif trop faible ou nul.');
    await expect(el).to.be.accessible();
  });

  it('shows an error in the page language with a working retry', async () => {
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure substance="paracetamol" source="/__fault__/status/500/"></datamed-key-figure>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Le serveur de données a rencontré une erreur (500).');
    expect(textOf(el, '[role="status"]')).to.contain('Les données n’ont pas pu être affichées.');
    // Said once, by the status, before the retry button: the drawn message is not read again.
    const nodes = await axTree();
    expect(timesAnnounced(nodes, 'n’ont pas pu être affichées')).to.equal(1);
    expect(timesAnnounced(nodes, 'erreur (500)')).to.equal(1);
    const order = nodes.map((n) => n.name);
    const said = order.findIndex((name) => name.includes('erreur (500)'));
    expect(said, 'the message before « Réessayer »').to.be.below(order.indexOf('Réessayer'));
    await expect(el).to.be.accessible();
    el.source = '/demo-data/';
    q<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await settled(el);
    expect(textOf(el)).to.contain('Paracétamol');
  });

  it('never asks for a file out of a substance that could reach another one, nor offers a retry', async () => {
    const { urls: requested, stop } = recordFetches();
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure substance="../../secret"></datamed-key-figure>`,
    );
    await settled(el);
    stop();
    // Not a code: looked up in the index, never fetched as a path.
    expect(requested.filter((url) => url.includes('secret'))).to.deep.equal([]);
    expect(textOf(el)).to.contain('Substance « ../../secret » introuvable.');
    expect(q(el, 'button[part="retry"]')).to.be.null;
  });

  it('asks for a substance when none is given', async () => {
    const el = await fixture<DatamedKeyFigure>(html`<datamed-key-figure></datamed-key-figure>`);
    expect(textOf(el)).to.contain('Indiquez une substance');
    await expect(el).to.be.accessible();
  });

  it('renders hostile strings in .data as inert text', async () => {
    const el = await fixture<DatamedKeyFigure>(html`<datamed-key-figure></datamed-key-figure>`);
    el.data = {
      heading: '<img src=x onerror="window.__pwned=1">',
      figures: [
        { label: '<script>window.__pwned=1</script>', value: '\u202Egnp.exe', detail: 'javascript:alert(1)' },
      ],
    };
    await el.updateComplete;
    expect(qa(el, 'img, script')).to.have.length(0);
    expect(textOf(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure heading-level="3" heading="Mon titre"></datamed-key-figure>`,
    );
    const title = q(el, '[role="heading"]')!;
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(title.textContent!.trim()).to.equal('Mon titre');
  });
});

describe('<datamed-key-figure cis="…">', () => {
  it('shows a product’s figures: availability, shortage declarations, usage level', async () => {
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure cis="69999004"></datamed-key-figure>`,
    );
    const loaded = oneEvent(el, 'datamed-load');
    await settled(el);
    expect(textOf(el, '[role="heading"]')).to.equal(
      'Chiffres clés : L-THYROXIN HENNING 100 microgrammes, comprimé',
    );
    const figures = qa(el, '.figure').map((f) => f.querySelector('dt')!.textContent!.trim());
    expect(figures).to.deep.equal([
      'Disponibilité du médicament',
      'Déclarations de rupture ou de risque',
      'Utilisation du médicament',
    ]);
    expect(textOf(el, '.figure')).to.match(/En rupture de stock Situation au \d+ \S+ \d{4}/u);
    expect(textOf(el)).to.match(/Déclarations de rupture ou de risque 6/u);
    expect(textOf(el)).to.contain('Modérée');
    expect(((await loaded) as CustomEvent).detail.cis).to.equal('69999004');
    await expect(el).to.be.accessible();
  });

  it('refuses what cannot be a CIS code', async () => {
    const el = await fixture<DatamedKeyFigure>(
      html`<datamed-key-figure cis="6999-9004"></datamed-key-figure>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Le code CIS indiqué n’est pas valide');
  });
});

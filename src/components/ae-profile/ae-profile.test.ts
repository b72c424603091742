import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './ae-profile.js';
import type { DatamedAeProfile } from './ae-profile.component.js';
import { clippedFocusRing } from '../../../test/helpers/focus-ring.js';
import { announcedTexts, axTree, timesAnnounced } from '../../../test/helpers/ax-tree.js';
import {
  deepAll,
  deepText,
  drawn,
  mountRecording,
  q,
  qa,
  settled,
  textOf,
} from '../../../test/helpers/widgets.js';

const mount = async (markup: ReturnType<typeof html>) => {
  const el = await fixture<DatamedAeProfile>(markup);
  await drawn(el);
  return el;
};

describe('<datamed-ae-profile>', () => {
  it('shows every section of a complete profile, with the reading note, accessibly', async () => {
    const el = await mount(html`<datamed-ae-profile substance="paracetamol"></datamed-ae-profile>`);
    expect(textOf(el, '[role="heading"]')).to.equal('Effets indésirables déclarés : Paracétamol');
    expect(textOf(el, '.pedagogy')).to.contain('elle ne prouve pas que le médicament a causé l’effet');
    expect(textOf(el, '.pedagogy')).to.contain('ne sont pas des fréquences');
    expect(qa(el, '.section')).to.have.length(8);
    const tags = qa(el, '.blocks > *').map((b) => b.tagName.toLowerCase());
    expect(tags).to.deep.equal([
      'datamed-key-figure',
      'datamed-proportion-chart',
      'datamed-bar-chart',
      'datamed-proportion-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
      'datamed-proportion-chart',
      'datamed-bar-chart',
      'datamed-bar-chart',
      'datamed-trend-chart',
    ]);
    const text = deepText(el);
    expect(text).to.contain('Affections hépatobiliaires');
    expect(text).to.contain('Un cas peut toucher plusieurs classes d’organes');
    expect(text).to.contain('Données fictives');
    await expect(el).to.be.accessible();
  });

  it('shows the whole focus ring of every « Graphique » / « Tableau » button', async () => {
    const el = await mount(html`<datamed-ae-profile substance="paracetamol"></datamed-ae-profile>`);
    const buttons = deepAll<HTMLButtonElement>(el, '.segmented button');
    expect(buttons.length).to.be.at.least(18);
    for (const button of buttons) {
      button.focus();
      expect(button.matches(':focus-visible')).to.be.true;
      expect(clippedFocusRing(button), button.textContent!.trim()).to.deep.equal([]);
    }
  });

  it('names each « Télécharger » button after its chart, in both languages', async () => {
    for (const [lang, word] of [
      ['fr', 'Télécharger\u00a0: '],
      ['en', 'Download: '],
    ] as const) {
      const el = await mount(
        html`<datamed-ae-profile lang=${lang} substance="paracetamol"></datamed-ae-profile>`,
      );
      const names = deepAll(el, '.menu-button').map((b) => b.getAttribute('aria-label') ?? '');
      expect(names.length).to.be.at.least(9);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      for (const name of names) {
        expect(name.startsWith(word), name).to.be.true;
        expect(name.length).to.be.greaterThan(word.length + 2);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('says each thing once to a screen reader (Chromium’s accessibility tree)', async () => {
    const el = await mount(html`<datamed-ae-profile substance="paracetamol"></datamed-ae-profile>`);
    const nodes = await axTree();
    const charts = deepAll(el, '.chart-area').length;
    expect(charts).to.be.at.least(8);
    // The keyboard hint: once per chart, as the description of the mark that takes the focus.
    expect(timesAnnounced(nodes, 'Flèches pour parcourir les valeurs')).to.equal(charts);
    const texts = announcedTexts(nodes).map((t) => t.replace(/\s+/g, ' '));
    // Each summary once: as text, not again as the chart's description or name. (Its numbers are
    // pieces of their own, src/charts/spoken.ts: compared without spaces, across pieces.)
    const squash = (t: string) => t.replace(/\s+/g, '');
    const all = squash(texts.join(''));
    for (const summary of deepAll(el, '.summary')) {
      const text = squash(summary.textContent!);
      expect(all, text).to.include(text);
      const named = nodes.filter(
        (n) => squash(n.description) === text || (n.nameFrom !== 'contents' && squash(n.name) === text),
      );
      expect(named, text).to.deep.equal([]);
    }
    // The seriousness section's title once (no group named after it, no chart titled the same).
    expect(timesAnnounced(nodes, 'Gravité des cas')).to.equal(1);
    // The reading note's title in one piece, no lone punctuation.
    expect(texts).to.include('Comment lire ces chiffres.');
    expect(texts.filter((t) => /^[.()]$/.test(t))).to.deep.equal([]);
  });

  it('does not give the hint again once the reader has used the arrow keys', async () => {
    const el = await mount(
      html`<datamed-ae-profile substance="paracetamol" sections="age"></datamed-ae-profile>`,
    );
    const mark = deepAll(el, '.mark[tabindex="0"]')[0]!;
    expect(mark.getAttribute('aria-describedby')).to.match(/-hint$/);
    mark.focus();
    await sendKeys({ press: 'ArrowDown' });
    await new Promise((r) => setTimeout(r, 50));
    const marks = deepAll(el, '.mark');
    expect(marks.filter((m) => m.hasAttribute('aria-describedby'))).to.deep.equal([]);
  });

  it('opens every download menu on screen at 320 px', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    document.body.append(wrapper);
    const el = document.createElement('datamed-ae-profile') as DatamedAeProfile;
    el.setAttribute('substance', 'paracetamol');
    wrapper.append(el);
    await drawn(el);
    const page = wrapper.getBoundingClientRect();
    const hosts = [el, ...deepAll(el, 'datamed-bar-chart, datamed-proportion-chart, datamed-trend-chart')];
    let checked = 0;
    for (const host of hosts) {
      const button = host.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button');
      if (!button) continue;
      button.click();
      await (host as DatamedAeProfile).updateComplete;
      const box = host.shadowRoot!.querySelector('[role="menu"]')!.getBoundingClientRect();
      const name = button.getAttribute('aria-label');
      expect(box.width, `${name}: open`).to.be.greaterThan(0);
      expect(box.left, `${name}: left edge`).to.be.at.least(page.left - 0.5);
      expect(box.right, `${name}: right edge`).to.be.at.most(page.right + 0.5);
      button.click();
      checked++;
    }
    expect(checked).to.be.at.least(9);
    wrapper.remove();
  });

  it('leaves no empty band under its charts (each ends where its content ends)', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '900px';
    document.body.append(wrapper);
    const el = document.createElement('datamed-ae-profile') as DatamedAeProfile;
    el.setAttribute('substance', 'paracetamol');
    wrapper.append(el);
    await drawn(el);
    for (const host of deepAll(el, 'datamed-proportion-chart, datamed-bar-chart, datamed-trend-chart')) {
      const body = host.shadowRoot!.querySelector('.body')!;
      const last = Math.max(...[...body.children].map((c) => c.getBoundingClientRect().bottom));
      const title = host.shadowRoot!.querySelector('.title')!.textContent!.trim();
      expect(body.getBoundingClientRect().bottom - last, `${title}: empty space`).to.be.below(8);
    }
    wrapper.remove();
  });

  it('shows the sections asked for, in the order asked', async () => {
    const el = await mount(
      html`<datamed-ae-profile substance="paracetamol" sections="trend, sex"></datamed-ae-profile>`,
    );
    expect(qa(el, '.blocks > *').map((b) => b.tagName.toLowerCase())).to.deep.equal([
      'datamed-trend-chart',
      'datamed-proportion-chart',
    ]);
    el.sections = 'nothing-known';
    await el.updateComplete;
    expect(textOf(el)).to.contain('Aucune des rubriques demandées n’existe dans ces données.');
  });

  it('keeps the nested charts in the page language and follows a change of it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <datamed-ae-profile substance="ibuprofene" sections="sex organs"></datamed-ae-profile>
      </div>`,
    );
    const el = wrapper.querySelector('datamed-ae-profile')!;
    await drawn(el);
    expect(textOf(el, '[role="heading"]')).to.equal('Reported adverse effects: Ibuprofen');
    expect(deepText(el)).to.contain('Women');
    expect(deepText(el)).to.contain('Gastrointestinal disorders');
    wrapper.lang = 'fr';
    await new Promise((r) => setTimeout(r, 50));
    await drawn(el);
    expect(deepText(el)).to.contain('Femmes');
  });

  it('compares two substances on the same scales, by shares', async () => {
    const el = await mount(
      html`<datamed-ae-profile
        substance="ibuprofene"
        compare="paracetamol"
        sections="key-figures age organs"
      ></datamed-ae-profile>`,
    );
    expect(textOf(el, '[role="heading"]')).to.equal(
      'Effets indésirables déclarés : Ibuprofène et Paracétamol',
    );
    expect(qa(el, 'datamed-key-figure')).to.have.length(2);
    const age = q(el, 'datamed-bar-chart') as HTMLElement & { data: { series: unknown[]; encoding: string } };
    expect(age.data.series).to.have.length(2);
    expect(age.data.encoding).to.equal('share');
    expect(deepAll(age, '.legend li')).to.have.length(2);
    expect(deepText(el)).to.contain('les barres montrent la part des cas de chacune');
    await expect(el).to.be.accessible();
  });

  it('still shows the main substance when the compared one fails, and says so', async () => {
    const el = await mount(
      html`<datamed-ae-profile
        substance="ibuprofene"
        compare="inconnue"
        sections="sex"
      ></datamed-ae-profile>`,
    );
    expect(textOf(el, '.notice')).to.contain('La substance de comparaison');
    expect(qa(el, 'datamed-proportion-chart')).to.have.length(1);
  });

  it('shows only the sections partial data have', async () => {
    const el = await mount(html`<datamed-ae-profile substance="ivermectine"></datamed-ae-profile>`);
    expect(qa(el, '.blocks > *').map((b) => b.tagName.toLowerCase())).to.deep.equal([
      'datamed-key-figure',
      'datamed-proportion-chart',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says there are too few cases, for 7 cases and for none', async () => {
    for (const substance of ['fampridine', 'lanoline']) {
      const el = await mount(html`<datamed-ae-profile substance=${substance}></datamed-ae-profile>`);
      expect(textOf(el)).to.contain('Aucune donnée à afficher en raison d’un effectif trop faible ou nul.');
      expect(qa(el, '.section')).to.have.length(0);
    }
  });

  it('never shows a stale answer: the last substance asked wins', async () => {
    const el = await fixture<DatamedAeProfile>(
      html`<datamed-ae-profile sections="sex"></datamed-ae-profile>`,
    );
    // The first answer comes late; by then another substance was asked for.
    el.source = '/__delay__/400/demo-data/';
    el.substance = 'paracetamol';
    await el.updateComplete;
    el.source = '/demo-data/';
    el.substance = 'ibuprofene';
    await drawn(el);
    await new Promise((r) => setTimeout(r, 600));
    await el.updateComplete;
    expect(textOf(el, '[role="heading"]')).to.equal('Effets indésirables déclarés : Ibuprofène');
  });

  it('fires datamed-load, and lets a chart mark be reached and read with the keyboard', async () => {
    const el = await fixture<DatamedAeProfile>(
      html`<datamed-ae-profile sections="organs"></datamed-ae-profile>`,
    );
    setTimeout(() => (el.substance = 'paracetamol'));
    const load = (await oneEvent(el, 'datamed-load')) as CustomEvent;
    expect(load.detail.data[0].substance.code).to.equal('paracetamol');
    await drawn(el);
    const chart = q(el, 'datamed-bar-chart')!;
    const first = chart.shadowRoot!.querySelector<SVGGElement>('.mark[tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const focused = chart.shadowRoot!.activeElement!;
    expect(focused.getAttribute('data-index')).to.equal('2');
    expect(focused.getAttribute('aria-label')).to.match(/cas \(\d+(,\d)?\s%\)/u);
    expect(chart.shadowRoot!.querySelector('.tooltip')).to.exist;
  });

  it('fires datamed-error with the kind of failure, out of the widget', async () => {
    // Listened to on an ancestor: the event bubbles out of the widget.
    const { el, events: errors } = await mountRecording<DatamedAeProfile>(
      html`<datamed-ae-profile substance="paracetamol" source="/__fault__/status/503/"></datamed-ae-profile>`,
      'datamed-error',
    );
    await settled(el);
    expect(textOf(el)).to.contain('temporairement indisponible');
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['unavailable']);
    expect(errors[0]!.detail.message).to.contain('503');
  });

  it('shows the loading skeleton, then the error with a working retry', async () => {
    const el = await fixture<DatamedAeProfile>(
      html`<datamed-ae-profile substance="paracetamol" source="/__fault__/status/503/"></datamed-ae-profile>`,
    );
    expect(q(el, '.skeleton')).to.exist;
    await settled(el);
    expect(textOf(el)).to.contain('temporairement indisponible');
    el.source = '/demo-data/';
    q<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await drawn(el);
    expect(qa(el, '.section').length).to.be.greaterThan(5);
  });
});

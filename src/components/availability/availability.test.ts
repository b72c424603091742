import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderAvailability } from './availability.view.js';
import { AVAILABILITY_STATUSES } from '../../data/contract.js';
import { mockFetch } from '../../../stories/helpers/mock-fetch.js';
import { availability, productFile } from '../../../test/helpers/products.js';
import { serveValues } from '../../../test/helpers/serve-tree.js';
import { mountRecording, q, qa, settled, textOf } from '../../../test/helpers/widgets.js';
import './availability.js';
import type { DatamedAvailability } from './availability.component.js';

const WORDS = {
  available: 'Disponible',
  rupture: 'En rupture de stock',
  risk: 'Risque de rupture (tension d’approvisionnement)',
  restored: 'Remis à disposition',
  discontinued: 'Arrêt de commercialisation',
  'not-marketed': 'Non commercialisé',
};

async function withData(data: unknown, width = 320, lang = 'fr'): Promise<DatamedAvailability> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px">
      <datamed-availability .data=${data}></datamed-availability>
    </div>`,
  );
  const el = wrapper.querySelector('datamed-availability')!;
  await settled(el);
  return el;
}

describe('<datamed-availability>', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = serveValues(
      {
        'products/61234567.json': productFile(),
        'products/62222222.json': productFile({
          product: { cis: '62222222', name: { fr: 'NEVERMISS 10 mg, gélule' } },
          availability: undefined,
          shortages: [],
        }),
      },
      '/test-products/',
    );
  });
  afterEach(() => restore());

  it('says a product is out of stock: since when, expected return, what to do, the agency’s page and the date', async () => {
    const { el, events } = await mountRecording<DatamedAvailability>(
      html`<datamed-availability cis="61234567" source="/test-products/"></datamed-availability>`,
      'datamed-load',
    );
    await settled(el);
    expect(textOf(el, '[role="heading"]')).to.equal('Disponibilité : TESTOPRANE 500 mg/30 mg, comprimé');
    const text = textOf(el, '.availability');
    expect(text).to.contain('En rupture de stock');
    expect(text).to.match(/Depuis le\s: 2 octobre 2026/u);
    expect(text).to.contain('15 janvier 2027');
    expect(text).to.contain('Demandez conseil à votre pharmacien');
    expect(text).to.contain('Situation au 30 novembre 2026');
    expect(q<HTMLAnchorElement>(el, 'a[part="link"]')!.href).to.match(/^https:\/\/ansm\.sante\.fr\//);
    // A shape besides the colour, hidden from screen readers (the words say it).
    expect(q(el, '.shape')!.getAttribute('aria-hidden')).to.equal('true');
    expect(events.map((e) => e.detail.cis)).to.deep.equal(['61234567']);
    await expect(el).to.be.accessible();
  });

  for (const status of AVAILABILITY_STATUSES) {
    it(`words the status ${status}, with its own advice, at 200 px`, async () => {
      const el = await withData(productFile({ availability: availability({ status }) }), 200);
      expect(textOf(el, '.status')).to.equal(WORDS[status]);
      expect(textOf(el, '.advice')).to.have.length.above(20);
      expect(q(el, `.availability`)!.scrollWidth).to.be.at.most(200);
      await expect(el).to.be.accessible();
    });
  }

  it('gives a different advice for each status', async () => {
    const advices = new Set<string>();
    for (const status of AVAILABILITY_STATUSES) {
      const el = await withData(productFile({ availability: availability({ status }) }));
      advices.add(textOf(el, '.advice'));
    }
    expect(advices.size).to.equal(AVAILABILITY_STATUSES.length);
  });

  it('says when no availability information is published', async () => {
    const el = await fixture<DatamedAvailability>(
      html`<datamed-availability cis="62222222" source="/test-products/"></datamed-availability>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Aucune information de disponibilité n’est publiée pour ce médicament.');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await withData(productFile(), 320, 'en');
    expect(textOf(el, '[role="heading"]')).to.equal('Availability: TESTOPRANE 500 mg/30 mg, tablet');
    expect(textOf(el, '.status')).to.equal('Out of stock');
    expect(textOf(el, '.advice')).to.contain('Ask your pharmacist');
    expect(textOf(el, '.as-of')).to.equal('Situation as of 30 November 2026');
  });

  it('asks for a CIS code, and refuses one that cannot be', async () => {
    const idle = await fixture<DatamedAvailability>(html`<datamed-availability></datamed-availability>`);
    await settled(idle);
    expect(textOf(idle)).to.match(/attribut «\scis\s»/u);
    const bad = await fixture<DatamedAvailability>(
      html`<datamed-availability cis="../index" source="/test-products/"></datamed-availability>`,
    );
    await settled(bad);
    expect(textOf(bad)).to.contain('Le code CIS indiqué n’est pas valide');
    expect(q(bad, 'button[part="retry"]')).to.equal(null);
  });

  it('says a product does not exist (404)', async () => {
    const el = await fixture<DatamedAvailability>(
      html`<datamed-availability cis="69999999" source="/test-products/"></datamed-availability>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Ces données n’existent pas');
  });

  it('never renders hostile markup; refuses a link that is not http(s)', async () => {
    const el = await withData(
      productFile({ product: { cis: '61234567', name: { fr: '<img src=x onerror=alert(1)>' } } }),
    );
    expect(qa(el, 'img')).to.have.length(0);
    expect(textOf(el, '[role="heading"]')).to.contain('<img src=x onerror=alert(1)>');
    // The validator refuses the file; the view would not make a link of it either.
    const refused = await withData(
      productFile({ availability: availability({ url: 'javascript:alert(1)' }) }),
    );
    expect(qa(refused, 'a')).to.have.length(0);
    expect(textOf(refused)).to.contain('Les données n’ont pas pu être affichées.');
    const box = document.createElement('div');
    render(renderAvailability('fr', availability({ url: 'javascript:alert(1)' })), box);
    expect(box.querySelectorAll('a')).to.have.length(0);
  });

  describe('with scripted answers', () => {
    let undo: () => void;
    beforeEach(() => (undo = mockFetch()));
    afterEach(() => undo());

    it('shows a skeleton while loading, and an error with retry on a server error', async () => {
      const loading = await fixture<DatamedAvailability>(
        html`<datamed-availability cis="61234567" source="/mock/hang/"></datamed-availability>`,
      );
      expect(q(loading, '.skeleton')).to.not.equal(null);
      const failed = await fixture<DatamedAvailability>(
        html`<datamed-availability cis="61234567" source="/mock/status/500/"></datamed-availability>`,
      );
      await settled(failed);
      expect(q(failed, 'button[part="retry"]')).to.not.equal(null);
      await expect(failed).to.be.accessible();
    });
  });
});

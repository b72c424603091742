import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PRODUCTS_SOURCE, productFile, serveProducts } from '../../../test/helpers/products.js';
import { deepAll, deepText, q, qa, settled, textOf } from '../../../test/helpers/widgets.js';
import './product.js';
import type { DatamedProduct } from './product.component.js';

const one = productFile({
  product: { cis: '63333333', name: { fr: 'MONOPRANE 1 g, comprimé' } },
  substances: [{ code: 'ibuprofene', name: { fr: 'Ibuprofène' }, dosage: '400 mg' }],
  availability: undefined,
  patients: { patientYears: { count: 5 }, usageLevel: 'very-low' },
  medicationErrors: {
    cases: { count: 14 },
    step: [
      { key: 'administration', count: 9 },
      { key: 'other', count: 5 },
    ],
  },
  shortages: [],
});

async function mount(template: ReturnType<typeof html>): Promise<DatamedProduct> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${template}</div>`);
  const el = wrapper.firstElementChild as DatamedProduct;
  await settled(el);
  return el;
}

describe('<datamed-product>', () => {
  let restore: () => void;
  beforeEach(() => (restore = serveProducts([productFile(), one])));
  afterEach(() => restore());

  it('shows the product page: description, availability, patients, profile, errors, shortages', async () => {
    const el = await mount(
      html`<datamed-product cis="61234567" source=${PRODUCTS_SOURCE}></datamed-product>`,
    );
    expect(textOf(el, '.header [role="heading"]')).to.equal('TESTOPRANE 500 mg/30 mg, comprimé');
    expect(qa(el, '.section').map((s) => s.className.replace('section section--', ''))).to.deep.equal([
      'description',
      'availability',
      'patients',
      'profile',
      'med-errors',
      'shortages',
    ]);
    const description = textOf(el, '.section--description');
    expect(description).to.contain('Paracétamol, 500 mg pour un comprimé');
    expect(description).to.contain('N02BE51 – paracétamol en association');
    expect(description).to.contain('LABORATOIRE D’ESSAI');
    expect(description).to.contain('comprimé');
    expect(q<HTMLAnchorElement>(el, '.section--description a')!.href).to.match(
      /^https:\/\/base-donnees-publique/,
    );
    expect(textOf(el, '.section--availability .status')).to.equal('En rupture de stock');
    expect(textOf(el, '.section--patients')).to.match(/Élevée.*48\s250/u);
    // The heavy sections are the library's elements, loaded on demand, nested.
    const timeline = q(el, 'datamed-shortage-timeline')!;
    const loaded = (tag: string) =>
      waitUntil(() => customElements.get(tag), `${tag} not loaded`, { timeout: 15_000 });
    await loaded('datamed-shortage-timeline');
    await loaded('datamed-med-errors');
    await settled(timeline);
    expect(timeline.getAttribute('cis')).to.equal('61234567');
    expect(deepText(timeline)).to.contain('TESTOPRANE');
    const errors = q(el, 'datamed-med-errors')!;
    await settled(errors);
    expect(deepText(errors)).to.match(/57 erreurs médicamenteuses déclarées/u);
    await loaded('datamed-ae-profile');
    const profile = q(el, 'datamed-ae-profile')!;
    await settled(profile, 8_000);
    expect(profile.getAttribute('substance')).to.equal('paracetamol');
    await expect(el).to.be.accessible();
  });

  it('switches between substances with the keyboard; a substance without data says so', async () => {
    const el = await mount(
      html`<datamed-product cis="61234567" source=${PRODUCTS_SOURCE} sections="profile"></datamed-product>`,
    );
    const tabs = qa<HTMLButtonElement>(el, '[role="tab"]');
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Paracétamol', 'Codéine (phosphate de)']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const now = qa<HTMLButtonElement>(el, '[role="tab"]');
    expect(now.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
    expect(el.shadowRoot!.activeElement).to.equal(now[1]);
    expect(textOf(el, '[role="tabpanel"]')).to.equal(
      'Aucune donnée d’effets indésirables n’est publiée pour Codéine (phosphate de).',
    );
    expect(q(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(now[1]!.id);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(qa(el, '[role="tab"]')[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(q(el, 'datamed-ae-profile')!.getAttribute('substance')).to.equal('paracetamol');
    await expect(el).to.be.accessible();
  });

  it('shows the sections `sections` asks for, in its order; one substance needs no switch', async () => {
    const el = await mount(
      html`<datamed-product
        cis="63333333"
        source=${PRODUCTS_SOURCE}
        sections="availability, description profile bogus"
      ></datamed-product>`,
    );
    expect(qa(el, '.section').map((s) => s.className.replace('section section--', ''))).to.deep.equal([
      'availability',
      'description',
      'profile',
    ]);
    expect(qa(el, '[role="tab"]')).to.have.length(0);
    expect(textOf(el, '.section--availability')).to.contain('Aucune information de disponibilité');
    expect(q(el, 'datamed-ae-profile')!.getAttribute('substance')).to.equal('ibuprofene');
  });

  it('applies the privacy rule to the product’s patients and medication errors', async () => {
    const el = await mount(
      html`<datamed-product
        cis="63333333"
        source=${PRODUCTS_SOURCE}
        sections="patients med-errors"
      ></datamed-product>`,
    );
    expect(textOf(el, '.section--patients')).to.contain('masqué');
    expect(textOf(el, '.section--patients')).to.not.match(/\b5\b/);
    const errors = q(el, 'datamed-med-errors')!;
    await waitUntil(() => customElements.get('datamed-med-errors'), 'med-errors not loaded', {
      timeout: 15_000,
    });
    await settled(errors);
    const text = deepText(errors);
    expect(text).to.contain('14 erreurs médicamenteuses déclarées');
    // 9 and 5 are below the threshold: neither is shown, nor derivable from the total.
    expect(text).to.not.match(/\b9\b|\b5\b/);
  });

  it('takes headings one level below its own, as `heading-level` says', async () => {
    const el = await mount(
      html`<datamed-product
        cis="63333333"
        source=${PRODUCTS_SOURCE}
        heading-level="3"
        sections="description"
      ></datamed-product>`,
    );
    expect(q(el, '.header [role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(q(el, '.section-title')!.getAttribute('aria-level')).to.equal('4');
  });

  it('speaks English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <datamed-product
          cis="61234567"
          source=${PRODUCTS_SOURCE}
          sections="description availability"
        ></datamed-product>
      </div>`,
    );
    const el = wrapper.firstElementChild as DatamedProduct;
    await settled(el);
    expect(textOf(el, '.header [role="heading"]')).to.equal('TESTOPRANE 500 mg/30 mg, tablet');
    expect(textOf(el, '.section--description')).to.contain('Paracetamol, 500 mg per un comprimé');
    expect(textOf(el, '.section--availability .status')).to.equal('Out of stock');
  });

  it('asks for a CIS code, refuses one that cannot be, and says a product does not exist', async () => {
    const idle = await mount(html`<datamed-product></datamed-product>`);
    expect(textOf(idle)).to.match(/attribut «\scis\s»/u);
    const bad = await mount(html`<datamed-product cis="12" source=${PRODUCTS_SOURCE}></datamed-product>`);
    expect(textOf(bad)).to.contain('Le code CIS indiqué n’est pas valide');
    const missing = await mount(
      html`<datamed-product cis="69999999" source=${PRODUCTS_SOURCE}></datamed-product>`,
    );
    expect(textOf(missing)).to.contain('Ces données n’existent pas');
  });

  it('never injects hostile strings', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await mount(
      html`<datamed-product
        sections="description availability profile"
        .data=${productFile({
          product: {
            cis: '61234567',
            name: { fr: hostile },
            laboratory: hostile,
          },
          substances: [{ name: { fr: hostile } }, { name: { fr: `${hostile}2` } }],
          availability: { status: 'risk', asOf: '2026-11-30' },
        })}
      ></datamed-product>`,
    );
    expect(deepAll(el, 'img')).to.have.length(0);
    expect(qa(el, 'a')).to.have.length(0);
    expect(textOf(el, '.section--description')).to.contain(hostile);
    expect(qa(el, '[role="tab"]').map((t) => t.textContent!.trim())).to.deep.equal([hostile, `${hostile}2`]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // A link that is not http(s) is refused with the file.
    const refused = await mount(
      html`<datamed-product
        .data=${productFile({ product: { cis: '61234567', name: { fr: 'X' }, bdpmUrl: 'javascript:alert(1)' } })}
      ></datamed-product>`,
    );
    expect(qa(refused, 'a')).to.have.length(0);
    expect(textOf(refused)).to.contain('Les données n’ont pas pu être affichées.');
  });
});

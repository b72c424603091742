import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './substance-search.js';
import type { DatamedSubstanceSearch } from './substance-search.component.js';
import type { ProductSelectDetail, SubstanceSelectDetail } from '../../events.js';
import { q, qa } from '../../../test/helpers/widgets.js';

const input = (el: HTMLElement) => q<HTMLInputElement>(el, 'input')!;
const status = (el: HTMLElement) => (q(el, '[role="status"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (root: ParentNode | null) =>
  [...(root?.querySelectorAll('[role="option"] .name') ?? [])].map((n) => n.textContent);

async function mount(template = html`<datamed-substance-search debounce="0"></datamed-substance-search>`) {
  const el = await fixture<DatamedSubstanceSearch>(template);
  await el.updateComplete;
  return el;
}

/** Types a text and waits for the search's answer (the lists load at the first search). */
async function type(el: DatamedSubstanceSearch, text: string): Promise<void> {
  const before = q(el, '[role="status"]')!.textContent;
  input(el).focus();
  input(el).value = text;
  input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(
    () =>
      q(el, '[role="status"]')!.textContent !== before &&
      status(el) !== '' &&
      !/^(Chargement|Loading)/.test(status(el)),
    `no answer to ${text}`,
    { timeout: 5_000 },
  );
  await el.updateComplete;
}

const loaderOf = (el: Element, name: 'loader' | 'productLoader') =>
  (el as unknown as Record<typeof name, { status: string }>)[name];

function key(el: DatamedSubstanceSearch, name: string): Promise<unknown> {
  input(el).dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }),
  );
  return el.updateComplete;
}

describe('<datamed-substance-search> with products', () => {
  it('lists substances and products in two named groups of the listbox, accessibly', async () => {
    const el = await mount();
    await type(el, 'doliprane');
    const groups = qa(el, '[role="listbox"] [role="group"]');
    expect(groups).to.have.length(2);
    const label = (g: Element) =>
      el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim();
    expect(groups.map(label)).to.deep.equal(['Substances', 'Spécialités']);
    expect(names(groups[0]!)).to.deep.equal(['Paracétamol']);
    expect(names(groups[1]!)).to.deep.equal(['DOLIPRANE 500 mg, gélule', 'DOLIPRANE 1000 mg, comprimé']);
    expect(status(el)).to.equal('1 substance et 2 spécialités trouvées.');
    await expect(el).to.be.accessible();
  });

  it('finds a product by every word typed, in any order, accents ignored; says when one is in shortage', async () => {
    const el = await mount();
    await type(el, '1000 doli');
    expect(qa(el, '[role="group"]')).to.have.length(1);
    expect(names(el.shadowRoot!)).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(status(el)).to.equal('1 spécialité trouvée.');
    await type(el, 'thyroxin comprime');
    expect(names(el.shadowRoot!)).to.deep.equal(['L-THYROXIN HENNING 100 microgrammes, comprimé']);
    expect(q(el, '[role="option"] .detail--note')!.textContent).to.equal('en rupture de stock');
  });

  it('moves through both groups with the arrows, the focus staying in the field', async () => {
    const el = await mount();
    await type(el, 'doliprane');
    const ids = qa(el, '[role="option"]').map((o) => o.id);
    for (const id of ids) {
      await key(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(id);
    }
    await key(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(ids[0]);
    await key(el, 'ArrowUp');
    const chosen = oneEvent(el, 'datamed-select');
    await key(el, 'Enter');
    const { detail } = (await chosen) as CustomEvent<ProductSelectDetail>;
    expect(detail.cis).to.equal('69999001');
    expect(el.getAttribute('cis')).to.equal('69999001');
    expect(input(el).value).to.equal('DOLIPRANE 1000 mg, comprimé');
    expect(status(el)).to.equal('Spécialité choisie : DOLIPRANE 1000 mg, comprimé.');
  });

  it('drives product elements with the cis, substance-only elements with the first substance', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <datamed-substance-search for="product avail errors profile" debounce="0"></datamed-substance-search>
        <datamed-product id="product"></datamed-product>
        <datamed-availability id="avail"></datamed-availability>
        <datamed-med-errors id="errors" substance="methotrexate"></datamed-med-errors>
        <datamed-ae-profile id="profile"></datamed-ae-profile>
      </div>`,
    );
    const el = page.querySelector('datamed-substance-search')!;
    const byId = (id: string) => page.querySelector(`#${id}`)!;
    // Nothing loaded yet: the call asks for both lists, and says it could not choose now.
    expect(el.choose('69999003')).to.be.false;
    expect(byId('product').hasAttribute('cis')).to.be.false;
    await waitUntil(() => loaderOf(el, 'productLoader').status === 'ready', 'no product index');
    expect(el.choose('69999003')).to.be.true;
    expect(byId('product').getAttribute('cis')).to.equal('69999003');
    expect(byId('avail').getAttribute('cis')).to.equal('69999003');
    expect(byId('errors').getAttribute('cis')).to.equal('69999003');
    expect(byId('profile').getAttribute('substance')).to.equal('amoxicilline');
    // A substance then: the elements that know substances follow; the product ones stay.
    const chosen = oneEvent(el, 'datamed-select');
    expect(el.choose('ibuprofene')).to.be.true;
    expect(((await chosen) as CustomEvent<SubstanceSelectDetail>).detail.code).to.equal('ibuprofene');
    expect(byId('errors').hasAttribute('cis')).to.be.false;
    expect(byId('errors').getAttribute('substance')).to.equal('ibuprofene');
    expect(byId('profile').getAttribute('substance')).to.equal('ibuprofene');
    expect(byId('product').getAttribute('cis')).to.equal('69999003');
    expect(el.hasAttribute('cis')).to.be.false;
    expect(el.getAttribute('substance')).to.equal('ibuprofene');
  });

  it('names its groups in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><datamed-substance-search debounce="0"></datamed-substance-search></div>`,
    );
    const el = wrapper.firstElementChild as DatamedSubstanceSearch;
    await el.updateComplete;
    await type(el, 'plaquenil');
    expect(qa(el, '.group-label').map((l) => l.textContent!.trim())).to.deep.equal([
      'Substances',
      'Medicines (products)',
    ]);
    expect(status(el)).to.equal('1 substance and 1 product found.');
    expect(q(el, '.detail--note')!.textContent).to.equal('risk of shortage');
  });
});

/**
 * The product widgets read from the DataMed stand-in (test/stand-in/) as from static files:
 * <datamed-product>, <datamed-availability> (DataMed has no availability: it says so), the `cis`
 * scope of the shortage timeline and of the medication errors, and the search box's products
 * (getSpecialities).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// Single elements read GraphQL sources once the adapter is imported (it registers itself).
import './datamed-graphql.js';
import '../../components/product/product.js';
import '../../components/availability/availability.js';
import '../../components/shortage-timeline/shortage-timeline.js';
import '../../components/med-errors/med-errors.js';
import '../../components/substance-search/substance-search.js';
import { deepText, q, qa, settled, textOf } from '../../../test/helpers/widgets.js';

const SOURCE = 'graphql:/__graphql__';

async function mount(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  await settled(el, 8_000);
  return el;
}

describe('product widgets on the DataMed GraphQL stand-in', () => {
  it('<datamed-product> shows the product page from getSpeciality', async () => {
    const el = await mount(html`<datamed-product cis="60234100" source=${SOURCE}></datamed-product>`);
    expect(q(el, '.state--error')).to.be.null;
    expect(textOf(el, '.header [role="heading"]')).to.equal('Doliprane 1000 mg, comprimé');
    const description = textOf(el, '.section--description');
    expect(description).to.contain('Paracétamol');
    expect(description).to.contain('1000 mg');
    expect(description).to.contain('N02BE01');
    expect(description).to.contain('Sanofi aventis france');
    expect(textOf(el, '.section--availability')).to.contain(
      'Aucune information de disponibilité n’est publiée pour ce médicament.',
    );
    // VERYHIGH; a yearly average of 1,250,000 over the 5 years of Open Medic: 6,250,000 patient-years.
    expect(textOf(el, '.section--patients')).to.match(/Très élevée.*6\s250\s000.*Open Medic/u);
    await expect(el).to.be.accessible();
  });

  it('<datamed-product> opens the profile of a substance getSubstances lists, not of one it does not', async () => {
    const el = await mount(
      html`<datamed-product cis="61234567" source=${SOURCE} sections="profile"></datamed-product>`,
    );
    const tabs = qa<HTMLButtonElement>(el, '[role="tab"]');
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal([
      'Paracétamol',
      'Phosphate de codéine hémihydraté',
      'Caféine',
    ]);
    await waitUntil(() => customElements.get('datamed-ae-profile'), 'profile not loaded', {
      timeout: 15_000,
    });
    const profile = q(el, 'datamed-ae-profile')!;
    expect(profile.getAttribute('substance')).to.equal('42215');
    expect(profile.getAttribute('source')).to.equal(SOURCE);
  });

  it('<datamed-availability> says that no availability is published (DataMed has none)', async () => {
    const el = await mount(
      html`<datamed-availability cis="60234100" source=${SOURCE}></datamed-availability>`,
    );
    expect(q(el, '.state--error')).to.be.null;
    expect(textOf(el)).to.contain('Aucune information de disponibilité n’est publiée pour ce médicament.');
    await expect(el).to.be.accessible();
  });

  it('<datamed-availability> says a product does not exist', async () => {
    const el = await mount(
      html`<datamed-availability cis="69999999" source=${SOURCE}></datamed-availability>`,
    );
    expect(q(el, '.state--error')).to.not.be.null;
  });

  it('<datamed-availability> says clearly that another site’s API sends no CORS headers', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const source = `graphql:${location.protocol}//${other}:${location.port}/__graphql__`;
    const el = await fixture<HTMLElement>(
      html`<datamed-availability cis="60234100" source=${source}></datamed-availability>`,
    );
    await waitUntil(() => q(el, '.state--error'), 'no error state', { timeout: 8000 });
    expect(textOf(el, '.state--error')).to.match(/CORS/);
    expect(q(el, 'button[part="retry"]')).to.not.be.null;
  });

  it('the timeline and the medication errors take a cis', async () => {
    const timeline = await mount(
      html`<datamed-shortage-timeline cis="61234567" source=${SOURCE}></datamed-shortage-timeline>`,
    );
    expect(q(timeline, '.state--error')).to.be.null;
    expect(deepText(timeline)).to.contain('Paracétamol/codéine 500 mg/30 mg, comprimé');
    expect(deepText(timeline)).to.not.contain('Doliprane');
    const errors = await mount(
      html`<datamed-med-errors cis="60000001" source=${SOURCE}></datamed-med-errors>`,
    );
    expect(q(errors, '.state--error')).to.be.null;
    expect(deepText(errors)).to.match(/234 erreurs médicamenteuses déclarées/u);
  });

  it('the search box finds products listed by getSpecialities', async () => {
    const el = await fixture<HTMLElement>(
      html`<datamed-substance-search debounce="0" source=${SOURCE}></datamed-substance-search>`,
    );
    const field = () => el.shadowRoot!.querySelector('input')!;
    await waitUntil(() => field() && !field().disabled, 'search not ready', { timeout: 5000 });
    field().focus();
    field().value = 'doliprane 1000';
    field().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'no option', { timeout: 5000 });
    const options = qa(el, '[role="option"]').map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    expect(options.some((o) => o.includes('Doliprane 1000 mg, comprimé'))).to.equal(true);
  });
});

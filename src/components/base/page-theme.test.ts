import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../key-figure/key-figure.js';
import '../substance-search/substance-search.js';
import { ANSM_LIGHT, DSFR_DARK, DSFR_LIGHT } from '../../theme/tokens.js';

const root = document.documentElement;
const primary = (el: Element) => getComputedStyle(el).getPropertyValue('--datamed-color-primary').trim();
const font = (el: Element) => getComputedStyle(el).getPropertyValue('--datamed-font-family').trim();

afterEach(() => {
  root.removeAttribute('data-fr-theme');
  root.removeAttribute('data-fr-scheme');
  root.style.removeProperty('--background-default-grey');
});

describe('on a DSFR page, the DSFR theme by default', () => {
  it('keeps the ANSM theme on other pages', async () => {
    const el = await fixture(html`<datamed-key-figure></datamed-key-figure>`);
    expect(primary(el)).to.equal(ANSM_LIGHT['color-primary']);
  });

  it('recognises the DSFR by its attributes on <html>, and follows its light and dark settings', async () => {
    root.setAttribute('data-fr-scheme', 'light');
    root.setAttribute('data-fr-theme', 'light');
    const el = await fixture(html`<datamed-key-figure></datamed-key-figure>`);
    expect(primary(el)).to.equal(DSFR_LIGHT['color-primary']);
    expect(font(el), 'Marianne, no second font').to.equal(DSFR_LIGHT['font-family']);
    // The reader switches the DSFR's display settings to dark: the widget follows.
    root.setAttribute('data-fr-theme', 'dark');
    await waitUntil(() => primary(el) === DSFR_DARK['color-primary'], 'did not follow the dark setting');
    root.setAttribute('data-fr-theme', 'light');
    await waitUntil(() => primary(el) === DSFR_LIGHT['color-primary'], 'did not come back to light');
  });

  it('recognises the DSFR by its CSS variables alone', async () => {
    root.style.setProperty('--background-default-grey', '#ffffff');
    const search = await fixture(html`<datamed-substance-search></datamed-substance-search>`);
    expect(primary(search)).to.equal(DSFR_LIGHT['color-primary']);
  });

  it('lets an explicit theme attribute win', async () => {
    root.setAttribute('data-fr-theme', 'dark');
    const ansm = await fixture(html`<datamed-key-figure theme="ansm"></datamed-key-figure>`);
    expect(primary(ansm)).to.equal(ANSM_LIGHT['color-primary']);
    const dsfrLight = await fixture(html`<datamed-key-figure theme="dsfr"></datamed-key-figure>`);
    expect(primary(dsfrLight)).to.equal(DSFR_LIGHT['color-primary']);
  });
});

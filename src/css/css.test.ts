import { expect } from '@open-wc/testing';

// No element is defined in this test page until the test imports one.
describe('datamed-widgets.css (before the elements are defined)', () => {
  it('reserves the space of a widget not yet defined, then lets it size itself', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./datamed-widgets.css', import.meta.url).href;
    const loaded = new Promise((r) => link.addEventListener('load', r));
    document.head.append(link);
    await loaded;
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    // Server-rendered markup, with fallback text for browsers without JavaScript.
    const host = document.createElement('div');
    host.innerHTML =
      '<datamed-key-figure substance="paracetamol">Paracétamol : chiffres clés sur DataMed</datamed-key-figure>' +
      '<datamed-shortage-overview></datamed-shortage-overview>';
    document.body.append(host);
    const figure = host.firstElementChild as HTMLElement;
    const overview = host.lastElementChild as HTMLElement;
    expect(getComputedStyle(figure).display).to.equal('block');
    expect(figure.getBoundingClientRect().height).to.equal(14 * root);
    expect(overview.getBoundingClientRect().height).to.equal(24 * root);
    expect(getComputedStyle(figure).visibility).to.equal('hidden');

    await import('../components/key-figure/key-figure.js');
    await customElements.whenDefined('datamed-key-figure');
    expect(getComputedStyle(figure).visibility).to.equal('visible');
    expect(getComputedStyle(figure).minHeight).to.equal('0px');
    // The other one is still waiting, still reserved.
    expect(overview.getBoundingClientRect().height).to.equal(24 * root);
    host.remove();
    link.remove();
  });
});

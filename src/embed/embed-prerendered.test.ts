import { expect, waitUntil } from '@open-wc/testing';
import './embed-host.js';
import { settled, textOf } from '../../test/helpers/widgets.js';

/** The page the server pre-rendered for `query` (scripts/wtr-embed-ssr.mjs), in an iframe, loaded. */
async function prerendered(query: string): Promise<{ iframe: HTMLIFrameElement; doc: Document }> {
  const iframe = document.createElement('iframe');
  iframe.title = 'embed';
  iframe.height = '200';
  iframe.style.width = '700px';
  iframe.style.border = '0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__prerendered__/embed.html?${query}`;
  document.body.append(iframe);
  await loaded;
  return { iframe, doc: iframe.contentDocument! };
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('embed.html pre-rendered by the server', () => {
  it('keeps the server’s element, which takes its HTML over without fetching anything', async () => {
    const { doc, iframe } = await prerendered('widget=ae-profile&substance=paracetamol&lang=en');
    const win = iframe.contentWindow as Window & typeof globalThis;
    const main = doc.querySelector('main')!;
    const el = main.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    expect(main.childElementCount).to.equal(1);
    expect(el.localName).to.equal('datamed-ae-profile');
    // The server's element: it has the source the server gave it, which the query did not.
    expect(el.getAttribute('source')).to.equal('/demo-data/');
    await waitUntil(() => win.customElements.get('datamed-ae-profile'), 'never defined', { timeout: 10_000 });
    await settled(el, 10_000);
    // Taken over: the element's own render (adopted styles, the chart / table switch), not the
    // server's <style> and folded tables.
    await waitUntil(() => !el.shadowRoot!.querySelector('style'), 'server HTML never replaced', {
      timeout: 10_000,
    });
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    const chart = el.shadowRoot!.querySelector('datamed-bar-chart')!;
    await waitUntil(
      () => chart.shadowRoot?.querySelector('.toolbar button[aria-pressed]'),
      'no view switch',
      {
        timeout: 10_000,
      },
    );
    expect(chart.shadowRoot!.querySelector('.server-table')).to.equal(null);
    expect(textOf(el)).to.contain('Paracetamol');
    expect(doc.documentElement.lang).to.equal('en');
    expect(main.firstElementChild, 'same element').to.equal(el);
    // Its data came with the page: no request for the tree.
    const fetched = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.includes('/demo-data/'));
    expect(fetched).to.deep.equal([]);
  });

  it('still reports its height to the host page', async () => {
    const { iframe, doc } = await prerendered('widget=key-figure&substance=paracetamol');
    const content = () => Math.ceil(doc.body.getBoundingClientRect().height);
    await waitUntil(() => iframe.style.height === `${content()}px`, 'not resized', { timeout: 10_000 });
    expect(content()).to.be.greaterThan(200);
  });

  it('shows the page’s message for an unknown widget, before and after its script', async () => {
    const { doc } = await prerendered('widget=vega-chart&lang=en');
    const message = doc.querySelector('[role="alert"]')!;
    expect(message.textContent).to.contain('Known widgets: ae-profile, key-figure');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(doc.querySelectorAll('main > *').length).to.equal(1);
    expect(doc.querySelector('[role="alert"]')!.textContent).to.contain('Known widgets');
  });
});

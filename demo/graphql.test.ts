/**
 * The GraphQL demo page (demo/graphql.html), its widgets drawn from the DataMed stand-in that the
 * test server serves at /__graphql__ as `npm start` does: every widget shows its data, the one
 * pointed at a failing endpoint shows an error, none stays blank.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { settled, textOf } from '../test/helpers/widgets.js';

describe('demo GraphQL page', () => {
  it('draws every widget from the stand-in, and the failing source as an error', async () => {
    const response = await fetch('/demo/graphql.html');
    expect(response.ok, 'demo/graphql.html is served').to.be.true;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const host = document.createElement('div');
    host.style.width = '900px';
    host.innerHTML = page.querySelector('main')!.innerHTML;
    document.body.append(host);
    try {
      const search = host.querySelector<HTMLElement>('datamed-substance-search')!;
      const field = () => search.shadowRoot?.querySelector('input');
      await waitUntil(() => field() && !field()!.disabled, 'the search box did not get its list', {
        timeout: 10_000,
      });
      const widgets = [...host.querySelectorAll<HTMLElement>('[source]')].filter((el) => el !== search);
      expect(widgets.length).to.equal(7);
      for (const el of widgets) await settled(el, 15_000);
      for (const el of widgets) {
        const failing = el.getAttribute('source')!.includes('/__demo__/error/');
        const error = el.shadowRoot!.querySelector('.state--error');
        expect(!!error, `${el.localName} ${el.getAttribute('substance') ?? ''} in error`).to.equal(failing);
        expect(textOf(el), el.localName).to.not.equal('');
      }
    } finally {
      host.remove();
    }
  });
});

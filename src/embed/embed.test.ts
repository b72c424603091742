import { expect, waitUntil } from '@open-wc/testing';
import { embed } from '../../test/helpers/embed.js';
import { embedQuery, parseEmbedParams } from './params.js';
import { attach } from './embed-host.js';
import { HELLO, RESIZE, isHello, isResize } from './protocol.js';
import { textOf } from '../../test/helpers/widgets.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('embed.html parameters', () => {
  it('accepts the widgets of the allow-list and their attributes only', () => {
    const r = parseEmbedParams(
      '?widget=ae-profile&substance=paracetamol&lang=en&theme=dsfr%20dark&sections=sex,age&onclick=x&view=table',
    )!;
    expect(r.tag).to.equal('datamed-ae-profile');
    expect(r.attributes).to.deep.equal([
      ['substance', 'paracetamol'],
      ['lang', 'en'],
      ['theme', 'dsfr dark'],
      ['sections', 'sex age'],
      ['view', 'table'],
    ]);
    expect(r.rejected).to.deep.equal(['onclick']);
    expect(parseEmbedParams('?widget=vega-chart')).to.equal(undefined);
    expect(parseEmbedParams('?widget=script')).to.equal(undefined);
    expect(parseEmbedParams('?widget=__proto__')).to.equal(undefined);
    expect(parseEmbedParams('')).to.equal(undefined);
  });

  it('takes the all-medicines scope and the overview’s year, nothing else in their place', () => {
    expect(parseEmbedParams('?widget=ae-profile&scope=all')!.attributes).to.deep.equal([['scope', 'all']]);
    expect(parseEmbedParams('?widget=key-figure&scope=some')!.rejected).to.deep.equal(['scope']);
    const overview = parseEmbedParams('?widget=shortage-overview&year=2019&scope=all')!;
    expect(overview.attributes).to.deep.equal([['year', '2019']]);
    expect(overview.rejected).to.deep.equal(['scope']);
    expect(parseEmbedParams('?widget=shortage-overview&year=19%3Cb%3E')!.rejected).to.deep.equal(['year']);
  });

  it('rejects values outside their pattern: markup, scripts, other protocols', () => {
    const r = parseEmbedParams(
      '?widget=key-figure&substance=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=de&theme=red' +
        '&source=javascript:alert(1)&heading-level=9&heading=ok',
    )!;
    expect(r.attributes).to.deep.equal([['heading', 'ok']]);
    expect(r.rejected).to.have.members(['substance', 'lang', 'theme', 'source', 'heading-level']);
    expect(parseEmbedParams('?widget=key-figure&source=http://x.org/')!.rejected).to.deep.equal(['source']);
    expect(parseEmbedParams('?widget=key-figure&source=https://x.org/d/')!.attributes).to.deep.equal([
      ['source', 'https://x.org/d/'],
    ]);
    // One value per attribute: a second one is dropped, not appended.
    expect(parseEmbedParams('?widget=key-figure&substance=a&substance=b')!.attributes).to.deep.equal([
      ['substance', 'a'],
    ]);
  });

  it('builds the query string back, encoded', () => {
    const q = embedQuery('shortage-timeline', { product: 'A&B "C"', lang: 'fr', theme: '' });
    expect(q).to.equal('widget=shortage-timeline&product=A%26B+%22C%22&lang=fr');
    expect(parseEmbedParams(q)!.attributes).to.deep.equal([
      ['product', 'A&B "C"'],
      ['lang', 'fr'],
    ]);
  });
});

describe('embed.html', () => {
  it('shows one widget full width, in the language asked for', async () => {
    const { doc } = await embed('widget=key-figure&substance=paracetamol&lang=en&theme=dsfr');
    const el = doc.querySelector('datamed-key-figure')!;
    expect(el.getAttribute('theme')).to.equal('dsfr');
    expect(doc.documentElement.lang).to.equal('en');
    expect(textOf(el)).to.contain('Key figures');
    expect(el.getBoundingClientRect().width).to.be.greaterThan(580);
  });

  it('puts text from the address into attributes, never into the page as HTML', async () => {
    const { doc } = await embed(
      'widget=key-figure&substance=paracetamol&heading=%3Cimg%20src%3Dx%20onerror%3D%22parent.__pwned%3D1%22%3E',
    );
    const el = doc.querySelector('datamed-key-figure')!;
    expect(doc.querySelectorAll('img').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect(textOf(el)).to.contain('<img src=x onerror="parent.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says which widgets exist when the address names none of them', async () => {
    const { doc } = await embed('widget=%3Cscript%3Ealert(1)%3C/script%3E&lang=en');
    const message = doc.querySelector('[role="alert"]')!;
    expect(message.textContent).to.contain('Known widgets: ae-profile, key-figure');
    expect([...doc.querySelectorAll('script')].some((s) => s.textContent?.includes('alert'))).to.equal(false);
  });
});

describe('embed-host.js', () => {
  it('validates the shape of messages', () => {
    expect(isHello({ type: HELLO, version: 1 })).to.equal(true);
    expect(isHello({ type: HELLO, version: 2 })).to.equal(false);
    expect(isResize({ type: RESIZE, version: 1, height: 420 })).to.equal(true);
    for (const height of [-1, Infinity, NaN, 1e9, '420'])
      expect(isResize({ type: RESIZE, version: 1, height })).to.equal(false);
    expect(isResize({ type: RESIZE, version: 1, height: 1, extra: true })).to.equal(false);
    expect(isResize('{"type":"datamed-embed:resize"}')).to.equal(false);
  });

  it('makes the iframe as tall as its content, and follows it', async () => {
    const { iframe, doc } = await embed('widget=key-figure&substance=paracetamol', 150);
    // Found by the host script on its own (it watches the page for embed iframes).
    expect(attach(iframe), 'attached once').to.equal(false);
    const content = () => Math.ceil(doc.body.getBoundingClientRect().height);
    await waitUntil(() => iframe.style.height === `${content()}px`, 'not resized', { timeout: 5_000 });
    expect(content()).to.be.greaterThan(150);
    // The content grows: the iframe follows.
    const extra = doc.createElement('div');
    extra.style.height = '500px';
    doc.body.append(extra);
    await waitUntil(() => iframe.style.height === `${content()}px`, 'did not follow', { timeout: 5_000 });
  });

  it('keeps the height it was given until the widget is there (never shrinks to the bare page first)', async () => {
    const heights: string[] = [];
    const record = new MutationObserver((records) => {
      for (const r of records) heights.push((r.target as HTMLIFrameElement).style.height);
    });
    const watch = new MutationObserver(() => {
      for (const f of document.querySelectorAll('iframe'))
        record.observe(f, { attributes: true, attributeFilter: ['style'] });
    });
    watch.observe(document.body, { childList: true });
    try {
      const { iframe, doc } = await embed('widget=key-figure&substance=paracetamol', 300);
      const content = () => Math.ceil(doc.body.getBoundingClientRect().height);
      await waitUntil(() => iframe.style.height === `${content()}px`, 'not resized', { timeout: 5_000 });
      await new Promise((r) => setTimeout(r, 50));
      expect(heights.length, 'resized at least once').to.be.greaterThan(0);
      // Every height it was given is the widget's: 8 px would be the empty page's padding alone.
      for (const h of heights) expect(parseFloat(h), `heights ${heights.join(', ')}`).to.be.greaterThan(100);
    } finally {
      watch.disconnect();
      record.disconnect();
    }
  });

  it('ignores resize messages that do not come from the embed iframe', async () => {
    const { iframe } = await embed('widget=key-figure&substance=paracetamol', 150);
    await waitUntil(() => iframe.style.height !== '', 'not resized', { timeout: 5_000 });
    // Forged by the page itself (or any other window): the source is not the iframe.
    window.postMessage({ type: RESIZE, version: 1, height: 5 }, '*');
    await new Promise((r) => setTimeout(r, 100));
    expect(iframe.style.height).not.to.equal('5px');
    expect(iframe.getBoundingClientRect().height).to.be.greaterThan(150);
  });

  it('leaves other iframes alone', () => {
    const other = document.createElement('iframe');
    other.src = '/src/embed/other.html';
    expect(attach(other)).to.equal(false);
  });
});

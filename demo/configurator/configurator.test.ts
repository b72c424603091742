import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './configurator.js';
import type { DemoEmbedConfigurator } from './configurator.js';
import {
  DEFAULT_CONFIG,
  escapeHtml,
  iframeSnippet,
  npmSnippet,
  scriptSnippet,
  type EmbedConfig,
} from './snippets.js';
import { parseEmbedParams } from '../../src/embed/params.js';
import { chooseInSearch } from '../../test/helpers/search.js';
import { sendKeys } from '@web/test-runner-commands';
import { Downloads } from '../../test/helpers/downloads.js';
import { queryOfState, stateFromQuery, DEFAULT_STATE } from './url-state.js';

const HOSTILE = `"><script>alert(1)</script> & 'x'`;
const config = (patch: Partial<EmbedConfig> = {}): EmbedConfig => ({ ...DEFAULT_CONFIG, ...patch });
const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');

describe('embed snippets', () => {
  it('reflect the choices: widget, substance, sections, language, theme', () => {
    const c = config({
      widget: 'ae-profile',
      substance: 'ibuprofene',
      sections: ['sex', 'organs'],
      lang: 'en',
      theme: 'dsfr dark',
    });
    const tag =
      '<datamed-ae-profile substance="ibuprofene" sections="sex organs" lang="en" theme="dsfr dark">';
    expect(scriptSnippet(c)).to.contain('/dist/cdn/ae-profile.js"></script>').and.contain(tag);
    expect(npmSnippet(c)).to.contain("import 'datamed-widgets/ae-profile';").and.contain(tag);
    const iframe = parse(iframeSnippet(c, 'Profil')).querySelector('iframe')!;
    const url = new URL(iframe.getAttribute('src')!);
    expect(url.pathname).to.match(/\/dist\/cdn\/embed\.html$/);
    expect(parseEmbedParams(url.search)!.attributes).to.deep.equal([
      ['substance', 'ibuprofene'],
      ['sections', 'sex organs'],
      ['lang', 'en'],
      ['theme', 'dsfr dark'],
    ]);
    // Defaults are left out: every section, the ANSM theme.
    expect(scriptSnippet(config())).to.contain('<datamed-ae-profile substance="paracetamol" lang="fr">');
    expect(scriptSnippet(config({ widget: 'key-figure', sections: ['sex'] }))).not.to.contain('sections');
  });

  it('escape every value for where it goes', () => {
    expect(escapeHtml(HOSTILE)).to.equal('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;');
    const c = config({ widget: 'key-figure', heading: HOSTILE });
    for (const snippet of [scriptSnippet(c), npmSnippet(c)]) {
      const doc = parse(snippet);
      expect(doc.querySelector('datamed-key-figure')!.getAttribute('heading')).to.equal(HOSTILE.trim());
      expect(doc.querySelectorAll('script:not([src])').length).to.equal(0);
    }
    const doc = parse(iframeSnippet(c, HOSTILE));
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.title).to.equal(HOSTILE);
    const query = parseEmbedParams(new URL(iframe.src).search)!;
    expect(query.attributes).to.deep.include(['heading', HOSTILE.trim()]);
    expect(doc.querySelectorAll('script:not([src])').length).to.equal(0);
  });
});

describe('<demo-embed-configurator>', () => {
  let el: DemoEmbedConfigurator;
  const code = (name: string) => el.querySelector(`[data-snippet="${name}"]`)!.textContent!;
  const preview = () => el.querySelector('.cfg-canvas')!.firstElementChild as HTMLElement;

  beforeEach(async () => {
    el = await fixture<DemoEmbedConfigurator>(html`<demo-embed-configurator></demo-embed-configurator>`);
  });

  it('previews the chosen widget and updates the snippets as choices change', async () => {
    expect(preview().tagName).to.equal('DATAMED-AE-PROFILE');
    const widget = el.querySelector<HTMLSelectElement>('select[name="widget"]')!;
    widget.value = 'shortage-timeline';
    widget.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(preview().tagName).to.equal('DATAMED-SHORTAGE-TIMELINE');
    expect(code('script')).to.contain('shortage-timeline.js').and.contain('<datamed-shortage-timeline ');
    expect(code('npm')).to.contain("import 'datamed-widgets/shortage-timeline';");
    expect(code('iframe')).to.contain('widget=shortage-timeline');
    expect(el.querySelector('input[name="sections"]'), 'sections only for the profile').to.equal(null);

    el.querySelector<HTMLInputElement>('input[name="lang"][value="en"]')!.click();
    const theme = el.querySelector<HTMLSelectElement>('select[name="theme"]')!;
    theme.value = 'dsfr dark';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(preview().getAttribute('lang')).to.equal('en');
    expect(preview().getAttribute('theme')).to.equal('dsfr dark');
    expect(code('script')).to.contain('lang="en" theme="dsfr dark"');
  });

  it('takes the substance from the search box and the sections from the checkboxes', async () => {
    await chooseInSearch(el.querySelector('datamed-substance-search')!, 'ibupro', /ibuprof/i);
    await waitUntil(() => preview().getAttribute('substance') === 'ibuprofene', 'substance not taken');
    el.querySelector<HTMLInputElement>('input[name="sections"][value="patients"]')!.click();
    el.querySelector<HTMLInputElement>('input[name="sections"][value="trend"]')!.click();
    await el.updateComplete;
    expect(code('script')).to.contain(
      'substance="ibuprofene" sections="key-figures sex age organs seriousness reporters"',
    );
  });

  it('shows a hostile title as text, and escaped in the snippets', async () => {
    const heading = el.querySelector<HTMLInputElement>('input[name="heading"]')!;
    heading.value = HOSTILE;
    heading.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(code('script')).to.contain(`heading="${escapeHtml(HOSTILE.trim())}"`);
    expect(preview().getAttribute('heading')).to.equal(HOSTILE.trim());
    expect(el.querySelectorAll('script').length).to.equal(0);
  });

  it('copies a snippet with its button and says so', async () => {
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      el.querySelector<HTMLButtonElement>('button[aria-label="Copier : Iframe"]')!.click();
      await waitUntil(() => copied, 'nothing copied');
      expect(copied).to.equal(code('iframe'));
      await el.updateComplete;
      expect(el.querySelector('[role="status"]')!.textContent).to.contain('copié');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('offers the preview as static HTML, with no script, to copy and to download', async () => {
    const widget = el.querySelector<HTMLSelectElement>('select[name="widget"]')!;
    widget.value = 'key-figure';
    widget.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.querySelector('.cfg-static-state')!.textContent).to.contain('Préparation');
    await waitUntil(() => el.querySelector('[data-snippet="static"]'), 'no static HTML', { timeout: 15_000 });
    const snippet = code('static');
    const doc = parse(snippet);
    expect(doc.querySelectorAll('script').length).to.equal(0);
    expect(doc.querySelectorAll('style').length).to.equal(1);
    expect([...doc.body.querySelectorAll('*')].some((e) => e.localName.includes('-'))).to.equal(false);
    expect(doc.body.textContent).to.contain('Chiffres clés');

    const downloads = new Downloads().install();
    try {
      el.querySelector<HTMLButtonElement>('.cfg-download')!.click();
      expect(downloads.files.map((f) => f.name)).to.deep.equal(['datamed-key-figure-paracetamol.html']);
      const page = await downloads.files[0]!.blob.text();
      expect(page)
        .to.match(/^<!doctype html>\n<html lang="fr">/)
        .and.contain(snippet);
    } finally {
      downloads.uninstall();
    }
    // Another language: made again from the new preview.
    el.querySelector<HTMLInputElement>('input[name="lang"][value="en"]')!.click();
    await el.updateComplete;
    await waitUntil(
      () => el.querySelector('[data-snippet="static"]')?.textContent?.includes('Key figures'),
      'not made again',
      {
        timeout: 15_000,
      },
    );
    await expect(el).to.be.accessible();
  });

  it('makes the static HTML from the widget in the iframe too', async () => {
    el.querySelector<HTMLInputElement>('input[name="preview"][value="iframe"]')!.click();
    await el.updateComplete;
    await waitUntil(() => el.querySelector('[data-snippet="static"]'), 'no static HTML', { timeout: 15_000 });
    const doc = parse(code('static'));
    expect(doc.querySelectorAll('svg').length).to.be.greaterThan(3);
    expect(doc.querySelectorAll('details.server-table table').length).to.be.greaterThan(3);
  });

  it('previews through embed.html in an iframe', async () => {
    el.querySelector<HTMLInputElement>('input[name="preview"][value="iframe"]')!.click();
    await el.updateComplete;
    const iframe = preview() as HTMLIFrameElement;
    expect(iframe.tagName).to.equal('IFRAME');
    expect(new URL(iframe.src).pathname).to.equal('/src/embed/embed.html');
    expect(new URL(iframe.src).searchParams.get('widget')).to.equal('ae-profile');
  });

  it('is accessible, and closes the search list when another widget is chosen', async () => {
    await chooseInSearch(el.querySelector('datamed-substance-search')!, 'ibupro', /ibuprof/i);
    const widget = el.querySelector<HTMLSelectElement>('select[name="widget"]')!;
    widget.value = 'shortage-timeline';
    widget.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const search = el.querySelector('datamed-substance-search')!;
    await (search as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(search.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows the preview at 320, 768 or 1280 px without rebuilding the widget', async () => {
    const widgetBefore = preview();
    expect(el.querySelector<HTMLElement>('.cfg-canvas')!.getBoundingClientRect().width).to.equal(768);
    el.querySelector<HTMLInputElement>('input[name="width"][value="320"]')!.click();
    await el.updateComplete;
    expect(el.querySelector<HTMLElement>('.cfg-canvas')!.getBoundingClientRect().width).to.equal(320);
    expect(el.querySelector('#cfg-preview-title')!.textContent).to.contain('320 px');
    expect(preview()).to.equal(widgetBefore);
  });

  it('can be used from the keyboard alone: every option, then the copy buttons, in order', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      el.querySelector<HTMLSelectElement>('select[name="widget"]')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 24; i++) {
        let active = document.activeElement as HTMLElement | null;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
        seen.push(active?.getAttribute('name') ?? active?.className ?? active?.tagName ?? '');
        await sendKeys({ press: 'Tab' });
      }
      const order = ['widget', 'sections', 'lang', 'theme', 'heading', 'preview', 'width', 'cfg-copy'];
      const firstSeen = order.map((name) => seen.indexOf(name));
      expect(
        firstSeen.every((i) => i >= 0),
        seen.join(' '),
      ).to.be.true;
      expect([...firstSeen].sort((a, b) => a - b)).to.deep.equal(firstSeen);
      // The radios of a group: arrows choose; the copy button: Enter copies and says so.
      el.querySelector<HTMLInputElement>('input[name="width"]:checked')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.state.width).to.equal(320);
      el.querySelector<HTMLButtonElement>('.cfg-copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied, 'nothing copied');
      expect(copied).to.equal(code('script'));
      await el.updateComplete;
      expect(el.querySelector('.cfg-copy')!.textContent).to.contain('Copié');
      expect(el.querySelector('[role="status"]')!.textContent).to.contain('Balise script (CDN) : copié');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('keeps every option in the address with sync-url, and starts from it', async () => {
    const before = location.href;
    try {
      history.replaceState(history.state, '', `${location.pathname}?widget=key-figure&lang=en&width=320`);
      const synced = await fixture<DemoEmbedConfigurator>(
        html`<demo-embed-configurator sync-url></demo-embed-configurator>`,
      );
      expect(synced.state.config.widget).to.equal('key-figure');
      expect(synced.state.width).to.equal(320);
      expect(synced.querySelector('.cfg-canvas')!.firstElementChild!.getAttribute('lang')).to.equal('en');
      const theme = synced.querySelector<HTMLSelectElement>('select[name="theme"]')!;
      theme.value = 'dsfr dark';
      theme.dispatchEvent(new Event('change'));
      await synced.updateComplete;
      const query = new URLSearchParams(location.search);
      expect(Object.fromEntries(query)).to.deep.equal({
        widget: 'key-figure',
        lang: 'en',
        theme: 'dsfr dark',
        width: '320',
      });
      expect(synced.querySelector('[data-snippet="link"]')!.textContent).to.equal(location.href);
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});

describe('the configurator in the address', () => {
  it('round-trips every option, and ignores what it does not know', () => {
    const state = {
      config: {
        ...DEFAULT_STATE.config,
        widget: 'ae-profile' as const,
        substance: 'Doliprane',
        sections: ['sex', 'age'],
        lang: 'en' as const,
        theme: 'dsfr',
        heading: HOSTILE,
      },
      previewMode: 'iframe' as const,
      width: 1280 as const,
    };
    expect(stateFromQuery(queryOfState(state))).to.deep.equal(state);
    expect(queryOfState(DEFAULT_STATE)).to.equal('');
    expect(stateFromQuery('?widget=../x&theme=<b>&width=9&lang=de&preview=x')).to.deep.equal(DEFAULT_STATE);
  });
});

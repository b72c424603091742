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
  const preview = () => el.querySelector('.configurator-preview')!.firstElementChild as HTMLElement;

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
      const buttons = [...el.querySelectorAll('button')];
      buttons.find((b) => b.textContent!.includes('Iframe'))!.click();
      await waitUntil(() => copied, 'nothing copied');
      expect(copied).to.equal(code('iframe'));
      await el.updateComplete;
      expect(el.querySelector('[role="status"]')!.textContent).to.contain('copié');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('previews through embed.html in an iframe', async () => {
    el.querySelector<HTMLInputElement>('input[name="preview"][value="iframe"]')!.click();
    await el.updateComplete;
    const iframe = preview() as HTMLIFrameElement;
    expect(iframe.tagName).to.equal('IFRAME');
    expect(new URL(iframe.src).pathname).to.equal('/src/embed/embed.html');
    expect(new URL(iframe.src).searchParams.get('widget')).to.equal('ae-profile');
  });
});

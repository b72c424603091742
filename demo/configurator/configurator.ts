/**
 * <demo-embed-configurator>: the webmaster's page. A form (widget, substance through
 * <datamed-substance-search>, the profile's sections, language, theme, title, preview mode and
 * width), the preview at 320, 768 or 1280 px, and beside it a sticky panel with the snippets to
 * copy (script tag, npm import, iframe, static HTML made from the preview) and a link to this very
 * configuration. With `sync-url`,
 * every option lives in the page's address. Renders in the light DOM (the page's styles apply).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import '../../src/index.js';
import { PROFILE_SECTIONS } from '../../src/adverse-effects/profile.js';
import { safeFileName, saveFile } from '../../src/export/save.js';
import { staticHtml } from '../../src/export/static-html.js';
import { configuratorForm, WIDGET_LABELS } from './form.js';
import {
  embedUrl,
  escapeHtml,
  iframeSnippet,
  npmSnippet,
  scriptSnippet,
  widgetAttributes,
  type EmbedConfig,
} from './snippets.js';
import { DEFAULT_STATE, queryOfState, stateFromQuery, type ConfiguratorState } from './url-state.js';

export class DemoEmbedConfigurator extends LitElement {
  static override properties = {
    state: { state: true },
    copied: { state: true },
    staticSnippet: { state: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  state: ConfiguratorState = structuredClone(DEFAULT_STATE);
  /** The snippet copied last, and what the status line says about it. */
  copied: { name: string; message: string } | undefined;
  /**
   * The preview as static HTML (src/export/static-html.ts), made once it has rendered: undefined
   * meanwhile, empty when it could not be made.
   */
  staticSnippet: string | undefined;
  private staticRun = 0;
  /** Reads the choices from the page's address at start, and writes them back on every change. */
  syncUrl = false;
  /** Where embed.html is served beside this page (`npm start` and `npm run build:demo`). */
  embedBase = new URL('../src/embed/embed.html', document.baseURI).href;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shorthands for the tests and the page's scripts. */
  get config(): EmbedConfig {
    return this.state.config;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.state = stateFromQuery(location.search);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  private apply(patch: Partial<ConfiguratorState>): void {
    this.state = { ...this.state, ...patch };
    this.copied = undefined;
    if (this.syncUrl)
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${queryOfState(this.state)}${location.hash}`,
      );
  }

  private set(patch: Partial<EmbedConfig>): void {
    this.apply({ config: { ...this.state.config, ...patch } });
  }

  private toggleSection(key: string, on: boolean): void {
    const chosen = new Set(this.state.config.sections);
    if (on) chosen.add(key);
    else chosen.delete(key);
    this.set({ sections: PROFILE_SECTIONS.filter((s) => chosen.has(s)) });
  }

  private widgetTitle(): string {
    const c = this.state.config;
    return `${WIDGET_LABELS[c.widget]}${c.substance ? ` : ${c.substance}` : ''}`;
  }

  /** The address of this configuration (with `sync-url`, the page's own). */
  shareUrl(): string {
    return new URL(`${location.pathname}${queryOfState(this.state)}`, location.origin).href;
  }

  private async copy(name: string, label: string, text: string): Promise<void> {
    clearTimeout(this.copiedTimer);
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { name, message: `${label} : copié dans le presse-papiers.` };
    } catch {
      // No clipboard (permissions, insecure page): select the code for Ctrl+C.
      const code = this.querySelector(`[data-snippet="${name}"]`);
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = { name, message: `${label} : sélectionné, copiez avec Ctrl+C.` };
    }
    // The button says "Copié" for a while; the status line keeps its message for screen readers.
    this.copiedTimer = setTimeout(() => {
      if (this.copied?.name === name) this.copied = { ...this.copied, name: '' };
    }, 4_000);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The static HTML of the previous choices is no longer the preview's (refreshStatic makes it again).
    if (changed.has('state')) this.staticSnippet = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('state')) return;
    const before = changed.get('state') as ConfiguratorState | undefined;
    // Every change shows in the preview (the width redraws its charts): the static HTML follows.
    void this.refreshStatic();
    // The width alone does not rebuild the widget: it only resizes its box.
    if (before && before.config === this.state.config && before.previewMode === this.state.previewMode)
      return;
    const box = this.querySelector<HTMLElement>('.cfg-canvas');
    if (!box) return;
    if (this.state.previewMode === 'iframe') {
      const iframe = document.createElement('iframe');
      iframe.src = embedUrl(this.state.config, this.embedBase);
      iframe.title = this.widgetTitle();
      iframe.className = 'cfg-iframe';
      box.replaceChildren(iframe);
      return;
    }
    // The same attributes as the snippets, set one by one: nothing is parsed as HTML.
    const element = document.createElement(`datamed-${this.state.config.widget}`);
    for (const [name, value] of widgetAttributes(this.state.config)) element.setAttribute(name, value);
    box.replaceChildren(element);
  }

  /** The widget of the preview: the element, or the one embed.html shows in the iframe. */
  private async previewWidget(): Promise<HTMLElement | undefined> {
    const shown = this.querySelector('.cfg-canvas')?.firstElementChild;
    if (!(shown instanceof HTMLIFrameElement)) return (shown as HTMLElement | null) ?? undefined;
    // Same origin: the widget in the iframe, once embed.html has put it (or its message) there.
    for (let waited = 0; waited < 10_000; waited += 50) {
      const inside = shown.contentDocument?.querySelector('main[data-datamed-embed] > *');
      if (inside) return inside.shadowRoot ? (inside as HTMLElement) : undefined;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  }

  /** Makes the static HTML again from the preview, once it has rendered (the latest run wins). */
  private async refreshStatic(): Promise<void> {
    const run = ++this.staticRun;
    let snippet = '';
    try {
      // Two frames: a new width redraws the charts in the next one.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      const widget = run === this.staticRun ? await this.previewWidget() : undefined;
      if (widget && run === this.staticRun) snippet = await staticHtml(widget);
    } catch {
      snippet = '';
    }
    if (run === this.staticRun) this.staticSnippet = snippet;
  }

  /** The static HTML as a page of its own (to open and check, then paste its body). */
  private downloadStatic(snippet: string): void {
    const c = this.state.config;
    const page =
      `<!doctype html>\n<html lang="${c.lang}">\n<head>\n<meta charset="utf-8" />\n` +
      `<title>${escapeHtml(this.widgetTitle())}</title>\n</head>\n<body>\n${snippet}\n</body>\n</html>\n`;
    saveFile(`${safeFileName(`datamed-${c.widget}-${c.substance}`)}.html`, page, 'text/html');
  }

  private snippet(name: string, heading: string, text: string, more?: unknown) {
    const done = this.copied?.name === name;
    return html`<section class="cfg-snippet" aria-labelledby="cfg-snippet-${name}">
      <div class="cfg-snippet-head">
        <h3 id="cfg-snippet-${name}">${heading}</h3>
        <button
          type="button"
          class="cfg-copy"
          aria-label="${done ? 'Copié' : 'Copier'} : ${heading}"
          @click=${() => this.copy(name, heading, text)}
        >
          ${done ? 'Copié ✓' : 'Copier'}
        </button>
      </div>
      ${more ?? nothing}
      ${
        more
          ? html`<pre
              class="snippet cfg-scroll"
              tabindex="0"
              role="region"
              aria-label="Code : ${heading}"
            ><code
                data-snippet=${name}
              >${text}</code></pre>`
          : html`<pre class="snippet"><code data-snippet=${name}>${text}</code></pre>`
      }
    </section>`;
  }

  /** The static HTML: what it is for, then the snippet with its copy and download buttons. */
  private staticHtmlSnippet() {
    const heading = 'HTML statique, sans script';
    const hint = html`<p class="cfg-hint">
      Pour un CMS qui retire les scripts et les iframes : l’aperçu tel qu’il est dessiné, à
      ${this.state.width} px, avec le tableau sous chaque graphique ; sans interaction, et les données ne se
      mettent pas à jour.
    </p>`;
    const snippet = this.staticSnippet;
    if (!snippet)
      return html`<section class="cfg-snippet" aria-labelledby="cfg-snippet-static">
        <h3 id="cfg-snippet-static">${heading}</h3>
        ${hint}
        <p class="cfg-static-state">
          ${
            snippet === undefined
              ? 'Préparation, une fois l’aperçu affiché…'
              : 'Indisponible pour cet aperçu (il ne s’est pas affiché).'
          }
        </p>
      </section>`;
    return this.snippet(
      'static',
      heading,
      snippet,
      html`${hint}
        <button type="button" class="cfg-download" @click=${() => this.downloadStatic(snippet)}>
          Télécharger en fichier .html
        </button>`,
    );
  }

  protected override render() {
    const c = this.state.config;
    const width = this.state.width;
    return html`<div class="cfg">
      ${configuratorForm(this.state, {
        set: (patch) => this.set(patch),
        toggleSection: (key, on) => this.toggleSection(key, on),
        preview: (patch) => this.apply(patch),
      })}
      <aside class="cfg-panel" aria-labelledby="cfg-panel-title">
        <h2 id="cfg-panel-title">Code à copier</h2>
        <p class="cfg-status" role="status">${this.copied?.message ?? ''}</p>
        ${this.snippet('script', 'Balise script (CDN)', scriptSnippet(c))}
        ${this.snippet('npm', 'Import npm', npmSnippet(c))}
        ${this.snippet('iframe', 'Iframe', iframeSnippet(c, this.widgetTitle()))} ${this.staticHtmlSnippet()}
        ${this.snippet('link', 'Lien vers cette configuration', this.shareUrl())}
      </aside>
      <section class="cfg-preview" aria-labelledby="cfg-preview-title">
        <h2 id="cfg-preview-title">Aperçu à ${width} px</h2>
        <div class="cfg-stage" tabindex="0" role="region" aria-label="Aperçu, défilable">
          <div class="cfg-canvas" style="width: ${width}px"></div>
        </div>
      </section>
    </div>`;
  }
}

if (!customElements.get('demo-embed-configurator'))
  customElements.define('demo-embed-configurator', DemoEmbedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'demo-embed-configurator': DemoEmbedConfigurator;
  }
}

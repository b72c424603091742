/**
 * <demo-embed-configurator>: choose a widget, a substance (through <datamed-substance-search>), the
 * profile's sections, the language, the theme and a title; see it live, and copy it as a script
 * tag, an npm import or an iframe. Renders in the light DOM (the demo page's styles apply).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import '../../src/index.js';
import { PROFILE_SECTIONS } from '../../src/adverse-effects/profile.js';
import { EMBED_WIDGETS, type EmbedWidget } from '../../src/embed/params.js';
import {
  DEFAULT_CONFIG,
  embedUrl,
  iframeSnippet,
  npmSnippet,
  scriptSnippet,
  widgetAttributes,
  type EmbedConfig,
} from './snippets.js';

const WIDGET_LABELS: Record<EmbedWidget, string> = {
  'ae-profile': 'Profil des effets indésirables',
  'key-figure': 'Chiffres clés',
  'med-errors': 'Erreurs médicamenteuses',
  'shortage-timeline': 'Ruptures de stock dans le temps',
  'shortage-overview': 'Ruptures de stock en chiffres',
};
const SECTION_LABELS: Record<string, string> = {
  'key-figures': 'Chiffres clés',
  sex: 'Sexe',
  age: 'Âge',
  patients: 'Patients traités',
  organs: 'Classes d’organes',
  seriousness: 'Gravité',
  reporters: 'Déclarants',
  trend: 'Évolution',
};
const THEMES: [string, string][] = [
  ['ansm', 'ANSM'],
  ['dsfr', 'DSFR (Système de design de l’État)'],
  ['ansm dark', 'ANSM sombre'],
  ['dsfr dark', 'DSFR sombre'],
  ['ansm auto', 'ANSM, selon le système'],
];
const SHORTAGE_WIDGETS = new Set<EmbedWidget>(['shortage-timeline', 'shortage-overview']);

export class DemoEmbedConfigurator extends LitElement {
  static override properties = {
    config: { state: true },
    previewMode: { state: true },
    copied: { state: true },
  };

  config: EmbedConfig = { ...DEFAULT_CONFIG, sections: [...DEFAULT_CONFIG.sections] };
  previewMode: 'element' | 'iframe' = 'element';
  copied = '';
  /** Where embed.html is served beside this page (`npm start` and `npm run build:demo`). */
  embedBase = new URL('../src/embed/embed.html', document.baseURI).href;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private set(patch: Partial<EmbedConfig>): void {
    this.config = { ...this.config, ...patch };
    this.copied = '';
  }

  private toggleSection(key: string, on: boolean): void {
    const chosen = new Set(this.config.sections);
    if (on) chosen.add(key);
    else chosen.delete(key);
    this.set({ sections: PROFILE_SECTIONS.filter((s) => chosen.has(s)) });
  }

  private widgetTitle(): string {
    return `${WIDGET_LABELS[this.config.widget]}${this.config.substance ? ` : ${this.config.substance}` : ''}`;
  }

  private async copy(name: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${name} : copié dans le presse-papiers.`;
    } catch {
      // No clipboard (permissions, insecure page): select the code for Ctrl+C.
      const code = this.querySelector(`[data-snippet="${name}"]`);
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = `${name} : sélectionné, copiez avec Ctrl+C.`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('config') && !changed.has('previewMode')) return;
    const box = this.querySelector<HTMLElement>('.configurator-preview');
    if (!box) return;
    if (this.previewMode === 'iframe') {
      const iframe = document.createElement('iframe');
      iframe.src = embedUrl(this.config, this.embedBase);
      iframe.title = this.widgetTitle();
      iframe.className = 'configurator-iframe';
      box.replaceChildren(iframe);
      return;
    }
    // The same attributes as the snippets, set one by one: nothing is parsed as HTML.
    const element = document.createElement(`datamed-${this.config.widget}`);
    for (const [name, value] of widgetAttributes(this.config)) element.setAttribute(name, value);
    box.replaceChildren(element);
  }

  private snippet(name: string, heading: string, text: string) {
    return html`<section class="configurator-snippet">
      <h3>${heading}</h3>
      <pre class="snippet"><code data-snippet=${name}>${text}</code></pre>
      <button type="button" @click=${() => this.copy(heading, text)}>Copier : ${heading}</button>
    </section>`;
  }

  protected override render() {
    const c = this.config;
    return html`
      <form class="configurator-form" @submit=${(e: Event) => e.preventDefault()}>
        <label
          >Widget
          <select
            name="widget"
            @change=${(e: Event) => this.set({ widget: (e.target as HTMLSelectElement).value as EmbedWidget })}
          >
            ${Object.keys(EMBED_WIDGETS).map(
              (w) =>
                html`<option value=${w} ?selected=${w === c.widget}>
                  ${WIDGET_LABELS[w as EmbedWidget]}
                </option>`,
            )}
          </select>
        </label>
        <datamed-substance-search
          label="Substance"
          substance=${c.substance}
          only=${SHORTAGE_WIDGETS.has(c.widget) ? 'shortages' : 'adverse-effects'}
          @datamed-select=${(e: CustomEvent<{ code: string }>) => {
            e.preventDefault();
            this.set({ substance: e.detail.code });
          }}
        ></datamed-substance-search>
        ${
          c.widget === 'ae-profile'
            ? html`<fieldset>
                <legend>Rubriques du profil</legend>
                ${PROFILE_SECTIONS.map(
                  (s) =>
                    html`<label
                      ><input
                        type="checkbox"
                        name="sections"
                        value=${s}
                        .checked=${c.sections.includes(s)}
                        @change=${(e: Event) => this.toggleSection(s, (e.target as HTMLInputElement).checked)}
                      />
                      ${SECTION_LABELS[s] ?? s}</label
                    >`,
                )}
              </fieldset>`
            : nothing
        }
        <fieldset>
          <legend>Langue</legend>
          ${(['fr', 'en'] as const).map(
            (l) =>
              html`<label
                ><input
                  type="radio"
                  name="lang"
                  value=${l}
                  .checked=${c.lang === l}
                  @change=${() => this.set({ lang: l })}
                />
                ${l === 'fr' ? 'Français' : 'English'}</label
              >`,
          )}
        </fieldset>
        <label
          >Thème
          <select
            name="theme"
            @change=${(e: Event) => this.set({ theme: (e.target as HTMLSelectElement).value })}
          >
            ${THEMES.map(([v, label]) => html`<option value=${v} ?selected=${v === c.theme}>${label}</option>`)}
          </select>
        </label>
        <label
          >Titre (facultatif)
          <input
            name="heading"
            maxlength="120"
            .value=${c.heading}
            @input=${(e: Event) => this.set({ heading: (e.target as HTMLInputElement).value })}
          />
        </label>
        <fieldset>
          <legend>Aperçu</legend>
          <label
            ><input
              type="radio"
              name="preview"
              value="element"
              .checked=${this.previewMode === 'element'}
              @change=${() => (this.previewMode = 'element')}
            />
            Élément</label
          >
          <label
            ><input
              type="radio"
              name="preview"
              value="iframe"
              .checked=${this.previewMode === 'iframe'}
              @change=${() => (this.previewMode = 'iframe')}
            />
            Iframe (embed.html)</label
          >
        </fieldset>
      </form>
      <div class="configurator-preview" aria-label="Aperçu" role="region"></div>
      <p class="configurator-status" role="status">${this.copied}</p>
      ${this.snippet('script', 'Balise script (CDN)', scriptSnippet(c))}
      ${this.snippet('npm', 'Import npm', npmSnippet(c))}
      ${this.snippet('iframe', 'Iframe', iframeSnippet(c, this.widgetTitle()))}
    `;
  }
}

if (!customElements.get('demo-embed-configurator'))
  customElements.define('demo-embed-configurator', DemoEmbedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'demo-embed-configurator': DemoEmbedConfigurator;
  }
}

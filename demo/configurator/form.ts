/**
 * The configurator's form, as a function of its state: grouped options (widget and substance, the
 * profile's sections, presentation, preview), each with a visible label. Events go back through
 * `on`; the element keeps the state (configurator.ts).
 */
import { html, nothing } from 'lit';
import { PROFILE_SECTIONS } from '../../src/adverse-effects/profile.js';
import { EMBED_WIDGETS, type EmbedWidget } from '../../src/embed/params.js';
import type { EmbedConfig } from './snippets.js';
import { PREVIEW_WIDTHS, type ConfiguratorState, type PreviewWidth } from './url-state.js';

export const WIDGET_LABELS: Record<EmbedWidget, string> = {
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
const LANGS: ['fr' | 'en', string][] = [
  ['fr', 'Français'],
  ['en', 'English'],
];
const MODES: ['element' | 'iframe', string][] = [
  ['element', 'Élément'],
  ['iframe', 'Iframe'],
];

export interface FormHandlers {
  set: (patch: Partial<EmbedConfig>) => void;
  toggleSection: (key: string, on: boolean) => void;
  preview: (patch: Partial<Pick<ConfiguratorState, 'previewMode' | 'width'>>) => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** A group of radio buttons drawn as one segmented control (a fieldset, so its legend names it). */
function radios<T extends string | number>(
  name: string,
  legend: string,
  options: [T, string][],
  current: T,
  choose: (value: T) => void,
) {
  return html`<fieldset class="cfg-radios">
    <legend>${legend}</legend>
    <div class="cfg-segmented">
      ${options.map(
        ([v, label]) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              value=${String(v)}
              .checked=${v === current}
              @change=${() => choose(v)}
            /><span>${label}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

export function configuratorForm(state: ConfiguratorState, on: FormHandlers) {
  const c = state.config;
  return html`<form
    class="cfg-form"
    aria-label="Réglages du widget"
    @submit=${(e: Event) => e.preventDefault()}
  >
    <fieldset class="cfg-group">
      <legend>Widget et substance</legend>
      <div class="cfg-field">
        <label for="cfg-widget">Widget</label>
        <select
          id="cfg-widget"
          name="widget"
          @change=${(e: Event) => on.set({ widget: value(e) as EmbedWidget })}
        >
          ${Object.keys(EMBED_WIDGETS).map(
            (w) =>
              html`<option value=${w} ?selected=${w === c.widget}>
                ${WIDGET_LABELS[w as EmbedWidget]}
              </option>`,
          )}
        </select>
      </div>
      <datamed-substance-search
        class="cfg-field"
        label="Substance"
        debounce="100"
        substance=${c.substance}
        only=${SHORTAGE_WIDGETS.has(c.widget) ? 'shortages' : 'adverse-effects'}
        @datamed-select=${(e: CustomEvent<{ code: string }>) => {
          e.preventDefault();
          on.set({ substance: e.detail.code });
        }}
      ></datamed-substance-search>
    </fieldset>
    ${
      c.widget === 'ae-profile'
        ? html`<fieldset class="cfg-group">
            <legend>Rubriques du profil</legend>
            <div class="cfg-checks">
              ${PROFILE_SECTIONS.map(
                (s) =>
                  html`<label
                    ><input
                      type="checkbox"
                      name="sections"
                      value=${s}
                      .checked=${c.sections.includes(s)}
                      @change=${(e: Event) => on.toggleSection(s, (e.target as HTMLInputElement).checked)}
                    /><span>${SECTION_LABELS[s] ?? s}</span></label
                  >`,
              )}
            </div>
          </fieldset>`
        : nothing
    }
    <fieldset class="cfg-group">
      <legend>Présentation</legend>
      ${radios('lang', 'Langue', LANGS, c.lang, (lang) => on.set({ lang }))}
      <div class="cfg-field">
        <label for="cfg-theme">Thème</label>
        <select id="cfg-theme" name="theme" @change=${(e: Event) => on.set({ theme: value(e) })}>
          ${THEMES.map(([v, label]) => html`<option value=${v} ?selected=${v === c.theme}>${label}</option>`)}
        </select>
      </div>
      <div class="cfg-field">
        <label for="cfg-heading">Titre <span class="cfg-hint">(facultatif)</span></label>
        <input
          id="cfg-heading"
          name="heading"
          maxlength="120"
          .value=${c.heading}
          @input=${(e: Event) => on.set({ heading: value(e) })}
        />
      </div>
    </fieldset>
    <fieldset class="cfg-group">
      <legend>Aperçu</legend>
      ${radios('preview', 'Intégré comme', MODES, state.previewMode, (previewMode) => on.preview({ previewMode }))}
      ${radios<PreviewWidth>(
        'width',
        'Largeur',
        PREVIEW_WIDTHS.map((w) => [w, `${w} px`]),
        state.width,
        (width) => on.preview({ width }),
      )}
    </fieldset>
  </form>`;
}

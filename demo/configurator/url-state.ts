/**
 * The configurator's choices in the page's address, so that a configuration can be shared: read
 * once at start (unknown or hostile values fall back to the defaults), written on every change.
 */
import { PROFILE_SECTIONS } from '../../src/adverse-effects/profile.js';
import { EMBED_WIDGETS, type EmbedWidget } from '../../src/embed/params.js';
import { DEFAULT_CONFIG, type EmbedConfig } from './snippets.js';

export const PREVIEW_WIDTHS = [320, 768, 1280] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
export const THEME_VALUES = ['ansm', 'dsfr', 'ansm dark', 'dsfr dark', 'ansm auto'];

export interface ConfiguratorState {
  config: EmbedConfig;
  previewMode: 'element' | 'iframe';
  width: PreviewWidth;
}

export const DEFAULT_STATE: ConfiguratorState = {
  config: { ...DEFAULT_CONFIG, sections: [...DEFAULT_CONFIG.sections] },
  previewMode: 'element',
  width: 768,
};

/** The state a query string describes; what it does not say (or says wrongly) keeps its default. */
export function stateFromQuery(search: string): ConfiguratorState {
  const q = new URLSearchParams(search);
  const d = DEFAULT_STATE;
  const widget = q.get('widget') ?? '';
  const sections = q.get('sections');
  const width = Number(q.get('width'));
  const theme = q.get('theme') ?? '';
  return {
    config: {
      widget: widget in EMBED_WIDGETS ? (widget as EmbedWidget) : d.config.widget,
      substance: (q.get('substance') ?? d.config.substance).slice(0, 120),
      sections:
        sections === null
          ? [...d.config.sections]
          : PROFILE_SECTIONS.filter((s) => sections.split(/[\s,]+/).includes(s)),
      lang: q.get('lang') === 'en' ? 'en' : 'fr',
      theme: THEME_VALUES.includes(theme) ? theme : d.config.theme,
      heading: (q.get('heading') ?? '').slice(0, 120),
    },
    previewMode: q.get('preview') === 'iframe' ? 'iframe' : 'element',
    width: (PREVIEW_WIDTHS as readonly number[]).includes(width) ? (width as PreviewWidth) : d.width,
  };
}

/** The query string of a state: every option, defaults left out so that links stay short. */
export function queryOfState(state: ConfiguratorState): string {
  const { config: c } = state;
  const d = DEFAULT_STATE;
  const q = new URLSearchParams();
  if (c.widget !== d.config.widget) q.set('widget', c.widget);
  if (c.substance !== d.config.substance) q.set('substance', c.substance);
  if (c.sections.join(' ') !== d.config.sections.join(' ')) q.set('sections', c.sections.join(' '));
  if (c.lang !== d.config.lang) q.set('lang', c.lang);
  if (c.theme !== d.config.theme) q.set('theme', c.theme);
  if (c.heading) q.set('heading', c.heading);
  if (state.previewMode !== d.previewMode) q.set('preview', state.previewMode);
  if (state.width !== d.width) q.set('width', String(state.width));
  const text = q.toString();
  return text ? `?${text}` : '';
}

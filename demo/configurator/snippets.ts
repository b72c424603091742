/**
 * The embed configurator's snippets: the same widget as a script tag from the CDN, as an npm
 * import, and as an iframe. Every value is escaped for the place it goes (HTML attribute, URL query).
 */
import { PROFILE_SECTIONS } from '../../src/adverse-effects/profile.js';
import { EMBED_HEIGHTS, embedQuery, type EmbedWidget } from '../../src/embed/params.js';

export const CDN = 'https://cdn.jsdelivr.net/npm/datamed-widgets/dist/cdn/';

export interface EmbedConfig {
  widget: EmbedWidget;
  substance: string;
  /** The profile's sections, in order (all of them: the attribute is left out). */
  sections: string[];
  lang: 'fr' | 'en';
  /** `ansm` (default, left out), `dsfr`, with `dark` or `auto`. */
  theme: string;
  /** Optional title instead of the widget's own. */
  heading: string;
}

export const DEFAULT_CONFIG: EmbedConfig = {
  widget: 'ae-profile',
  substance: 'paracetamol',
  sections: [...PROFILE_SECTIONS],
  lang: 'fr',
  theme: 'ansm',
  heading: '',
};

/** Text safe inside a double-quoted HTML attribute (and in element content). */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The widget's attributes for a configuration, in a stable order; defaults left out. */
export function widgetAttributes(config: EmbedConfig): [string, string][] {
  const out: [string, string][] = [];
  if (config.substance) out.push(['substance', config.substance]);
  if (config.widget === 'ae-profile' && config.sections.join(' ') !== PROFILE_SECTIONS.join(' '))
    out.push(['sections', config.sections.join(' ')]);
  out.push(['lang', config.lang]);
  if (config.theme && config.theme !== 'ansm') out.push(['theme', config.theme]);
  if (config.heading.trim()) out.push(['heading', config.heading.trim()]);
  return out;
}

function tag(config: EmbedConfig): string {
  const attributes = widgetAttributes(config)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<datamed-${config.widget}${attributes}></datamed-${config.widget}>`;
}

export function scriptSnippet(config: EmbedConfig): string {
  return (
    `<link rel="stylesheet" href="${CDN}datamed-widgets.css" />\n` +
    `<script type="module" src="${CDN}${config.widget}.js"></script>\n\n${tag(config)}`
  );
}

export function npmSnippet(config: EmbedConfig): string {
  return (
    `npm install datamed-widgets\n\n// In your application's code:\nimport 'datamed-widgets/${config.widget}';\n\n` +
    `<!-- In your page or template: -->\n${tag(config)}`
  );
}

/** The address of the iframe page (`base`: where embed.html is served). */
export function embedUrl(config: EmbedConfig, base = `${CDN}embed.html`): string {
  return `${base}?${embedQuery(config.widget, Object.fromEntries(widgetAttributes(config)))}`;
}

export function iframeSnippet(config: EmbedConfig, title: string): string {
  return (
    `<iframe src="${escapeHtml(embedUrl(config))}" title="${escapeHtml(title)}"\n` +
    `  width="100%" height="${EMBED_HEIGHTS[config.widget]}" style="border: 0" loading="lazy"></iframe>\n` +
    `<!-- Optional: makes the iframe as tall as its content. -->\n` +
    `<script type="module" src="${CDN}embed-host.js"></script>`
  );
}

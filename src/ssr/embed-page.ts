/**
 * `embed.html` rendered on the server (Node): the page the iframe loads, with the widget its query
 * string asks for already drawn (declarative shadow DOM, src/ssr/render.ts) and the data files it
 * read, so the iframe shows the widget before any script runs; embed.ts then takes that element
 * over instead of creating one (and the element, its data in the page, fetches nothing).
 *
 * The query string is read by the page's own allow-list (src/embed/params.ts): the same widgets,
 * attributes and values, the same message for an unknown widget.
 *
 * Content-Security-Policy: scripts stay `'self'` only. The server HTML has `<style>` elements in
 * its shadow roots and `style` attributes (the bar chart's positions): `style-src` gets the SHA-256
 * of each `<style>` of this page (those exact texts and no other), and `style-src-attr
 * 'unsafe-inline'` is added only when the page has style attributes (hundreds of distinct
 * positions: one hash each would make the policy as long as the page). See docs/embedding.md.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { EMBED_WIDGETS, parseEmbedParams } from '../embed/params.js';
import type { Lang } from '../i18n/locale.js';
import { loadLanguage, translator } from '../i18n/messages.js';
import { embed } from '../i18n/messages/embed.js';
import { pageDataScript, renderElement } from './render.js';

const t = translator(embed);

export interface EmbedPageOptions {
  /** The data tree on this machine (the widget's files are read from it). */
  dataDir: string;
  /** The `source` of the tree as the page reaches it (e.g. `/data/`). */
  source: string;
  /**
   * The embed page as served beside its script and stylesheet (`dist/cdn/embed.html` for the
   * CDN files). Default: this package's (`src/embed/embed.html`, else `dist/cdn/embed.html`).
   */
  template?: string;
  /** The page's URL path (for a `source` relative to it). Default `/embed.html`. */
  pagePath?: string;
  /** Width (CSS px) the charts are drawn at before the browser measures them. Default 640. */
  chartWidth?: number;
}

const MAIN = '<main data-datamed-embed></main>';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The embed page of this package: the source one, or in the npm package the CDN build's. */
async function defaultTemplate(): Promise<string> {
  try {
    return await readFile(new URL('../embed/embed.html', import.meta.url), 'utf8');
  } catch {
    return readFile(new URL('../cdn/embed.html', import.meta.url), 'utf8');
  }
}

/** `'sha256-…'` of each distinct `<style>` text of `html` (a browser hashes the text as written). */
function styleHashes(html: string): string[] {
  const texts = new Set([...html.matchAll(/<style[^>]*>([^]*?)<\/style>/g)].map((m) => m[1]!));
  return [...texts].map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}

/** The page's policy with the server HTML's styles allowed (and nothing else changed). */
function withStyles(template: string, content: string): string {
  const hashes = styleHashes(content);
  const attributes = /\sstyle="/.test(content);
  if (!hashes.length && !attributes) return template;
  return template
    .replace(
      /<!-- Nothing inline:[^]*?-->/,
      () =>
        '<!-- Pre-rendered (src/ssr/embed-page.ts): scripts from this folder only; the styles of the ' +
        "widget's server HTML allowed by their hashes, style attributes allowed. -->",
    )
    .replace(
      /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
      (_, open: string, policy: string, close: string) => {
        const directives = policy.split(';').map((d) => d.trim());
        const style = directives.findIndex((d) => d.startsWith('style-src '));
        if (style < 0) throw new Error('the embed page has no style-src to extend');
        directives[style] = [directives[style], ...hashes].join(' ');
        if (attributes) directives.splice(style + 1, 0, "style-src-attr 'unsafe-inline'");
        return open + directives.join('; ') + close;
      },
    );
}

/**
 * The complete `embed.html` document for `search` (the iframe's query string), the widget in it
 * rendered from `dataDir`, its data files in the page. An unknown widget gives the page's message.
 * A query with its own `source` (another tree) gets the page as it is: the browser loads that tree.
 *
 * @example
 *   // An HTTP server: the embed page pre-rendered from the site's tree.
 *   const page = await renderEmbedPage(url.search, { dataDir: 'public/data', source: '/data/' });
 */
export async function renderEmbedPage(search: string, options: EmbedPageOptions): Promise<string> {
  const template = options.template ?? (await defaultTemplate());
  if (!template.includes(MAIN)) throw new Error(`the embed page has no ${MAIN}`);
  const request = parseEmbedParams(search);
  if (!request) {
    // The message embed.ts writes, in the language asked for.
    const lang: Lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'fr';
    await loadLanguage(lang, [embed]);
    const message = t(lang, 'embedUnknownWidget', { widgets: Object.keys(EMBED_WIDGETS).join(', ') });
    return template
      .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
      .replace(
        MAIN,
        () =>
          `<main data-datamed-embed><p class="datamed-embed-error" role="alert">${escapeHtml(message)}</p></main>`,
      );
  }
  const attributes = Object.fromEntries(request.attributes);
  if (attributes.source !== undefined) return template;
  const lang: Lang = attributes.lang === 'en' ? 'en' : 'fr';
  const { html, files } = await renderElement(request.tag, attributes, {
    dataDir: options.dataDir,
    source: options.source,
    pagePath: options.pagePath ?? '/embed.html',
    lang,
    ...(options.chartWidth ? { chartWidth: options.chartWidth } : {}),
  });
  const page = withStyles(template, html)
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    // A function: the page's text is inserted as it is (a string would read `$&` in it as a pattern).
    .replace(MAIN, () => `<main data-datamed-embed>${html}</main>${pageDataScript(files, options.source)}`);
  return page;
}

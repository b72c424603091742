/**
 * `datamed-widgets/ssr`: the elements rendered on a server (Node ≥ 20.19), for a CMS's server
 * side or a static site: element + data → HTML that shows its charts, summary and table before any
 * script runs, and that the library takes over in the browser without fetching again.
 *
 * @example
 *   import { renderElement, pageDataScript } from 'datamed-widgets/ssr';
 *   const { html, files } = await renderElement('datamed-ae-profile', { substance: 'paracetamol' },
 *     { dataDir: '/srv/datamed/tree', source: '/data/', lang: 'fr' });
 *   // In the page: html where the widget goes, pageDataScript(files, '/data/') before </body>,
 *   // and the library's script (CDN or bundle) to make it interactive.
 *
 * See docs/ssr.md.
 */
export { renderElement, pageDataScript } from './render.js';
export type { RenderOptions, RenderedElement, ElementInput } from './render.js';
export { renderEmbedPage } from './embed-page.js';
export type { EmbedPageOptions } from './embed-page.js';

/**
 * Writes embed.html pre-rendered for a query string to stdout (src/ssr/embed-page.ts), from a data
 * tree on this machine:
 *
 *   npx tsx scripts/render-embed-page.ts '?widget=ae-profile&substance=paracetamol' [dataDir] [source]
 *
 * Defaults: the demo tree (`demo-data/`, reached at `/demo-data/`). The browser tests' server runs
 * it for each pre-rendered page they load (scripts/wtr-embed-ssr.mjs).
 */
import { resolve } from 'node:path';
import { renderEmbedPage } from '../src/ssr/embed-page.js';

const [search = '', dataDir = resolve(import.meta.dirname, '../demo-data'), source = '/demo-data/'] =
  process.argv.slice(2);
process.stdout.write(await renderEmbedPage(search, { dataDir, source }));

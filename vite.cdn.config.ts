/**
 * The CDN bundles in `dist/cdn/`, minified and self-contained (Lit and d3 inside), for a page that
 * only adds a script tag:
 *
 * - `datamed-widgets.js`: the whole library;
 * - `<element>.js` (e.g. `ae-profile.js`): one element and what it draws with, nothing else;
 * - `embed.js`: the script of `embed.html`, the iframe page that shows one widget.
 *
 * Each is its own build (`DATAMED_CDN_ENTRY` names it; `scripts/build-cdn.mjs` runs them all), so
 * no bundle imports another. What is rarely needed loads on demand from chunks beside it: Vega and
 * Vega-Lite for <datamed-vega-chart>, the code of the downloads. An entry keeps every shared module
 * (`preserveEntrySignatures: 'allow-extension'`), so it imports nothing at start; the chunks import
 * from it.
 *
 * Every file sits two folders below the package root, like every module of the npm build, so the
 * demo data resolve from it the same way.
 */
import { noDemoFiles } from './scripts/no-demo-files.mjs';
import { defineConfig } from 'vite';
import { CDN_OUTPUT, cdnEntries } from './scripts/cdn-entries.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;
const entries = cdnEntries(root);
const name = process.env.DATAMED_CDN_ENTRY ?? 'datamed-widgets';
const entry = entries[name];
if (!entry)
  throw new Error(`DATAMED_CDN_ENTRY: unknown bundle "${name}" (${Object.keys(entries).join(', ')})`);

export default defineConfig({
  plugins: [minifyTemplates(), noDemoFiles()],
  build: {
    outDir: process.env.DATAMED_CDN_OUT ?? 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // The licences of the packages inside (Lit, d3, Vega…), once for the folder: the whole library's
    // build holds every package any other bundle holds.
    license: name === 'datamed-widgets' ? { fileName: 'THIRD-PARTY.md' } : false,
    lib: { entry: { [name]: entry }, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: `${name}.[name]-[hash].js`,
        ...CDN_OUTPUT,
        codeSplitting: {
          groups: [...CDN_OUTPUT.codeSplitting.groups, { name, tags: ['$initial'], priority: -1 }],
        },
      },
    },
  },
  // Production: Lit's own dev checks out, and ours (src/dev.ts).
  define: { 'process.env.NODE_ENV': '"production"', 'globalThis.DATAMED_DEV': 'false' },
});

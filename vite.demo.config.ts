/**
 * `npm run build:demo`: the demo site as static files in `demo-dist/` (Vite multi-page): the
 * gallery (`demo/index.html`), the embed configurator (`demo/configurator.html`) and the iframe
 * page it previews (`src/embed/embed.html`), with the demo data beside them. Serve the folder from
 * any static host; `npx vite preview --config vite.demo.config.ts` serves it on 127.0.0.1:4173.
 */
import { noDemoFiles } from './scripts/no-demo-files.mjs';
import { defineConfig, type Plugin } from 'vite';
import { cpSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;
const outDir = resolve(root, 'demo-dist');

/** The data the widgets read, the demo's broken fixtures, and a home page that leads to the demo. */
function demoFiles(): Plugin {
  return {
    name: 'datamed-demo-files',
    apply: 'build',
    closeBundle() {
      cpSync(resolve(root, 'demo-data'), resolve(outDir, 'demo-data'), { recursive: true });
      cpSync(resolve(root, 'demo/fixtures'), resolve(outDir, 'demo/fixtures'), { recursive: true });
      writeFileSync(
        resolve(outDir, 'index.html'),
        '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=demo/">' +
          '<title>DataMed Widgets</title><a href="demo/">DataMed Widgets : démonstration</a>\n',
      );
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [minifyTemplates(), demoFiles(), noDemoFiles()],
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(root, 'demo/index.html'),
        configurator: resolve(root, 'demo/configurator.html'),
        embed: resolve(root, 'src/embed/embed.html'),
      },
    },
  },
  // Bundled modules sit in demo-dist/assets/: the demo data are one folder up.
  define: { __DATAMED_DEMO_DATA__: JSON.stringify('../demo-data/') },
});

/**
 * The CDN bundle: `dist/cdn/datamed-widgets.js`, minified and self-contained (Lit and d3 inside),
 * for a page that only adds a script tag. What is rarely needed loads on demand from chunks beside
 * it: Vega and Vega-Lite for <datamed-vega-chart>, the code of the downloads. The entry keeps
 * every shared module (`preserveEntrySignatures: 'allow-extension'`), so it imports nothing at
 * start; the chunks import from it.
 *
 * Every file sits two folders below the package root, like every module of the npm build, so the
 * demo data resolve from it the same way.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.mjs';

export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: { 'datamed-widgets': resolve(import.meta.dirname, 'src/index.ts') }, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});

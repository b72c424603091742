/**
 * The one-file CDN bundle: `dist/cdn/datamed-widgets.js`, minified, self-contained (Lit and d3
 * inside), for a page that only adds a script tag. It sits two folders below the package root, like
 * every module of the npm build, so the demo data resolve from it the same way.
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
    // One file: the chart exports, loaded on demand elsewhere, are inlined here.
    rolldownOptions: { output: { entryFileNames: '[name].js', minify: true, codeSplitting: false } },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});

/**
 * The one-file CDN bundle: `dist/cdn/datamed-widgets.js`, minified, self-contained (Lit and d3
 * inside), for a page that only adds a script tag. It sits two folders below the package root, like
 * every module of the npm build, so the demo data resolve from it the same way.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: { 'datamed-widgets': resolve(import.meta.dirname, 'src/index.ts') }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});

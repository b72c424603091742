/**
 * The `datamed-build` command as one Node module: `dist/cli/datamed-build.js`, with its
 * dependencies (ajv) inside, so that the published package runs it with no dependency beyond Node.
 * It sits two folders below the package root, where it finds `schemas/` and `package.json`.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    lib: {
      entry: { 'datamed-build': resolve(import.meta.dirname, 'src/cli/datamed-build.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      platform: 'node',
      external: [/^node:/],
      output: { entryFileNames: '[name].js' },
    },
  },
});

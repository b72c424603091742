/**
 * The `datamed-build` command as one Node module: `dist/cli/datamed-build.js`, with its
 * dependencies (ajv) inside, but for HiGHS (`highs`, a dependency of the package): its loader finds
 * its WebAssembly file beside itself in node_modules (bundled, the 3.5 MB file became a data URL
 * that Node cannot open).
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
      external: [/^node:/, 'highs'],
      output: { entryFileNames: '[name].js' },
    },
  },
});

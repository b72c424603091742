/**
 * The `datamed-site` command as Node modules in `dist/site/` (for an installed package; a clone
 * runs the sources through tsx): the executable, the module `datamed-build --site` loads, the
 * worker threads' module, and beside them what the site copies into `assets/` — its stylesheets
 * and its browser script (src/site/client.ts) compiled. Everything sits in the one folder, two
 * below the package root, where the site finds the CDN bundle (`dist/cdn/`). The package's own
 * dependencies (Lit, its server renderer, d3, Vega) stay imports.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { noDemoFiles } from './scripts/no-demo-files.mjs';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies);

/** The site's assets beside the modules: site.css, noscript.css, client.js. */
function siteAssets(): Plugin {
  return {
    name: 'datamed-site-assets',
    async generateBundle() {
      for (const name of ['site.css', 'noscript.css'])
        this.emitFile({
          type: 'asset',
          fileName: name,
          source: readFileSync(resolve(root, 'src/site', name)),
        });
      const client = readFileSync(resolve(root, 'src/site/client.ts'), 'utf8');
      const { code } = await transform(client, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        minify: true,
      });
      this.emitFile({ type: 'asset', fileName: 'client.js', source: code });
    },
  };
}

export default defineConfig({
  // The site's elements always have a source (its data/ folder): no demo files in the modules.
  plugins: [noDemoFiles(), siteAssets()],
  build: {
    outDir: 'dist/site',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    copyPublicDir: false,
    lib: {
      entry: {
        'datamed-site': resolve(root, 'src/cli/datamed-site.ts'),
        site: resolve(root, 'src/cli/site.ts'),
        worker: resolve(root, 'src/site/worker.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      platform: 'node',
      // esbuild: only a clone compiles the site script (src/site/assets.ts); here it is compiled.
      external: [/^node:/, /^esbuild$/, ...dependencies.map((name) => new RegExp(`^${name}(/|$)`))],
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});

/**
 * Vite: the demo server (`npm start`) and the npm library build (`npm run build`).
 *
 * The npm build is unbundled ESM (one file per source module, `lit`, `d3-*` and `vega*` left as imports) so
 * that applications bundle only what they use. The one-file CDN bundles come from
 * `vite.cdn.config.ts`.
 */
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { readdirSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { standInConnect } from './test/stand-in/server.mjs';

const root = import.meta.dirname;

/** One entry per element (`src/components/<name>/<name>.ts`), the whole library and the page helpers. */
function entries(): Record<string, string> {
  const out: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    graphql: resolve(root, 'src/graphql.ts'),
    classes: resolve(root, 'src/classes.ts'),
    config: resolve(root, 'src/config.ts'),
    // Server rendering (Node only: `datamed-widgets/ssr`).
    'ssr/index': resolve(root, 'src/ssr/index.ts'),
  };
  for (const name of readdirSync(resolve(root, 'src/components'))) {
    const file = resolve(root, 'src/components', name, `${name}.ts`);
    if (existsSync(file)) out[`components/${name}/${name}`] = file;
  }
  return out;
}

/**
 * Keeps the demo files' `new URL('../../demo-data/…', import.meta.url)` as written in the npm build
 * (library mode would inline each file as a data URL): the application's bundler must see them, to
 * copy the files it needs (src/data/demo-files.ts).
 */
function keepDemoFileUrls(): Plugin {
  const ignore = '/* @vite-ignore */';
  const ignored = /\/\* @vite-ignore \*\/\s*(["']\.\.\/\.\.\/demo-data\/)/g;
  return {
    name: 'datamed-keep-demo-file-urls',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/data/demo-files.ts')) return undefined;
      return {
        code: code.replace(/new URL\(\s*'\.\.\/\.\.\/demo-data\//g, `new URL(${ignore} '../../demo-data/`),
        map: null,
      };
    },
    renderChunk(code) {
      return code.includes(ignore) ? { code: code.replace(ignored, '$1'), map: null } : undefined;
    },
  };
}

/** `npm start` opens on the demo page, and says where it is. */
function demoHome(): Plugin {
  return {
    name: 'datamed-demo-home',
    configureServer(server) {
      // The stand-in of DataMed's GraphQL API (fictional data), for demo/graphql.html.
      server.middlewares.use(standInConnect('/__graphql__'));
      server.middlewares.use((req, res, next) => {
        // Demo-only endpoints that show the loading and error states.
        if (req.url?.startsWith('/__demo__/slow/')) return; // never answers: the widget stays in "loading"
        if (req.url?.startsWith('/__demo__/error/')) {
          res.statusCode = 500;
          res.end('demo error');
          return;
        }
        // The iframe embed page and the host's resizer, at the names they have beside the CDN bundle.
        const embed = /^\/(embed\.html|embed-host\.js)(\?.*)?$/.exec(req.url ?? '');
        if (embed) {
          res.statusCode = 302;
          const target = embed[1] === 'embed.html' ? '/src/embed/embed.html' : '/src/embed/embed-host.ts';
          res.setHeader('Location', target + (embed[2] ?? ''));
          res.end();
          return;
        }
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address();
        const port = typeof address === 'object' && address ? address.port : 5173;
        setTimeout(
          () => server.config.logger.info(`\n  DataMed Widgets demo: http://127.0.0.1:${port}/demo/\n`),
          50,
        );
      });
    },
  };
}

/**
 * `npm start` serves the iframe page pre-rendered: `/src/embed/embed.html?widget=…` (where
 * `/embed.html` and the configurator's iframe lead) comes with its widget drawn from the demo tree
 * (src/ssr/embed-page.ts, loaded through Vite's SSR loader), which embed.ts then takes over.
 */
function prerenderedEmbed(): Plugin {
  return {
    name: 'datamed-prerendered-embed',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname !== '/src/embed/embed.html' || !url.searchParams.has('widget')) return next();
        void (async () => {
          const raw = await readFile(resolve(root, 'src/embed/embed.html'), 'utf8');
          const template = await server.transformIndexHtml(url.pathname + url.search, raw);
          const { renderEmbedPage } = (await server.ssrLoadModule(
            '/src/ssr/embed-page.ts',
          )) as typeof import('./src/ssr/embed-page.js');
          const page = await renderEmbedPage(url.search, {
            dataDir: resolve(root, 'demo-data'),
            source: '/demo-data/',
            pagePath: url.pathname,
            template,
          });
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(page);
        })().catch((error: unknown) => {
          // The page as it is: the browser draws the widget itself.
          server.config.logger.warn(`embed.html not pre-rendered: ${String(error)}`);
          next();
        });
      });
    },
  };
}

export default defineConfig({
  plugins: [demoHome(), prerenderedEmbed(), keepDemoFileUrls()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries(), formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^vega(-[a-z]+)?(\/|$)/, /^node:/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});

/**
 * Lets browser tests import the framework example apps (examples/) as they are written: `react`
 * and `react-dom/client` are CommonJS, so they are served as ES modules bundled on the fly (one
 * React instance for both), `vue` resolves to its browser ES build (with the template compiler),
 * and `datamed-widgets` / `datamed-widgets/<element>` to the sources, as an installed package would
 * to its build.
 */
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

const REACT = ['react', 'react-dom/client'];
const PREFIX = '/__esm__/';

const bundle = (format) =>
  build({
    stdin: {
      contents: REACT.map((m, i) => `export * as m${i} from '${m}';`).join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format,
    globalName: '__bundle',
    write: false,
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((r) => r.outputFiles[0].text);

let reactBundle;
/** The ES bundle, and the names each module exports (read by running the bundle in a sandbox). */
async function bundleReact() {
  reactBundle ??= Promise.all([bundle('esm'), bundle('iife')]).then(([code, iife]) => {
    const modules = runInNewContext(`${iife};__bundle`, {});
    return { code, names: REACT.map((_, i) => Object.keys(modules[`m${i}`])) };
  });
  return reactBundle;
}

export function examplesPlugin() {
  return {
    name: 'datamed-examples',
    resolveImport({ source }) {
      if (REACT.includes(source)) return `${PREFIX}${REACT.indexOf(source)}.js`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.prod.js';
      if (source === 'datamed-widgets') return '/src/index.ts';
      const element = /^datamed-widgets\/([a-z-]+)$/.exec(source)?.[1];
      if (element) return `/src/components/${element}/${element}.ts`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const { code, names: all } = await bundleReact();
      if (context.path === `${PREFIX}react-bundle.js`) return { body: code, type: 'js' };
      const index = Number(context.path.slice(PREFIX.length, -'.js'.length));
      if (!REACT[index]) return undefined;
      const names = all[index].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return {
        body:
          `import { m${index} as m } from './react-bundle.js';\nexport default m;\n` +
          `export const { ${names.join(', ')} } = m;\n`,
        type: 'js',
      };
    },
  };
}

/**
 * The CDN bundles and their entry modules: the whole library, one per element (every
 * `src/components/<name>/<name>.ts`), the iframe embed page's script and the host page's resizer.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * How a CDN bundle's code is written (vite.cdn.config.ts, and `npm run bench`, which measures
 * bundles built the same way):
 * - minified, keeping no comment, not even the `@__PURE__` annotations: nothing bundles these files
 *   again (0.06 KB gzip in a chart bundle); the licences of what is inside are in THIRD-PARTY.md;
 * - the English messages and vocabulary labels in one chunk, `en`, fetched once by English pages
 *   only. Not their dependencies: those stay in the bundle.
 */
export const CDN_OUTPUT = {
  minify: true,
  comments: false,
  codeSplitting: {
    groups: [
      {
        name: 'en',
        test: /\/(i18n\/messages\/[\w-]+|data\/vocabulary)\.en\.ts$/,
        includeDependenciesRecursively: false,
      },
    ],
  },
};

/** @returns {Record<string, string>} bundle name (file name without `.js`) → entry path */
export function cdnEntries(root) {
  /** @type {Record<string, string>} */
  const out = { 'datamed-widgets': resolve(root, 'src/index.ts') };
  for (const name of elementNames(root)) out[name] = resolve(root, 'src/components', name, `${name}.ts`);
  out.embed = resolve(root, 'src/embed/embed.ts');
  out['embed-host'] = resolve(root, 'src/embed/embed-host.ts');
  return out;
}

/** Every element folder (`src/components/<name>/<name>.ts` registers `<datamed-<name>>`). */
export function elementNames(root) {
  return readdirSync(resolve(root, 'src/components'))
    .filter((name) => existsSync(resolve(root, 'src/components', name, `${name}.ts`)))
    .sort();
}

/**
 * The CDN bundles and their entry modules: the whole library, one per element (every
 * `src/components/<name>/<name>.ts`), the iframe embed page's script and the host page's resizer.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

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

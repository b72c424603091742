/**
 * The site's `assets/`: its stylesheet, its script (src/site/client.ts, compiled) and the library's
 * CDN bundle (`datamed-widgets.js` and its on-demand chunks), which takes the server-rendered
 * elements over in the browser.
 */
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The package's root: src/site/ or dist/site/ is two folders below it. */
export const PACKAGE_ROOT = resolve(here, '../..');
const BUNDLE = 'datamed-widgets';

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // The site's own files are not in the bundle.
    if (entry.isDirectory() && entry.name !== 'site') newest = Math.max(newest, await newestSource(path));
    else if (!entry.isDirectory() && /\.(ts|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

async function bundleTime(dir: string): Promise<number> {
  const file = join(dir, `${BUNDLE}.js`);
  return existsSync(file) ? (await stat(file)).mtimeMs : 0;
}

/**
 * A folder holding the library's CDN bundle: `cdnDir` when given; else the package's `dist/cdn`
 * when it is at least as new as the sources (always, in an installed package); else, in a clone,
 * the bundle built once into node_modules/.cache/datamed-site/cdn (about 3 s with Vite).
 */
export async function cdnFolder(cdnDir?: string): Promise<string> {
  if (cdnDir) {
    if (!existsSync(join(cdnDir, `${BUNDLE}.js`))) throw new Error(`${cdnDir} holds no ${BUNDLE}.js`);
    return cdnDir;
  }
  const dist = join(PACKAGE_ROOT, 'dist/cdn');
  const sources = join(PACKAGE_ROOT, 'src');
  if (!existsSync(sources)) return dist;
  const newest = await newestSource(sources);
  if ((await bundleTime(dist)) >= newest) return dist;
  const cache = join(PACKAGE_ROOT, 'node_modules/.cache/datamed-site/cdn');
  if ((await bundleTime(cache)) >= newest) return cache;
  const { buildCdnEntry } = (await import(
    // A clone's build script (not part of an installed package).
    join(PACKAGE_ROOT, 'scripts/build-cdn.mjs')
  )) as { buildCdnEntry: (name: string, outDir: string) => Promise<void> };
  await buildCdnEntry(BUNDLE, cache);
  return cache;
}

/** The site script, compiled from src/site/client.ts (or dist/site/client.js when installed). */
async function clientScript(): Promise<string> {
  const compiled = join(here, 'client.js');
  if (existsSync(compiled)) return readFile(compiled, 'utf8');
  const { transform } = await import('esbuild');
  const source = await readFile(join(here, 'client.ts'), 'utf8');
  return (await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', minify: true })).code;
}

/** Writes `assets/` into the site folder `outDir`; returns the files written (site paths). */
export async function writeAssets(outDir: string, options: { cdnDir?: string; productPages: string[] }) {
  const assets = join(outDir, 'assets');
  await mkdir(assets, { recursive: true });
  const cdn = await cdnFolder(options.cdnDir);
  const written: string[] = [];
  for (const name of await readdir(cdn)) {
    if (!name.startsWith(`${BUNDLE}.`) || name.endsWith('.map')) continue;
    await copyFile(join(cdn, name), join(assets, name));
    written.push(`assets/${name}`);
  }
  await copyFile(join(here, 'site.css'), join(assets, 'site.css'));
  await copyFile(join(here, 'noscript.css'), join(assets, 'noscript.css'));
  await writeFile(join(assets, 'site.js'), await clientScript());
  await writeFile(join(assets, 'product-pages.json'), JSON.stringify(options.productPages));
  written.push('assets/site.css', 'assets/noscript.css', 'assets/site.js', 'assets/product-pages.json');
  return written;
}

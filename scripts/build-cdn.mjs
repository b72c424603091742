#!/usr/bin/env node
/**
 * Builds every CDN bundle of vite.cdn.config.ts into dist/cdn/ (or `--out <dir>`), one Vite build
 * each so that each file is self-contained, then writes `embed.html` and the CSS files beside them.
 */
import { build } from 'vite';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cdnEntries } from './cdn-entries.mjs';

const root = resolve(import.meta.dirname, '..');

async function buildOne(name, outDir, logLevel) {
  process.env.DATAMED_CDN_ENTRY = name;
  process.env.DATAMED_CDN_OUT = outDir;
  await build({ configFile: resolve(root, 'vite.cdn.config.ts'), root, logLevel, mode: 'production' });
}

/**
 * Builds one CDN bundle (e.g. `datamed-widgets`) into `outDir`, emptied first, in production mode:
 * what the static site generator needs in a clone without `npm run build` (src/site/assets.ts).
 */
export async function buildCdnEntry(name, outDir, { logLevel = 'error' } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildOne(name, outDir, logLevel);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    delete process.env.DATAMED_CDN_ENTRY;
    delete process.env.DATAMED_CDN_OUT;
  }
}

export async function buildCdn(outDir = resolve(root, 'dist/cdn'), { logLevel = 'warn' } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Production everywhere (Lit's production build, not its dev mode), even when run by a test runner.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  for (const name of Object.keys(cdnEntries(root))) await buildOne(name, outDir, logLevel);
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  delete process.env.DATAMED_CDN_ENTRY;
  delete process.env.DATAMED_CDN_OUT;
  // The embed page: the source page, pointing at the built script.
  const html = readFileSync(resolve(root, 'src/embed/embed.html'), 'utf8');
  writeFileSync(resolve(outDir, 'embed.html'), html.replace('src="./embed.ts"', 'src="./embed.js"'));
  copyFileSync(resolve(root, 'src/embed/embed.css'), resolve(outDir, 'embed.css'));
  copyFileSync(resolve(root, 'src/css/datamed-widgets.css'), resolve(outDir, 'datamed-widgets.css'));
  return outDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--out');
  await buildCdn(at > 0 ? resolve(process.argv[at + 1]) : undefined);
}

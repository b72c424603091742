#!/usr/bin/env node
/**
 * The package.json that `npm pack` and `npm publish` ship: without the development scripts
 * (`prepare` would run on the user's install), devDependencies, overrides and install settings.
 *
 *   node scripts/pack-manifest.mjs strip     (prepack: builds dist/ if missing, keeps package.json aside)
 *   node scripts/pack-manifest.mjs restore   (postpack: puts the development package.json back)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'package.json');
const kept = resolve(root, '.package.dev.json');

/** The published manifest: the development one without what only a clone of the repository uses. */
export function publishedManifest(pkg) {
  const {
    scripts: _scripts,
    devDependencies: _dev,
    overrides: _overrides,
    allowScripts: _allow,
    ...rest
  } = pkg;
  return rest;
}

export function strip() {
  if (existsSync(kept)) throw new Error(`${kept} exists: run "node scripts/pack-manifest.mjs restore" first`);
  if (!existsSync(resolve(root, 'dist/index.js'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const text = readFileSync(file, 'utf8');
  writeFileSync(kept, text);
  writeFileSync(file, `${JSON.stringify(publishedManifest(JSON.parse(text)), null, 2)}\n`);
}

export function restore() {
  if (existsSync(kept)) renameSync(kept, file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2];
  if (mode === 'strip') strip();
  else if (mode === 'restore') restore();
  else throw new Error('usage: pack-manifest.mjs strip | restore');
}

#!/usr/bin/env node
/**
 * `npm run site:demo`: builds the static site from the demo tree into site-demo/ (datamed-site)
 * and serves it on http://127.0.0.1:5174/ until Ctrl-C. `--no-serve` only builds.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { inside, serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'site-demo');
const built = spawnSync(process.execPath, [resolve(root, 'bin/datamed-site.js'), 'demo-data', '--out', out], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
if (!process.argv.includes('--no-serve')) {
  const { origin } = await serveFiles((path) => inside(out, `.${path}`), {}, 5174);
  console.log(`DataMed demo site: ${origin}/ (Ctrl-C stops)`);
}

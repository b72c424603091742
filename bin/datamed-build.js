#!/usr/bin/env node
// The `datamed-build` command. An installed package runs the compiled CLI (dist/cli/, built by
// `npm run build`). A clone of the repository runs it too when it is at least as new as every
// source file it is built from (twice as fast); else the TypeScript sources through tsx, so that
// `npx datamed-build` works right after `npm ci`, with no build step, and never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';
import { runSourceOrCompiled } from './launch.js';

const source = new URL('../src/cli/datamed-build.ts', import.meta.url);
const compiled = new URL('../dist/cli/datamed-build.js', import.meta.url);

/** The newest modification time among the sources of the command (its folders of src/). */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of ['cli', 'build', 'data', 'i18n'])
    walk(fileURLToPath(new URL(`../src/${folder}`, import.meta.url)));
  return newest;
}

const clone = existsSync(source);
// --site renders the elements: the site generator runs from the sources only (src/site/).
const needsSources = process.argv.slice(2).some((arg) => arg === '--site' || arg.startsWith('--site='));
const upToDate =
  existsSync(compiled) && (!clone || (!needsSources && statSync(compiled).mtimeMs >= newestSource()));

if (clone && !upToDate) {
  await runSourceOrCompiled('datamed-build', source, compiled);
} else {
  await import(compiled.href);
}

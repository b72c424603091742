#!/usr/bin/env node
// The `datamed-build` command. An installed package runs the compiled CLI (dist/cli/, built by
// `npm run build`). A clone of the repository runs it too when it is at least as new as every
// source file it is built from (twice as fast); else the TypeScript sources through tsx, so that
// `npx datamed-build` works right after `npm ci`, with no build step, and never runs stale code.
import { existsSync, statSync } from 'node:fs';
import { URL } from 'node:url';
import { newestSource, runSourceOrCompiled } from './launch.js';

const source = new URL('../src/cli/datamed-build.ts', import.meta.url);
const compiled = new URL('../dist/cli/datamed-build.js', import.meta.url);

const clone = existsSync(source);
// --site renders the whole library: in a clone it runs from the sources (no staleness to check).
const needsSources = process.argv.slice(2).some((arg) => arg === '--site' || arg.startsWith('--site='));
const upToDate =
  existsSync(compiled) &&
  (!clone || (!needsSources && statSync(compiled).mtimeMs >= newestSource(['cli', 'build', 'data', 'i18n'])));

if (clone && !upToDate) {
  await runSourceOrCompiled('datamed-build', source, compiled);
} else {
  await import(compiled.href);
}

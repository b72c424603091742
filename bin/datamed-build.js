#!/usr/bin/env node
// The `datamed-build` command. An installed package runs the compiled CLI (dist/cli/, built by
// `npm run build`); a clone of the repository runs the TypeScript source through tsx, so that
// `npx datamed-build` works right after `npm ci`, with no build step.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const source = new URL('../src/cli/datamed-build.ts', import.meta.url);
const compiled = new URL('../dist/cli/datamed-build.js', import.meta.url);

if (existsSync(source)) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    register = undefined;
  }
  if (register) {
    register();
    await import(source.href);
  } else if (existsSync(compiled)) {
    await import(compiled.href);
  } else {
    console.error('datamed-build: run `npm ci` (or `npm run build`) in this repository first.');
    process.exit(4);
  }
} else {
  await import(compiled.href);
}

#!/usr/bin/env node
// The `datamed-site` command. A clone of the repository runs the TypeScript sources through tsx
// (its worker threads do too), so `npx datamed-site` works right after `npm ci`.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';
import { runSourceOrCompiled } from './launch.js';

const source = new URL('../src/cli/datamed-site.ts', import.meta.url);
const compiled = new URL('../dist/cli/datamed-site.js', import.meta.url);

if (existsSync(source)) await runSourceOrCompiled('datamed-site', source, compiled);
else await import(compiled.href);

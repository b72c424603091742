#!/usr/bin/env node
// The `datamed-site` command. An installed package runs the compiled command (dist/site/, built by
// `npm run build`). A clone runs it too when it is at least as new as every source file (it renders
// the whole library, so every file of src/ counts), and starts three times faster; else the
// TypeScript sources through tsx (its worker threads too), so `npx datamed-site` works right
// after `npm ci` and never runs stale code.
import { existsSync, statSync } from 'node:fs';
import { URL } from 'node:url';
import { newestSource, runSourceOrCompiled } from './launch.js';

const source = new URL('../src/cli/datamed-site.ts', import.meta.url);
const compiled = new URL('../dist/site/datamed-site.js', import.meta.url);

const clone = existsSync(source);
// '' : the whole of src/.
const upToDate = existsSync(compiled) && (!clone || statSync(compiled).mtimeMs >= newestSource(['']));

if (clone && !upToDate) await runSourceOrCompiled('datamed-site', source, compiled);
else await import(compiled.href);

#!/usr/bin/env node
/**
 * `npm test`: runs every test runner of the project, one after the other, and ends with one line
 * adding them up: "N passed, N failed, N skipped".
 *
 *   npm test                 the default runners: wtr (browser), node, stories
 *   npm test -- wtr node     only the named runners
 *   npm run test:hardening   the opt-in hardening runner (fuzzing, faults, races, leaks, strict CSP)
 *
 * The browser is scripts/find-browser.mjs's: $CHROME_PATH, else the Chromium pinned in the npm
 * dev dependency @sparticuz/chromium (unpacked at first use); each runner prints its version.
 * Each run writes .test-results/<summary>.json with its totals (summary-hardening.json for the
 * hardening runner alone), which .ci/run adds up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeBrowser, findBrowser } from './find-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = resolve(root, '.test-results');
const bin = (pkg, path) => resolve(root, 'node_modules', pkg, path);

try {
  // Unpacks the pinned Chromium once, before the runners (which find it, and its fonts, ready).
  console.log(`Browser: ${describeBrowser(findBrowser())}`);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

function vitestCounts(file) {
  const r = readJson(file);
  if (!r) return undefined;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function wtrCounts(file) {
  const r = readJson(file);
  return r && { passed: r.passed, failed: r.failed + r.fileErrors, skipped: r.skipped };
}

const vitest = (project) => [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resolve(results, `${project}.json`)}`,
];

const RUNNERS = [
  {
    name: 'wtr',
    title: 'Component and data-layer tests (@web/test-runner, Chromium)',
    command: [bin('@web/test-runner', 'dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    env: { WTR_RESULTS: 'wtr.json' },
    counts: () => wtrCounts(resolve(results, 'wtr.json')),
  },
  {
    name: 'node',
    title: 'Node tests: schemas, demo data, CLI (Vitest)',
    command: vitest('node'),
    counts: () => vitestCounts(resolve(results, 'node.json')),
  },
  {
    name: 'stories',
    title: 'Story tests: every Storybook story with axe (Vitest browser, Chromium)',
    command: vitest('storybook'),
    counts: () => vitestCounts(resolve(results, 'storybook.json')),
    enabled: () => existsSync(resolve(root, '.storybook/main.ts')),
  },
  {
    name: 'hardening',
    title:
      'Hardening: fuzzing, hostile input, network faults, races, leaks, strict CSP (@web/test-runner, Chromium)',
    command: [bin('@web/test-runner', 'dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    env: { WTR_FILES: 'test/hardening/**/*.test.ts', WTR_RESULTS: 'hardening.json' },
    counts: () => wtrCounts(resolve(results, 'hardening.json')),
    // The strict-CSP and two-copies tests load the production CDN bundle: build it first (~10 s).
    prepare: [bin('vite', 'bin/vite.js'), 'build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn'],
    // Heavy: run by `npm run test:hardening` (and by .ci/run), not by a plain `npm test`.
    optIn: true,
  },
];

const wanted = process.argv.slice(2);
const selected = RUNNERS.filter(
  (r) => (wanted.length ? wanted.includes(r.name) : !r.optIn) && (r.enabled?.() ?? true),
);
const summaryFile = resolve(
  results,
  wanted.length === 1 && wanted[0] === 'hardening' ? 'summary-hardening.json' : 'summary.json',
);

mkdirSync(results, { recursive: true });
rmSync(summaryFile, { force: true });
for (const runner of selected)
  rmSync(resolve(results, `${runner.name === 'stories' ? 'storybook' : runner.name}.json`), { force: true });

// The stories read the Custom Elements Manifest (autodocs): make sure it reflects the code.
if (selected.some((r) => r.name === 'stories')) {
  spawnSync(
    process.execPath,
    [
      bin('@custom-elements-manifest/analyzer', 'cem.js'),
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
}

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let broken = false;
for (const runner of selected) {
  console.log(`\n=== ${runner.title}\n`);
  const started = Date.now();
  if (runner.prepare) spawnSync(process.execPath, runner.prepare, { cwd: root, stdio: 'inherit' });
  const run = spawnSync(process.execPath, runner.command, {
    cwd: root,
    stdio: 'inherit',
    // The runners find the same browser (and its FONTCONFIG_FILE, set above) by themselves.
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...runner.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = runner.counts();
  if (!counts) {
    broken = true;
    lines.push(`${runner.name}: no results (exit code ${run.status}) in ${seconds} s`);
    continue;
  }
  // The runner failed outside any test (a file that did not load, a crash): count it.
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed + counts.failed === 0) broken = true;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  lines.push(
    `${runner.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds} s`,
  );
}

console.log('\n=== Summary');
for (const line of lines) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
writeFileSync(summaryFile, JSON.stringify({ ...total, broken }));
if (broken) console.error('A runner produced no result or ran no test: that is a failure.');
process.exit(total.failed || broken ? 1 : 0);

#!/usr/bin/env node
/**
 * `npm test`: runs every test runner of the project, one after the other, and ends with one line
 * adding them up: "N passed, N failed, N skipped".
 *
 *   npm test                 all runners
 *   npm test -- wtr node     only the named runners (wtr, node, stories)
 *
 * The browser is found by scripts/find-browser.mjs ($CHROME_PATH, else an installed Chromium or
 * Chrome); without one the run stops at once with the command that installs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = resolve(root, '.test-results');
const bin = (pkg, path) => resolve(root, 'node_modules', pkg, path);

let chrome;
try {
  chrome = findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
console.log(`Browser: ${chrome}`);

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

const RUNNERS = [
  {
    name: 'wtr',
    title: 'Component and data-layer tests (@web/test-runner, Chromium)',
    command: [bin('@web/test-runner', 'dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    counts: () => {
      const r = readJson(resolve(results, 'wtr.json'));
      return r && { passed: r.passed, failed: r.failed + r.fileErrors, skipped: r.skipped };
    },
  },
  {
    name: 'node',
    title: 'Node tests: schemas, demo data, CLI (Vitest)',
    command: [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--project',
      'node',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resolve(results, 'node.json')}`,
    ],
    counts: () => vitestCounts(resolve(results, 'node.json')),
  },
  {
    name: 'stories',
    title: 'Story tests: every Storybook story with axe (Vitest browser, Chromium)',
    command: [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--project',
      'storybook',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resolve(results, 'stories.json')}`,
    ],
    counts: () => vitestCounts(resolve(results, 'stories.json')),
    enabled: () => existsSync(resolve(root, '.storybook/main.ts')),
  },
];

// The stories read the Custom Elements Manifest (autodocs): make sure it reflects the code.
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

const wanted = process.argv.slice(2);
const selected = RUNNERS.filter(
  (r) => (wanted.length ? wanted.includes(r.name) : true) && (r.enabled?.() ?? true),
);
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let broken = false;
for (const runner of selected) {
  console.log(`\n=== ${runner.title}\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, runner.command, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = runner.counts();
  if (!counts) {
    broken = true;
    lines.push(`${runner.name}: no results (exit code ${run.status}) in ${seconds} s`);
    continue;
  }
  if (run.status !== 0 && counts.failed === 0) {
    // The runner failed outside any test (a file that did not load, a crash): count it.
    counts.failed = 1;
  }
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
writeFileSync(resolve(results, 'summary.json'), JSON.stringify({ ...total, broken }));
if (broken) console.error('A runner produced no result or ran no test: that is a failure.');
process.exit(total.failed || broken ? 1 : 0);

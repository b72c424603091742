#!/usr/bin/env node
/**
 * `npm run test:apps`: the application developer's path (issue 24). A React 19 app and a Vue 3 app
 * (test/apps/, TypeScript strict), each built with Vite and with webpack, install the packed package
 * (`npm pack`) as a partner site would, and the tests prove, for each:
 *
 * - the type check passes (tsc, vue-tsc with strictTemplates) with no declaration written by the app,
 *   and the types are real: the app's `@ts-expect-error` / `@vue-expect-error` lines must fail;
 * - with no `source`, the element shows the demo data (not an error) under the dev server and from
 *   the production build, in the pinned Chromium;
 * - the production bundle of one element + `configure()` holds no other element and no Vega chunk;
 * - the installed package.json carries no development script.
 *
 *   npm run test:apps                   builds the library, packs it, `npm ci` in test/apps, tests
 *   npm run test:apps -- --no-build     packs the dist/ that is there (CI: after the library build)
 *   npm run test:apps -- --no-install   keeps test/apps/node_modules (only reinstalls the package)
 *
 * Writes .test-results/summary-apps.json ({ passed, failed }), which .ci/run adds up. Every server
 * listens on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { inside, serveFiles } from './static-server.mjs';
import { elementNames } from './cdn-entries.mjs';

const root = resolve(import.meta.dirname, '..');
const apps = resolve(root, 'test/apps');
const results = resolve(root, '.test-results');
const args = process.argv.slice(2);
const bin = (name) => resolve(apps, 'node_modules/.bin', name);

const outcomes = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    outcomes.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    outcomes.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 12)
        .join('\n    ')}`,
    );
  }
}

/** Runs a command to its end; throws with its output when it fails. */
function run(command, commandArgs, cwd, env = {}) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0)
    throw new Error(
      `${command} ${commandArgs.join(' ')} → ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout + result.stderr;
}

/** Starts a dev server and resolves with its URL once it answers; `stop()` ends it (its process group). */
function startServer(command, commandArgs, cwd, port) {
  const child = spawn(command, commandArgs, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already ended
    }
  };
  return (async () => {
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error(`server ended (${child.exitCode}):\n${output}`);
      try {
        if ((await globalThis.fetch(url)).ok) return { url, stop };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    stop();
    throw new Error(`no answer from ${url} within 60 s:\n${output}`);
  })();
}

let browser;
/** Opens the app; resolves when the key figure shows the demo data, rejects on an error or a 404. */
async function showsDemoData(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => /^(loaded|error)/.test(document.getElementById('status')?.textContent ?? ''),
      null,
      {
        timeout: 60_000,
      },
    );
    const status = await page.textContent('#status');
    const shown = await page.evaluate(
      () => document.querySelector('datamed-key-figure')?.shadowRoot?.textContent ?? '',
    );
    if (status !== 'loaded paracetamol') throw new Error(`status "${status}"; ${problems.join('; ')}`);
    // The demo badge ("Données fictives") and a figure: the demo data, not an error view.
    if (!/Données fictives/.test(shown) || !/\d/.test(shown))
      throw new Error(`the element shows: ${shown.slice(0, 300)}`);
    if (problems.length) throw new Error(problems.join('; '));
  } finally {
    await page.close();
  }
}

const files = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

/** The production build holds `<datamed-key-figure>` and `configure()` only: no other element, no Vega. */
function onlyKeyFigure(dir) {
  const scripts = files(dir).filter((f) => f.endsWith('.js'));
  const code = scripts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  if (!code.includes('datamed-key-figure')) throw new Error('no <datamed-key-figure> in the bundle');
  const others = elementNames(root).filter((n) => n !== 'key-figure' && code.includes(`datamed-${n}`));
  if (others.length) throw new Error(`other elements in the bundle: ${others.join(', ')}`);
  const vega = scripts.filter(
    (f) => /vega/i.test(f) || readFileSync(join(dir, f), 'utf8').includes('vega.github.io/schema'),
  );
  if (vega.length) throw new Error(`Vega in the bundle: ${vega.join(', ')}`);
  // The demo files the app may ask for were copied by the bundler.
  if (!files(dir).some((f) => f.endsWith('.json'))) throw new Error('no demo data file in the build');
}

/** A port free on 127.0.0.1 now (several test runs may share the machine). */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function main() {
  console.log(`Browser: ${describeBrowser(findBrowser())}`);
  if (!args.includes('--no-build')) run('npm', ['run', '--silent', 'build'], root);
  const packDir = mkdtempSync(join(tmpdir(), 'datamed-pack-'));
  try {
    run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
  } finally {
    run(process.execPath, [resolve(root, 'scripts/pack-manifest.mjs'), 'restore'], root);
  }
  const tarball = join(
    packDir,
    readdirSync(packDir).find((f) => f.endsWith('.tgz')),
  );
  if (!args.includes('--no-install') || !existsSync(resolve(apps, 'node_modules')))
    run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], apps);
  run('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', tarball], apps);
  rmSync(packDir, { recursive: true, force: true });

  await check('the installed package.json has no development script nor devDependencies', () => {
    const pkg = JSON.parse(readFileSync(resolve(apps, 'node_modules/datamed-widgets/package.json'), 'utf8'));
    if (pkg.scripts || pkg.devDependencies) throw new Error(JSON.stringify({ scripts: pkg.scripts }));
  });

  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  try {
    for (const framework of ['react', 'vue']) {
      const dir = resolve(apps, framework);
      console.log(`\n${framework}`);
      await check(`${framework}: strict type check, no hand-written declaration, wrong types refused`, () =>
        run(bin(framework === 'vue' ? 'vue-tsc' : 'tsc'), ['-p', '.'], dir),
      );
      for (const bundler of ['vite', 'webpack']) {
        await check(`${framework} + ${bundler} dev server: the demo data with no source`, async () => {
          const p = await freePort();
          const server = await (bundler === 'vite'
            ? startServer(bin('vite'), ['--port', String(p), '--strictPort'], dir, p)
            : startServer(process.execPath, ['../webpack.mjs', 'serve', String(p)], dir, p));
          try {
            await showsDemoData(server.url);
          } finally {
            server.stop();
          }
        });
        const out = resolve(dir, `dist-${bundler}`);
        await check(`${framework} + ${bundler} production build: one element + configure(), no Vega`, () => {
          if (bundler === 'vite') run(bin('vite'), ['build', '--logLevel', 'warn'], dir);
          else run(process.execPath, ['../webpack.mjs', 'build'], dir);
          onlyKeyFigure(out);
        });
        await check(`${framework} + ${bundler} production build: the demo data with no source`, async () => {
          const server = await serveFiles((path) => inside(out, path.slice(1)));
          try {
            await showsDemoData(`${server.origin}/`);
          } finally {
            await server.close();
          }
        });
      }
    }
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  outcomes.push({ name: 'setup', ok: false });
  console.error(error);
}
const passed = outcomes.filter((o) => o.ok).length;
const failed = outcomes.length - passed;
mkdirSync(results, { recursive: true });
writeFileSync(resolve(results, 'summary-apps.json'), JSON.stringify({ passed, failed, skipped: 0 }));
console.log(`\napps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * Component and data-layer tests in headless Chromium (@web/test-runner + @open-wc/testing).
 * The real ANSM data in ../shared/data are served read-only under /__shared__/ for the tests that
 * use them (they skip with a message when the folder is absent).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './scripts/find-browser.mjs';
import { examplesPlugin } from './scripts/wtr-examples.mjs';
import {
  delayPlugin,
  sharedDataPlugin,
  strictCspPlugin,
  testServerPlugin,
} from './scripts/wtr-middleware.mjs';
import { hardeningCommandsPlugin } from './scripts/wtr-hardening-commands.mjs';
import { ssrCommandPlugin } from './scripts/wtr-ssr-command.mjs';
import { prerenderedEmbedPlugin } from './scripts/wtr-embed-ssr.mjs';
import { standInMiddleware } from './test/stand-in/server.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const browser = findBrowser();
console.log(`web-test-runner browser: ${describeBrowser(browser)}`);
const resultsFile = resolve(root, '.test-results', process.env.WTR_RESULTS ?? 'wtr.json');

/** Writes pass / fail / skip counts for scripts/test.mjs to add up. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, fileErrors: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (session.errors.length || (session.passed === false && !session.testResults)) counts.fileErrors++;
      }
      mkdirSync(dirname(resultsFile), { recursive: true });
      writeFileSync(resultsFile, JSON.stringify(counts));
    },
  };
}

const files = process.env.WTR_FILES
  ? process.env.WTR_FILES.split(',')
  : ['src/**/*.test.ts', 'test/browser/**/*.test.ts', 'examples/**/*.test.js', 'demo/**/*.test.ts'];

export default {
  rootDir: root,
  files,
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames in headless Chromium, and
  // fixtures that wait for one time out. Faster overall on 2 cores anyway.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  // English messages are chunks loaded on demand (src/i18n/messages.ts): loaded before the tests, so
  // that pure functions answer in English at once (elements wait for them anyway; the on-demand path
  // has its own test with a module of its own).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>
      // Development checks on (src/dev.ts), before any module reads the flag.
      globalThis.DATAMED_DEV = true;
    </script>
    <script type="module">
      import { loadEveryLanguage } from '/src/i18n/all-messages.ts';
      await loadEveryLanguage();
      await import('${testFramework}');
    </script>
  </body>
</html>`,
  plugins: [
    examplesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: resolve(root, 'tsconfig.json'), target: 'es2022' }),
    hardeningCommandsPlugin(root),
    ssrCommandPlugin(root),
  ],
  middleware: [
    strictCspPlugin(),
    sharedDataPlugin(resolve(root, '../shared/data')),
    testServerPlugin(),
    delayPlugin(root),
    // embed.html pre-rendered by the server for a query (src/ssr/embed-page.ts).
    prerenderedEmbedPlugin(root),
    // DataMed's GraphQL API, stood in for (test/stand-in/): queries checked, answers in its shapes.
    standInMiddleware('/__graphql__'),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browser, headless: true, args: BROWSER_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};

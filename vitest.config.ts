/**
 * Vitest runs the Node-side tests (schemas, demo data, the datamed-build CLI) and, as a second
 * project, every Storybook story in headless Chromium (see .storybook/).
 */
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { axTree } from './.storybook/ax-command.js';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './scripts/find-browser.mjs';

const root = import.meta.dirname;
const browser = findBrowser();
console.log(`Vitest browser (stories): ${describeBrowser(browser)}`);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        plugins: [storybookTest({ configDir: `${root}/.storybook` })],
        // Every browser dependency pre-bundled up front: one discovered mid-run makes Vite reload the
        // page, and the test file running then fails.
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directive-helpers.js',
            'lit/directives/if-defined.js',
            'lit/directives/live.js',
            'storybook/test',
            'vega',
            'vega-lite',
            'vega-interpreter',
            'lit/directives/repeat.js',
            'lit/directives/style-map.js',
            'lit/static-html.js',
            'd3-array',
            'd3-time',
          ],
        },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/visual.setup.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            // A fresh object per project (a shared one fails: "project name … already defined").
            provider: playwright({
              launchOptions: { executablePath: browser, args: BROWSER_ARGS },
              // Pictures without motion: the widgets follow prefers-reduced-motion.
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium' }],
            // The accessibility tree of a story, for its spoken transcript (.storybook/visual.setup.ts).
            commands: { axTree },
            // Visual regression (.storybook/visual.setup.ts): references in stories/__screenshots__/,
            // one per story and width, named without browser or platform (the browser is pinned).
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // Anti-aliasing may differ by a few pixels between processors; a layout change
                // moves thousands.
                comparatorOptions: { threshold: 0.02, allowedMismatchedPixelRatio: 0.002 },
                screenshotOptions: { animations: 'disabled', caret: 'hide' },
                resolveScreenshotPath: ({ arg, ext, root, testFileName }) =>
                  `${root}/stories/__screenshots__/${testFileName}/${arg}${ext}`,
              },
            },
          },
        },
      },
    ],
  },
});

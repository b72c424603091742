#!/usr/bin/env node
/**
 * Visual review aid: screenshots every story of the static Storybook at 320, 768 and 1280 px in
 * headless Chromium, into screenshots/ (not committed), so a reviewer can flip through them. Each
 * shot is taken once the story's play function has finished (its widgets loaded and drawn).
 *
 *   npm run build:storybook && npm run screenshots
 *   npm run screenshots -- --filter bar-chart --viewports 320 --globals "theme:dark;lang:en"
 *   npm run screenshots -- --forced-colors      real Windows-high-contrast rendering (Chromium emulation)
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { BROWSER_ARGS, describeBrowser, findBrowser } from './find-browser.mjs';
import { inside, serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = resolve(root, 'storybook-static');
const outDir = resolve(root, 'screenshots');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const filter = option('filter', '');
const viewports = option('viewports', '320,768,1280').split(',').map(Number);
const globals = option('globals', '');
const forcedColors = args.includes('--forced-colors');

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('No static Storybook: run `npm run build:storybook` first.');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story' && e.id.includes(filter),
);

const server = await serveFiles((path) => inside(staticDir, path.slice(1)));

console.log(`Browser: ${describeBrowser()}`);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: BROWSER_ARGS.filter((a) => !a.startsWith('--headless')),
});
mkdirSync(outDir, { recursive: true });
let count = 0;
const failed = [];
for (const width of viewports) {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    forcedColors: forcedColors ? 'active' : 'none',
  });
  for (const story of stories) {
    const url = `${server.origin}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    const file = join(
      outDir,
      `${story.id}--${width}${globals ? `--${globals.replace(/[^a-z0-9]+/gi, '-')}` : ''}${forcedColors ? '--forced-colors' : ''}.png`,
    );
    try {
      await page.goto(url, { waitUntil: 'load' });
      // The story's play function waits for its widgets to load and draw (and clicks what it
      // clicks): shoot when Storybook says the story is finished.
      await page.waitForFunction(
        () => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(100);
      await page.screenshot({ path: file, fullPage: true });
      count++;
    } catch (error) {
      failed.push(`${story.id} at ${width} px: ${error.message.split('\n')[0]}`);
    }
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`${count} screenshots of ${stories.length} stories × ${viewports.length} widths in ${outDir}`);
if (failed.length) {
  console.error(`${failed.length} failed:\n${failed.join('\n')}`);
  process.exitCode = 1;
}

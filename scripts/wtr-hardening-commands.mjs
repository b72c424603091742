/**
 * Browser commands for the hardening tests (`executeServerCommand` from
 * @web/test-runner-commands), run through the page's Chrome DevTools protocol session:
 * - `hardening-gc`: a full garbage collection, before counting what survived (detached nodes);
 * - `hardening-media`: emulates `forced-colors` / `prefers-color-scheme`;
 * - `hardening-viewport`: sets the viewport (200 % zoom = half the CSS width; 320 px reflow);
 * - `hardening-screenshot`: a full-page PNG under .test-results/hardening-screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export function hardeningCommandsPlugin(root) {
  const mediaSessions = new WeakMap();
  const shots = resolve(root, '.test-results', 'hardening-screenshots');
  return {
    name: 'datamed-hardening-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('hardening-')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'hardening-gc': {
          const cdp = await page.createCDPSession();
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.detach();
          return true;
        }
        case 'hardening-media': {
          // Through the protocol: puppeteer's emulateMediaFeatures does not know forced-colors. The
          // session stays open: emulation ends with the session that set it.
          if (!mediaSessions.has(page)) mediaSessions.set(page, await page.createCDPSession());
          await mediaSessions.get(page).send('Emulation.setEmulatedMedia', {
            features: Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) })),
          });
          return true;
        }
        case 'hardening-viewport':
          await page.setViewport({
            width: payload.width,
            height: payload.height ?? 800,
            deviceScaleFactor: payload.scale ?? 1,
          });
          return true;
        case 'hardening-screenshot': {
          mkdirSync(shots, { recursive: true });
          const name = String(payload.name).replace(/[^a-z0-9-]/gi, '-');
          await page.screenshot({ path: resolve(shots, `${name}.png`), fullPage: true });
          return `.test-results/hardening-screenshots/${name}.png`;
        }
        default:
          return undefined;
      }
    },
  };
}

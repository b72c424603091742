/**
 * Browser commands for the hardening tests (`executeServerCommand` from
 * @web/test-runner-commands), run through the page's Chrome DevTools protocol session:
 * - `hardening-gc`: a full garbage collection, before counting what survived (detached nodes);
 * - `hardening-media`: emulates `forced-colors` / `prefers-color-scheme`;
 * - `hardening-viewport`: sets the viewport (200 % zoom = half the CSS width; 320 px reflow);
 * - `hardening-screenshot`: a full-page PNG under .test-results/hardening-screenshots/ (not committed);
 * - `hardening-ax-tree`: Chromium's accessibility tree of the page (what a screen reader is given),
 *   shadow roots included: per node its role, name (and where the name comes from), description.
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
        case 'hardening-ax-tree': {
          const cdp = await page.createCDPSession();
          await cdp.send('Accessibility.enable');
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          await cdp.detach();
          return nodes
            .filter((n) => !n.ignored)
            .map((n) => {
              const used = n.name?.sources?.find((source) => source.value && !source.superseded);
              return {
                id: n.nodeId,
                parent: n.parentId,
                role: n.role?.value ?? '',
                name: n.name?.value ?? '',
                nameFrom: used?.type ?? '',
                description: n.description?.value ?? '',
                properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value])),
              };
            });
        }
        default:
          return undefined;
      }
    },
  };
}

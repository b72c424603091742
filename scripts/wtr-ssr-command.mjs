/**
 * The `ssr-render` browser command (`executeServerCommand` from @web/test-runner-commands): renders
 * an element on the test server with src/ssr/ (through tsx, as the sources are TypeScript) from the
 * demo tree, and returns its HTML and the page's data script, for the take-over tests
 * (test/browser/ssr-takeover.test.ts). The browser fetches the same tree at /demo-data/.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function ssrCommandPlugin(root) {
  let ssr;
  return {
    name: 'datamed-ssr-command',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      if (!ssr) {
        const { tsImport } = await import('tsx/esm/api');
        ssr = await tsImport(pathToFileURL(resolve(root, 'src/ssr/index.ts')).href, import.meta.url);
      }
      const source = '/demo-data/';
      const { html, files } = await ssr.renderElement(payload.tag, payload.attributes ?? {}, {
        dataDir: resolve(root, 'demo-data'),
        source,
        lang: payload.lang ?? 'fr',
        chartWidth: payload.chartWidth ?? 640,
      });
      return { html, data: ssr.pageDataScript(files, source), files: [...files.keys()] };
    },
  };
}

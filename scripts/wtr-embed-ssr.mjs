/**
 * Test-server middleware for @web/test-runner: `/__prerendered__/embed.html?<query>` answers
 * embed.html pre-rendered for that query from the demo tree (src/ssr/embed-page.ts, run by
 * scripts/render-embed-page.ts in a child process: the server render's DOM shim stays out of the
 * runner). Its script and stylesheet are the page's own (src/embed/); its name is `embed.html`, so
 * that embed-host.js takes its iframes as embed pages.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function prerenderedEmbedPlugin(root) {
  return async (ctx, next) => {
    if (ctx.path !== '/__prerendered__/embed.html') return next();
    const { stdout } = await run(
      resolve(root, 'node_modules/.bin/tsx'),
      [resolve(root, 'scripts/render-embed-page.ts'), ctx.querystring ? `?${ctx.querystring}` : ''],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = stdout
      .replace('src="./embed.ts"', 'src="/src/embed/embed.ts"')
      .replace('href="./embed.css"', 'href="/src/embed/embed.css"');
  };
}

/**
 * The small file server of the scripts and tests that drive a browser (benchmarks, story
 * screenshots, the distribution test): 127.0.0.1 only, a free port, files chosen by the caller
 * from the URL path, nothing served from outside the folders the caller allows (`inside`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The file `relative` inside `base`, or undefined when the path would leave it (`..`). */
export function inside(base, relative) {
  const file = resolve(base, relative);
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * Serves the file `fileOf(path)` names for each request's decoded URL path (404 when it names
 * none, or no file), with `headers` added to every answer.
 * @param {(path: string) => string | undefined} fileOf
 * @param {Record<string, string>} [headers]
 * @param {number} [listenPort] 0 (default): any free port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveFiles(fileOf, headers = {}, listenPort = 0) {
  const server = createServer((req, res) => {
    let file;
    try {
      file = fileOf(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      file = undefined; // a malformed escape: not a file
    }
    if (file && existsSync(file) && statSync(file).isDirectory()) file = resolve(file, 'index.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((ready) => server.listen(listenPort, '127.0.0.1', ready));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

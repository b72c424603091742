/**
 * Test-server middleware for @web/test-runner (Koa), on the runner's own 127.0.0.1 server:
 * - `/__shared__/…`: the real ANSM data in ../shared/data, read-only;
 * - `/__fault__/…`: scripted network faults for the data-layer tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';

/**
 * `/__delay__/<ms>/<path>`: serves a file of the project after a delay (races between requests:
 * a late answer for an old substance must never replace the current one).
 */
export function delayPlugin(root) {
  return async (ctx, next) => {
    const m = /^\/__delay__\/(\d+)\/(.*)$/.exec(ctx.path);
    if (!m) return next();
    await sleep(Number(m[1]));
    const target = resolve(root, decodeURIComponent(m[2]));
    if (!target.startsWith(root + sep) || !existsSync(target) || !statSync(target).isFile()) {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = createReadStream(target);
  };
}

export function sharedDataPlugin(dir) {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__shared__/')) return next();
    const target = resolve(dir, decodeURIComponent(ctx.path.slice('/__shared__/'.length)));
    if (!target.startsWith(dir + sep) || !existsSync(target) || !statSync(target).isFile()) {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    ctx.type = target.endsWith('.json')
      ? 'application/json'
      : target.endsWith('.csv')
        ? 'text/csv'
        : 'text/plain';
    ctx.body = createReadStream(target);
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Counts requests per fault path, so tests can assert "one request for ten widgets". */
const hits = new Map();

export function testServerPlugin() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__fault__/')) return next();
    const [, , kind, ...rest] = ctx.path.split('/');
    const q = ctx.query;
    const key = ctx.path;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    ctx.set('Cache-Control', 'no-store');
    const delay = Number(q.delay ?? 0);
    if (delay) await sleep(delay);
    switch (kind) {
      case 'hits':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ hits: hits.get('/__fault__/' + rest.join('/')) ?? 0 });
        return;
      case 'reset':
        hits.clear();
        ctx.body = 'ok';
        return;
      case 'status':
        ctx.status = Number(rest[0]);
        // `?retry-after=30`, or in the path (`/__fault__/status/503/retry-after-30/…`) for a
        // widget's source, whose query string is lost when file paths are resolved against it.
        {
          const inPath = /^retry-after-(\d+)$/.exec(rest[1] ?? '')?.[1];
          const retryAfter = q['retry-after'] ?? inPath;
          if (retryAfter) ctx.set('Retry-After', String(retryAfter));
        }
        ctx.type = 'text/plain';
        ctx.body = `status ${rest[0]}`;
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><body><h1>Sign in</h1></body></html>';
        return;
      case 'truncated':
        ctx.type = 'application/json';
        ctx.body = '{"schema":"datamed.adverse-effects/1","provenance":{"source":"x"';
        return;
      case 'json': {
        // /__fault__/json/<anything>?body=<urlencoded json>: echoes the body as JSON (after delay).
        ctx.type = 'application/json';
        ctx.body = String(q.body ?? '{}');
        return;
      }
      case 'trickle': {
        // Sends one byte every `every` ms: the client's timeout must cover the body too.
        const every = Number(q.every ?? 200);
        const text = '{"schema":"datamed.index/1","substances":[]}';
        ctx.type = 'application/json';
        ctx.body = Readable.from(
          (async function* () {
            for (const ch of text) {
              await sleep(every);
              yield ch;
            }
          })(),
        );
        return;
      }
      default:
        ctx.status = 400;
        ctx.body = 'unknown fault';
    }
  };
}

/** The strict policy of the hardening pages: no inline script or style, no eval, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Serves the hardening pages (test/hardening/pages/*.html) with a strict Content-Security-Policy
 * header, as a partner's page could: every widget must render under it without a violation.
 */
export function strictCspPlugin() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/hardening/pages/') && ctx.path.endsWith('.html'))
      ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

/**
 * A stand-in for DataMed's public GraphQL API, for the tests: every query is checked against the
 * API's interface (check-query.mjs, schema.mjs) and answered in the API's shapes (fixtures.mjs),
 * with its quirks: labels through `@capitalize`, rows under its threshold left out, misspelt enum
 * names, dates in the server's locale. Like the deployed API it sends no CORS headers, and answers
 * a query it refuses with HTTP 400 and `{ errors }`.
 *
 * `answer()` is the pure core; `standInMiddleware()` serves it inside the browser-test server
 * (same origin, as behind the reverse proxy of docs/graphql.md), `standInConnect()` inside the demo
 * server (`npm start`: demo/graphql.html); `startStandIn()` runs it on its own 127.0.0.1 port for
 * the Node tests.
 */
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { QueryError, parseQuery, validateQuery } from './check-query.mjs';
import { ROOT } from './fixtures.mjs';
import { TYPES, namedType } from './schema.mjs';

/** What `@capitalize` does: first character upper-case, every other one lower-case. */
export function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

function project(value, selections, typeName) {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => project(item, selections, typeName));
  const out = {};
  for (const sel of selections) {
    const def = TYPES[typeName][sel.field];
    const raw = value[sel.field];
    const target = namedType(def.type);
    if (!sel.selections)
      out[sel.alias] = def.cap && typeof raw === 'string' ? capitalize(raw) : (raw ?? null);
    else out[sel.alias] = project(raw, sel.selections, target);
  }
  return out;
}

/** One request body (text) → the HTTP status and the JSON the real API would send. */
export function answer(bodyText) {
  let request;
  try {
    request = JSON.parse(bodyText);
  } catch {
    return {
      status: 400,
      json: { errors: [{ message: 'POST body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] },
    };
  }
  try {
    const parsed = parseQuery(request?.query);
    const variables = request.variables ?? {};
    validateQuery(parsed, variables);
    const data = {};
    for (const sel of parsed.selections) {
      const args = {};
      for (const [name, given] of Object.entries(sel.args))
        args[name] = given.variable !== undefined ? variables[given.variable] : given.literal;
      const def = TYPES.Query[sel.field];
      data[sel.alias] = project(ROOT[sel.field](args), sel.selections, namedType(def.type));
    }
    return { status: 200, json: { data } };
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    return { status: 400, json: { errors: [{ message: error.message, extensions: { code: error.code } }] } };
  }
}

/** Counts of what the stand-in received, for tests that check how many requests were made. */
export const received = { requests: 0, queries: [] };

function handle(method, bodyText) {
  if (method !== 'POST') return { status: 405, json: { errors: [{ message: 'POST only' }] } };
  received.requests++;
  try {
    received.queries.push(JSON.parse(bodyText)?.query);
  } catch {
    /* counted above; answer() reports it */
  }
  return answer(bodyText);
}

async function readBody(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Koa middleware for @web/test-runner: the stand-in at `path`. */
export function standInMiddleware(path) {
  return async (ctx, next) => {
    if (ctx.path !== path) return next();
    const { status, json } = handle(ctx.method, await readBody(ctx.req));
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(json);
  };
}

/** Connect middleware for Vite's dev server (`npm start`): the stand-in at `path`, for demo/graphql.html. */
export function standInConnect(path) {
  return (req, res, next) => {
    if (req.url?.split('?')[0] !== path) return next();
    readBody(req).then((body) => {
      const { status, json } = handle(req.method, body);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(json));
    }, next);
  };
}

/** The stand-in on its own 127.0.0.1 port: `{ url, close }`. */
export function startStandIn() {
  const server = createServer(async (req, res) => {
    const { status, json } = handle(req.method, await readBody(req));
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(json));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

import { expect } from '@open-wc/testing';
import { JsonClient, parseJson, parseRetryAfter } from './client.js';
import { failure } from '../../test/helpers/failure.js';

const client = (timeoutMs = 2_000, fetchImpl?: typeof fetch) =>
  new JsonClient({ timeoutMs, cacheSize: 4, cacheTtlMs: 60_000, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
const identity = { kind: 'raw', parse: (json: unknown) => json };

/** A fetch stub that counts calls and answers after `ms`, honouring the abort signal. */
function countingFetch(body: unknown, ms = 30) {
  const calls: { url: string; signal: AbortSignal }[] = [];
  const impl = ((url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      calls.push({ url, signal: init.signal! });
      const timer = setTimeout(() => resolve(new Response(JSON.stringify(body), { status: 200 })), ms);
      init.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    })) as unknown as typeof fetch;
  return { calls, impl };
}

describe('JsonClient', () => {
  it('shares one in-flight request between callers and parses once', async () => {
    const stub = countingFetch({ a: 1 });
    const c = client(2_000, stub.impl);
    let parses = 0;
    const parse = (json: unknown) => {
      parses++;
      return json;
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => c.get('/x.json', { kind: 'k', parse })),
    );
    expect(stub.calls).to.have.length(1);
    expect(parses).to.equal(1);
    expect(results.every((r) => (r as { a: number }).a === 1)).to.be.true;
  });

  it('serves a second request from the cache, and never caches failures', async () => {
    const stub = countingFetch({ a: 1 });
    const c = client(2_000, stub.impl);
    await c.get('/x.json', identity);
    await c.get('/x.json', identity);
    expect(stub.calls).to.have.length(1);

    let calls = 0;
    const failing = client(2_000, (async () => {
      calls++;
      return new Response('nope', { status: 500 });
    }) as unknown as typeof fetch);
    await failure(failing.get('/y.json', identity));
    await failure(failing.get('/y.json', identity));
    expect(calls).to.equal(2);
  });

  it('keeps the request alive while one caller still waits, aborts it when none does', async () => {
    const stub = countingFetch({ ok: true }, 80);
    const c = client(2_000, stub.impl);
    const a = new AbortController();
    const b = new AbortController();
    const pa = c.get('/z.json', { ...identity, signal: a.signal });
    const pb = c.get('/z.json', { ...identity, signal: b.signal });
    a.abort();
    expect((await failure(pa)).kind).to.equal('aborted');
    expect(stub.calls[0]!.signal.aborted).to.be.false;
    expect(await pb).to.deep.equal({ ok: true });

    const c2 = client(2_000, countingFetch({ ok: true }, 80).impl);
    const only = new AbortController();
    const p = c2.get('/w.json', { ...identity, signal: only.signal });
    expect(c2.pending).to.equal(1);
    only.abort();
    expect((await failure(p)).kind).to.equal('aborted');
    await new Promise((r) => setTimeout(r, 0));
    expect(c2.pending).to.equal(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const a = new AbortController();
    a.abort();
    expect((await failure(client().get('/x.json', { ...identity, signal: a.signal }))).kind).to.equal(
      'aborted',
    );
  });

  it('times out a server that does not answer', async () => {
    const e = await failure(client(150).get('/__fault__/json/slow.json?delay=1500', identity));
    expect(e.kind).to.equal('timeout');
  });

  it('times out a body that trickles in', async () => {
    const e = await failure(client(300).get('/__fault__/trickle/x?every=100', identity));
    expect(e.kind).to.equal('timeout');
  });

  const statusCases: [number, string][] = [
    [404, 'not-found'],
    [410, 'not-found'],
    [500, 'server'],
    [502, 'server'],
    [503, 'unavailable'],
    [403, 'http'],
  ];
  for (const [status, kind] of statusCases) {
    it(`maps HTTP ${status} to "${kind}"`, async () => {
      const e = await failure(client().get(`/__fault__/status/${status}`, identity));
      expect(e.kind).to.equal(kind);
      if (kind !== 'not-found') expect(e.details.status).to.equal(status);
    });
  }

  it('reads Retry-After on 503', async () => {
    const e = await failure(client().get('/__fault__/status/503?retry-after=30', identity));
    expect(e.kind).to.equal('unavailable');
    expect(e.details.retryAfter).to.equal(30);
  });

  it('tells an HTML page from broken JSON', async () => {
    expect((await failure(client().get('/__fault__/html/x', identity))).kind).to.equal('html');
    expect((await failure(client().get('/__fault__/truncated/x', identity))).kind).to.equal('not-json');
  });

  it('reports an unreachable server as a network error', async () => {
    const e = await failure(client().get('http://127.0.0.1:9/x.json', identity));
    expect(e.kind).to.equal('network');
  });

  it('names the file in its errors', async () => {
    const e = await failure(
      client().get('/__fault__/status/404', { ...identity, label: 'substances/x.json' }),
    );
    expect(e.details.url).to.equal('substances/x.json');
  });

  it('evicts the least recently used entries beyond its size', async () => {
    const stub = countingFetch({});
    const c = new JsonClient({ timeoutMs: 1000, cacheSize: 2, cacheTtlMs: 60_000, fetch: stub.impl });
    await c.get('/1', identity);
    await c.get('/2', identity);
    await c.get('/1', identity); // refresh 1
    await c.get('/3', identity); // evicts 2
    await c.get('/1', identity);
    expect(stub.calls.length).to.equal(3);
    await c.get('/2', identity);
    expect(stub.calls.length).to.equal(4);
  });
});

describe('parseJson / parseRetryAfter', () => {
  it('strips a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}', 'x')).to.deep.equal({ a: 1 });
  });
  it('parses seconds and HTTP dates, caps at an hour, ignores junk', () => {
    expect(parseRetryAfter('120')).to.equal(120);
    expect(parseRetryAfter('999999')).to.equal(3600);
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).to.be.within(55, 61);
    expect(parseRetryAfter('soon')).to.be.undefined;
    expect(parseRetryAfter(null)).to.be.undefined;
  });
});

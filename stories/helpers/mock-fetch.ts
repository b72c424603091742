import { FIXTURES } from './fixtures.js';

/**
 * Network conditions for stories, without a server: a `beforeEach` replaces `fetch` for URLs
 * under `/mock/…` and puts it back after the story.
 *   /mock/hang/…        never answers (loading state)
 *   /mock/status/503/…  answers with that status
 *   /mock/once-500/…    fails once, then serves the demo data (retry works)
 *   /mock/fixture/<name>/…  the demo file, changed by the fixture `<name>` (see fixtures.ts)
 */
export function mockFetch(): () => void {
  const original = window.fetch;
  const failedOnce = new Set<string>();
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.href,
    );
    const path = url.pathname;
    if (path.startsWith('/mock/hang/')) {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    const status = /^\/mock\/status\/(\d{3})\//.exec(path);
    if (status) {
      const headers = status[1] === '503' ? { 'Retry-After': '30' } : undefined;
      return Promise.resolve(new Response('mock error', { status: Number(status[1]), headers }));
    }
    const once = /^\/mock\/once-500\/(.*)$/.exec(path);
    if (once) {
      if (!failedOnce.has(path)) {
        failedOnce.add(path);
        return Promise.resolve(new Response('mock error', { status: 500 }));
      }
      return original(`/demo-data/${once[1]}`, init);
    }
    const fixture = /^\/mock\/fixture\/([a-z-]+)\/(.*)$/.exec(path);
    if (fixture && FIXTURES[fixture[1]!]) {
      const transform = FIXTURES[fixture[1]!]!;
      return original(`/demo-data/${fixture[2]}`, init).then(async (response) =>
        response.ok
          ? new Response(JSON.stringify(transform(await response.json())), {
              headers: { 'Content-Type': 'application/json' },
            })
          : response,
      );
    }
    return original(input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/** A data tree served from memory to the widgets, through a patched `fetch` (tests only). */

/** Serves the files under `prefix` (e.g. `/real/`) through a patched `fetch`; returns the undo. */
export function serveTree(files: Map<string, string>, prefix: string): () => void {
  const original = window.fetch;
  window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof request === 'string' ? request : request instanceof URL ? request.href : request.url,
      location.href,
    );
    const body = url.pathname.startsWith(prefix) ? files.get(url.pathname.slice(prefix.length)) : undefined;
    if (body) return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    return original(request, init);
  };
  return () => (window.fetch = original);
}

/** `serveTree` for values written in the test: each path's value as JSON. */
export function serveValues(files: Record<string, unknown>, prefix: string): () => void {
  return serveTree(
    new Map(Object.entries(files).map(([path, value]) => [path, JSON.stringify(value)])),
    prefix,
  );
}

/** Records the URL of every `fetch` of the page until the returned `stop()`. */
export function recordFetches(): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return original(input, init);
  };
  return { urls, stop: () => (window.fetch = original) };
}

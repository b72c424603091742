/**
 * Data files a page carries (server-rendered pages, src/ssr/): the widgets read them from the page
 * instead of fetching them again. Each is a `<script type="application/json" data-datamed-files>`
 * whose `data-source` is the `source` the page's widgets have (empty: the page's default) and whose
 * text maps tree paths to the files' JSON:
 *
 *   <script type="application/json" data-datamed-files data-source="../data/">
 *     {"substances/paracetamol.json": {…}}
 *   </script>
 *
 * They go through the same validation as fetched files (JsonClient's `parse`): a page's copy is
 * trusted no more than the server's.
 */
import { dataFileUrl, resolveSourceUrl } from './config.js';

let files: Map<string, unknown> | undefined;

function readPage(): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const script of document.querySelectorAll('script[type="application/json"][data-datamed-files]')) {
    try {
      let base = resolveSourceUrl(script.getAttribute('data-source'));
      if (!base.endsWith('/')) base += '/';
      const content = JSON.parse(script.textContent ?? '') as unknown;
      if (!content || typeof content !== 'object') continue;
      for (const [path, json] of Object.entries(content)) found.set(dataFileUrl(base, path), json);
    } catch {
      // A broken script is only a missed shortcut: the widgets fetch the file.
    }
  }
  return found;
}

/** The JSON of the file at `url` when the page carries it, else undefined. */
export function pageFile(url: string): unknown {
  if (typeof document === 'undefined') return undefined;
  files ??= readPage();
  return files.get(url);
}

/** Forgets what was read (tests; a page that adds scripts later). */
export function forgetPageFiles(): void {
  files = undefined;
}

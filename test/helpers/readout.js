/**
 * What a reader is told by the DataMed elements under a root, shadow roots included, as lines:
 * headings, summaries, chart marks, key figures, source lines — ids, layout and the server's own
 * extras (its folded tables, its narrow second drawing) left out. Comparing it before and after the
 * browser takes over server-rendered HTML says the page says the same (docs/ssr.md).
 *
 * A classic script (no imports, no closures): the site's browser tests evaluate its text in pages
 * whose JavaScript is disabled; the browser tests import it. It defines `globalThis.datamedReadout`.
 */
globalThis.datamedReadout = function datamedReadout(root) {
  const out = [];
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.closest('.server-table, .server-narrow, template')) continue;
      if (el.getAttribute('role') === 'heading') out.push(`heading ${clean(el.textContent)}`);
      else if (el.classList.contains('summary')) out.push(`summary ${clean(el.textContent)}`);
      else if (el.getAttribute('role') === 'listitem' && el.hasAttribute('aria-label'))
        out.push(`mark ${clean(el.getAttribute('aria-label'))}`);
      else if (el.getAttribute('part') === 'footer') out.push(`footer ${clean(el.textContent)}`);
      else if (el.tagName === 'DD' || el.tagName === 'DT') out.push(`${el.tagName} ${clean(el.textContent)}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
};

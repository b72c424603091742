/**
 * Probes run inside pages by the server-rendering tests and the site benchmark. A classic script
 * (no imports, no closures): the site's browser tests and scripts/bench-site.mjs evaluate its text
 * in pages whose JavaScript is disabled; the browser tests import it. It defines
 * `globalThis.datamedReadout` and `globalThis.datamedInspect`.
 */

/**
 * What a reader is told by the DataMed elements under a root, shadow roots included, as lines:
 * headings, summaries, chart marks, key figures, source lines — ids, layout and the server's own
 * extras (its folded tables, its narrow second drawing) left out. Comparing it before and after the
 * browser takes over server-rendered HTML says the page says the same (docs/ssr.md).
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

/**
 * Each DataMed element of the page complete (a shadow root with content, no loading state), and
 * how many chart drawings its shadow trees hold and how many of them have a box (are shown).
 */
globalThis.datamedInspect = function datamedInspect() {
  const CHART = 'svg.chart-svg, svg.timeline-svg, .chart-area svg';
  const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('datamed-'));
  const problems = [];
  let charts = 0;
  let visibleCharts = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(CHART)) {
        charts++;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) visibleCharts++;
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const el of elements) {
    if (!el.shadowRoot?.childElementCount) problems.push(`${el.localName}: no content`);
    else if (el.shadowRoot.querySelector('.skeleton')) problems.push(`${el.localName}: loading`);
    if (el.shadowRoot) walk(el.shadowRoot);
  }
  return { elements: elements.length, problems, charts, visibleCharts };
};

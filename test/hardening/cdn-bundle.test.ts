/**
 * The production CDN bundle (dist/cdn/, built by `npm run test:hardening` before the tests) in
 * pages of its own, opened in an iframe:
 * - test/hardening/pages/widgets.html, served with `Content-Security-Policy: default-src 'self';
 *   script-src 'self'; style-src 'self'` (see strictCspPlugin in scripts/wtr-middleware.mjs):
 *   every widget, `<datamed-vega-chart>` included, renders with zero violations;
 * - test/hardening/pages/two-copies.html: the bundle loaded twice (two module URLs), as two
 *   partners' scripts would: no error, the widgets render.
 * Skipped, saying so, when the bundle is absent (`npx vite build --config vite.cdn.config.ts`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { stateOf } from './support.js';

interface ProbedWindow extends Window {
  console: Console;
  __violations: string[];
  __errors: string[];
}

async function skipWithoutBundle(context: Mocha.Context): Promise<void> {
  if ((await fetch('/dist/cdn/datamed-widgets.js', { method: 'HEAD' })).ok) return;
  console.warn('skipped: dist/cdn/datamed-widgets.js not built (npx vite build --config vite.cdn.config.ts)');
  context.skip();
}

async function openPage(
  path: string,
): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as ProbedWindow, doc: frame.contentDocument! };
}

/** Waits until every DataMed element of the page has left its loading state. */
async function pageSettled(doc: Document, timeout = 30_000): Promise<HTMLElement[]> {
  const widgets = [...doc.querySelectorAll<HTMLElement>('main > *')].filter((el) =>
    el.localName.startsWith('datamed-'),
  );
  await waitUntil(
    () => widgets.every((w) => w.shadowRoot && stateOf(w).state !== 'busy'),
    'widgets did not settle',
    { timeout, interval: 50 },
  );
  return widgets;
}

describe('hardening: the CDN bundle under a strict CSP, and twice on one page', function () {
  this.timeout(90_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders every widget, Vega included, with zero CSP violations', async function () {
    await skipWithoutBundle(this);
    const page = await openPage('/test/hardening/pages/widgets.html');
    frame = page.frame;
    const policy = (await fetch('/test/hardening/pages/widgets.html')).headers.get('content-security-policy');
    expect(policy).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    const widgets = await pageSettled(page.doc);
    expect(widgets.filter((w) => w.localName.startsWith('datamed-'))).to.have.length(10);
    for (const w of widgets) expect(stateOf(w).state, w.localName).to.equal('ready');

    const vega = page.doc.querySelector('datamed-vega-chart')!;
    await waitUntil(
      () => vega.shadowRoot!.querySelector('.vega-area svg path, .vega-area svg rect'),
      'vega did not draw',
      {
        timeout: 30_000,
      },
    );
    // Every chart of the profile, the building blocks and the timeline have drawn.
    const drawn = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('*')].some((n) => n.shadowRoot?.querySelector('svg.chart-svg')) ||
      !!el.shadowRoot!.querySelector('svg.chart-svg, svg');
    for (const w of widgets.filter((w) => /chart|profile|timeline|overview/.test(w.localName)))
      await waitUntil(() => drawn(w), `${w.localName} not drawn`, { timeout: 10_000 });
    // Styles applied (adopted style sheets are allowed): the frame has its border colour, not the default.
    const frameBox = widgets[1]!.shadowRoot!.querySelector('.frame')!;
    expect(page.win.getComputedStyle(frameBox).borderTopStyle).to.not.equal('none');

    // Interaction under the policy: a tooltip placed through the CSSOM, the table view.
    const chart = widgets.find((w) => w.localName === 'datamed-bar-chart')!;
    chart
      .shadowRoot!.querySelector('.mark')!
      .dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await waitUntil(() => chart.shadowRoot!.querySelector('.tooltip'), 'no tooltip');
    for (const w of widgets) w.setAttribute('view', 'table');
    await new Promise((r) => setTimeout(r, 500));
    console.log(
      `strict CSP: ${widgets.length} widgets ready, violations: ${page.win.__violations.length}, errors: ${page.win.__errors.length}`,
    );
    expect(page.win.__violations).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('two copies of the library on one page: no error, both render', async function () {
    await skipWithoutBundle(this);
    const page = await openPage('/test/hardening/pages/two-copies.html');
    frame = page.frame;
    const warnings: string[] = [];
    const warn = page.win.console.warn;
    page.win.console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
      warn.apply(page.win.console, args);
    };
    const widgets = await pageSettled(page.doc);
    for (const w of widgets) expect(stateOf(w).state, w.localName).to.equal('ready');
    // Both module URLs ran (two copies), and the second one only said its elements were already defined.
    const scripts = page.win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/dist/cdn/datamed-widgets.js'));
    expect(scripts.length).to.equal(2);
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__violations).to.deep.equal([]);
  });
});

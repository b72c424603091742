/**
 * Accessibility audit:
 * - axe on every demo page (demo/index.html, every state in French and English) and on the page of
 *   every widget (test/hardening/pages/widgets.html, built CDN bundle);
 * - a keyboard-only walk through each widget with real key presses: every stop visible with a focus
 *   indicator, no trap, Shift+Tab walks back;
 * - 200 % zoom (a 1280 px window: 640 CSS px) and 320 CSS px (reflow): no horizontal scroll of the
 *   page, no text cut off (data tables may scroll inside their own box);
 * - forced colours (`forced-colors: active`): screenshots written to
 *   .test-results/hardening-screenshots/ (not committed), and the marks keep a visible edge.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { allSettled, stateOf, everyElement } from './support.js';
import { deepAll } from '../helpers/widgets.js';

interface AxeResult {
  violations: { id: string; impact: string; tags: string[]; nodes: { target: unknown[] }[] }[];
}

/** Violations of WCAG rules, and of axe's best practices (e.g. two regions of one name), as text. */
function split(result: AxeResult): { wcag: string[]; practices: string[] } {
  const text = (v: AxeResult['violations'][number]) =>
    `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${JSON.stringify(v.nodes[0]?.target)}`;
  const isWcag = (v: AxeResult['violations'][number]) => v.tags.some((t) => /^wcag\d/.test(t));
  return {
    wcag: result.violations.filter(isWcag).map(text),
    practices: result.violations.filter((v) => !isWcag(v)).map(text),
  };
}

/** Runs axe inside a page opened in an iframe (same origin). */
async function axeIn(frame: HTMLIFrameElement): Promise<AxeResult> {
  const win = frame.contentWindow as Window & {
    axe?: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> };
  };
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
  }
  // The WCAG 2.2 A / AA rules (RGAA's base) fail the test; axe's best practices are reported.
  return win.axe!.run(doc, { resultTypes: ['violations'] });
}

async function openFrame(src: string, width = 1200): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const widgets = () =>
    [...frame.contentDocument!.querySelectorAll<HTMLElement>('*')].filter((el) =>
      el.localName.startsWith('datamed-'),
    );
  await waitUntil(
    () => widgets().length > 0 && widgets().every((w) => w.shadowRoot && stateOf(w).state !== 'busy'),
    `${src}: widgets did not settle`,
    {
      timeout: 30_000,
      interval: 50,
    },
  );
  await new Promise((r) => setTimeout(r, 500)); // charts draw after their first measure
  return frame;
}

/** An outline, a shadow, or for a chart mark its focus ring. */
function hasFocusIndicator(el: Element): boolean {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
  if (style.boxShadow !== 'none') return true;
  // SVG marks: a ring (charts) or an outlined hit area (timeline) drawn on focus.
  const ring = el.querySelector('.ring') ?? el.querySelector(':scope > .hit');
  return !!ring && getComputedStyle(ring).stroke !== 'none';
}

/** The element that has the focus, through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Mounts every widget, one under the other, and waits until they have drawn. */
async function mountAll(): Promise<HTMLElement[]> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const widgets = everyElement();
  host.append(...widgets);
  await allSettled(widgets);
  await waitUntil(
    () => deepAll(host, '.chart-area').every((a) => a.querySelector('svg')),
    'charts not drawn',
    {
      timeout: 15_000,
    },
  );
  return widgets;
}

/** What is lost at this width: a horizontal scroll of the page, text cut off or out of view. */
function lostContent(widgets: HTMLElement[]): string[] {
  const lost: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1)
    lost.push(`page scrolls horizontally: ${document.documentElement.scrollWidth} > ${width}`);
  for (const w of widgets) {
    const scrollers = new Set<Element>();
    for (const el of deepAll(w, '*')) {
      const style = getComputedStyle(el);
      if (/auto|scroll/.test(style.overflowX)) scrollers.add(el);
      const insideScroller = [...scrollers].some((s) => s.contains(el));
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText || insideScroller || style.visibility === 'hidden' || el.closest('.sr-only, [hidden]'))
        continue;
      const rect = el.getBoundingClientRect();
      // Visually hidden on purpose (text for screen readers: 1 px, clipped).
      if (rect.width <= 1 || rect.height <= 1 || (style.clip !== 'auto' && style.clip !== '')) continue;
      if (rect.right > width + 1)
        lost.push(
          `${w.localName} <${el.localName} class="${el.getAttribute('class')}"> ends at ${Math.round(rect.right)} px`,
        );
      if (/hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        lost.push(`${w.localName} <${el.localName} class="${el.getAttribute('class')}"> text cut off`);
    }
  }
  return lost;
}

describe('hardening: accessibility audit', function () {
  this.timeout(180_000);
  afterEach(async () => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
    await setViewport({ width: 1280, height: 900 });
    await executeServerCommand('hardening-media', { 'forced-colors': '' });
  });

  it('axe finds nothing on the demo page (every state, French and English)', async () => {
    const frame = await openFrame('/demo/index.html');
    const result = await axeIn(frame);
    const { wcag, practices } = split(result);
    console.log(
      `axe on demo/index.html: ${wcag.length} WCAG violations, best practices: ${practices.join('; ') || 'none'}`,
    );
    expect(wcag).to.deep.equal([]);
    expect(practices).to.deep.equal([]);
  });

  it('axe finds nothing on the page of every widget (CDN bundle, strict CSP)', async function () {
    if (!(await fetch('/dist/cdn/datamed-widgets.js', { method: 'HEAD' })).ok) this.skip();
    const frame = await openFrame('/test/hardening/pages/widgets.html');
    const { wcag, practices } = split(await axeIn(frame));
    console.log(
      `axe on pages/widgets.html: ${wcag.length} WCAG violations, best practices: ${practices.join('; ') || 'none'}`,
    );
    expect(wcag).to.deep.equal([]);
    expect(practices).to.deep.equal([]);
  });

  it('keyboard only: every widget can be walked through with Tab and back with Shift+Tab, no trap', async () => {
    await setViewport({ width: 1280, height: 900 });
    const widgets = await mountAll();
    const before = document.createElement('button');
    before.textContent = 'before';
    widgets[0]!.parentElement!.prepend(before);
    const stops: Record<string, number> = {};
    before.focus();
    const visited: Element[] = [];
    for (let i = 0; i < 400; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive();
      if (!el || el === document.body) break;
      const host = (el.getRootNode() as ShadowRoot).host;
      const widget = widgets.find(
        (w) =>
          w === el || w.contains(el) || w.shadowRoot!.contains(el) || deepAll<Element>(w, '*').includes(el),
      );
      if (!widget) {
        if (host || el !== before) continue;
      } else {
        stops[widget.localName] = (stops[widget.localName] ?? 0) + 1;
        const rect = el.getBoundingClientRect();
        expect(
          rect.width * rect.height,
          `${widget.localName} stop <${el.localName}> visible`,
        ).to.be.greaterThan(0);
        const what = `${widget.localName} <${el.localName} class="${el.getAttribute('class')}">`;
        expect(hasFocusIndicator(el), `${what} focus indicator`).to.be.true;
      }
      visited.push(el);
    }
    console.log(`keyboard walk: Tab stops per widget ${JSON.stringify(stops)}`);
    // Every widget but the key figures (nothing to operate in them) can be reached.
    for (const w of widgets.filter((w) => w.localName !== 'datamed-key-figure'))
      expect(stops[w.localName], `${w.localName}: no Tab stop`).to.be.greaterThan(0);
    expect(stops['datamed-key-figure'], 'key figures: nothing to operate').to.equal(undefined);
    // Shift+Tab walks back through the same stops (no trap in either direction).
    // Shift+Tab moves the focus back, step after step (no trap backwards either). The exact stops
    // may differ: a chart's roving tab stop returns to the mark last focused.
    const start = visited.length - 1;
    let previous = deepActive();
    await sendKeys({ down: 'Shift' });
    try {
      for (let i = 0; i < 15; i++) {
        await sendKeys({ press: 'Tab' });
        const now = deepActive();
        expect(now, 'Shift+Tab moved the focus').to.not.equal(previous);
        previous = now;
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    const reached = visited.indexOf(previous!);
    expect(reached, 'Shift+Tab went backwards').to.be.lessThan(start);
    expect(reached, 'Shift+Tab went backwards').to.be.at.least(0);
  });

  for (const [label, width] of [
    ['200 % zoom (1280 px window = 640 CSS px)', 640],
    ['320 CSS px (reflow)', 320],
  ] as const) {
    it(`${label}: no horizontal scroll of the page, no text lost`, async () => {
      await setViewport({ width, height: 900 });
      const widgets = await mountAll();
      await new Promise((r) => setTimeout(r, 500));
      const lost = lostContent(widgets);
      console.log(`${label}: ${lost.length} problems`);
      expect(lost.slice(0, 15)).to.deep.equal([]);
      const shot = await executeServerCommand('hardening-screenshot', { name: `width-${width}` });
      expect(shot).to.be.a('string');
    });
  }

  it('forced colours: screenshots, and the marks keep a visible edge', async () => {
    await executeServerCommand('hardening-media', { 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const widgets = await mountAll();
    const shots: string[] = [];
    for (const w of widgets) {
      w.scrollIntoView();
      shots.push(
        (await executeServerCommand('hardening-screenshot', {
          name: `forced-colors-${w.localName}`,
        })) as string,
      );
    }
    // In forced colours, fills become the system colours: a bar is still drawn (stroke or fill).
    const bars = deepAll(widgets[4]!, '.bar');
    expect(bars.length).to.be.greaterThan(0);
    for (const bar of bars) expect(getComputedStyle(bar).fill, 'bar in a system colour').to.not.equal('none');
    console.log(`forced colours: ${shots.length} screenshots in .test-results/hardening-screenshots/`);
  });
});

/**
 * Taking over server-rendered HTML (src/ssr/, base-element.ts `update`): an element rendered on the
 * test server from the demo tree, put into the page with its data script, then upgraded, must
 * - never show a loading state nor an empty shadow root on the way (no flash);
 * - fetch nothing (its files travel in the page);
 * - end up saying what the server said: headings, summaries, marks, source line;
 * - behave like any element afterwards (the chart / table switch, the same table as the server's).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { forgetPageFiles } from '../../src/data/page-files.js';
import { getClient } from '../../src/data/sources.js';
import '../helpers/page-probes.js';

interface Rendered {
  html: string;
  data: string;
  files: string[];
}

const readout = (root: ParentNode) => datamedReadout(root);

function tableCells(root: ParentNode, selector: string): string[] {
  const cells: string[] = [];
  const walk = (node: ParentNode) => {
    node
      .querySelectorAll(selector)
      .forEach((cell) => cells.push((cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
    node.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
  };
  walk(root);
  return cells;
}

const dataRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/demo-data/')).length;

/** Every shadow root under `root`, at any depth. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  root.querySelectorAll('*').forEach((el) => {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  });
  return found;
}

async function takeOver(tag: string, attributes: Record<string, string>, lang: 'fr' | 'en' = 'fr') {
  const rendered = (await executeServerCommand('ssr-render', { tag, attributes, lang })) as Rendered;
  forgetPageFiles();
  getClient().clearCache();
  const data = document.createElement('div');
  data.setHTMLUnsafe(rendered.data);
  document.body.append(data);
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '700px';
  // Parsed while detached: the declarative shadow roots are attached, the elements not yet updated.
  host.setHTMLUnsafe(rendered.html);
  const element = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  const before = readout(host);
  const serverTable = tableCells(host, '.server-table td, .server-table th');

  // Everything a frame could show on the way: loading skeletons, empty shadow roots.
  const seen: string[] = [];
  const check = () => {
    for (const root of [element.shadowRoot!, ...shadowRoots(element.shadowRoot!)]) {
      if (root.querySelector('.skeleton')) seen.push(`skeleton in ${root.host.localName}`);
      if (!root.childElementCount) seen.push(`empty ${root.host.localName}`);
    }
  };
  let watching = true;
  const frames = () => {
    check();
    if (watching) requestAnimationFrame(frames);
  };
  const requests = dataRequests();
  document.body.append(host);
  requestAnimationFrame(frames);
  await element.updateComplete;
  for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
  watching = false;
  check();
  return {
    element,
    before,
    after: readout(host),
    serverTable,
    seen,
    requests: dataRequests() - requests,
    rendered,
    remove: () => {
      host.remove();
      data.remove();
      forgetPageFiles();
    },
  };
}

describe('server-rendered elements taken over in the browser', () => {
  const cases: [string, Record<string, string>][] = [
    ['datamed-ae-profile', { substance: 'paracetamol' }],
    ['datamed-key-figure', { substance: 'ibuprofene' }],
    ['datamed-med-errors', { substance: 'paracetamol' }],
    ['datamed-shortage-timeline', { substance: 'amoxicilline' }],
    ['datamed-shortage-overview', {}],
    ['datamed-availability', { cis: '69999001' }],
    ['datamed-ae-profile', { scope: 'all' }],
    // Its sections are other elements, created anew when it takes over: they must not flash either.
    ['datamed-product', { cis: '69999002' }],
  ];
  for (const [tag, attributes] of cases) {
    it(`${tag} ${JSON.stringify(attributes)}: no flash, no fetch, the same words`, async () => {
      const result = await takeOver(tag, attributes);
      try {
        expect(result.rendered.files.length).to.be.greaterThan(0);
        expect(result.seen, 'loading or empty state seen').to.deep.equal([]);
        expect(result.requests, 'data requests').to.equal(0);
        expect(result.before.length).to.be.greaterThan(2);
        expect(result.after).to.deep.equal(result.before);
        // The browser's own render replaced the server's: no server table left, nodes are Lit's.
        expect(tableCells(result.element.shadowRoot!, '.server-table td')).to.deep.equal([]);
      } finally {
        result.remove();
      }
    });
  }

  it('speaks the page’s language after taking over (English)', async () => {
    const result = await takeOver('datamed-ae-profile', { substance: 'paracetamol' }, 'en');
    try {
      expect(result.seen).to.deep.equal([]);
      expect(result.after).to.deep.equal(result.before);
      expect(result.after.join('\n')).to.contain('Paracetamol');
    } finally {
      result.remove();
    }
  });

  it('works like any element afterwards: its table is the server’s table', async () => {
    const profile = await takeOver('datamed-ae-profile', { substance: 'paracetamol' });
    try {
      const chart = profile.element.shadowRoot!.querySelector('datamed-bar-chart') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      const button = [...chart.shadowRoot!.querySelectorAll('button')].find((b) =>
        /tableau/i.test(b.textContent ?? ''),
      )!;
      button.click();
      for (let i = 0; i < 3; i++) {
        await (profile.element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        await chart.updateComplete;
      }
      const cells = tableCells(chart.shadowRoot!, 'td, th');
      expect(cells.length).to.be.greaterThan(3);
      // Each of the server's tables is somewhere in its folded tables, in order.
      expect(profile.serverTable.join('|')).to.contain(cells.join('|'));
    } finally {
      profile.remove();
    }
  });
});

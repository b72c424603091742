/**
 * Page-supplied `.data` is cleaned like a loaded file: names and labels lose their bidi controls
 * (U+202E…) and zero-width characters (src/data/text.ts), so a hostile label does not read
 * reversed ("exe.html"). Before, only fetched files were cleaned, when validated.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../bar-chart/bar-chart.js';
import '../key-figure/key-figure.js';
import '../shortage-timeline/shortage-timeline.js';
import type { ChartData } from '../../charts/model.js';
import { declaration, shortagesFile } from '../../../test/helpers/shortages.js';
import { deepText, settled } from '../../../test/helpers/widgets.js';

const EVIL = 'A\u202Elmth.exe\u202C\u200B B';
const CLEAN = 'Almth.exe B';
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

function chartData(): ChartData {
  return {
    heading: `Titre ${EVIL}`,
    threshold: 11,
    series: [{ key: 'cases', label: `Série ${EVIL}` }],
    categories: [{ key: 'x', label: EVIL, values: [{ count: 40 }] }],
  } as unknown as ChartData;
}

/** Every text and accessible name under the element, shadow roots included. */
function everything(el: HTMLElement): string {
  const names: string[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      for (const attr of ['aria-label', 'title', 'alt']) {
        const v = node.getAttribute(attr);
        if (v) names.push(v);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return `${deepText(el)} ${names.join(' ')}`;
}

describe('page-supplied .data: texts cleaned of bidi controls', () => {
  it('<datamed-bar-chart>: heading, labels and names', async () => {
    const el = await fixture<HTMLElement>(html`<datamed-bar-chart .data=${chartData()}></datamed-bar-chart>`);
    await settled(el);
    const text = everything(el);
    expect(text).to.contain(CLEAN);
    expect(CONTROLS.test(text), JSON.stringify(text)).to.be.false;
  });

  it('<datamed-key-figure>: labels and values', async () => {
    const data = { heading: EVIL, figures: [{ label: EVIL, value: `18 ${EVIL}`, detail: EVIL }] };
    const el = await fixture<HTMLElement>(html`<datamed-key-figure .data=${data}></datamed-key-figure>`);
    await settled(el);
    const text = everything(el);
    expect(text).to.contain(CLEAN);
    expect(CONTROLS.test(text), JSON.stringify(text)).to.be.false;
  });

  it('<datamed-shortage-timeline>: product names', async () => {
    const data = shortagesFile([declaration({ product: `LYRICA ${EVIL}` })]);
    const el = await fixture<HTMLElement>(
      html`<datamed-shortage-timeline .data=${data} view="table"></datamed-shortage-timeline>`,
    );
    await settled(el);
    const text = everything(el);
    expect(text).to.contain(`LYRICA ${CLEAN}`);
    expect(CONTROLS.test(text), JSON.stringify(text)).to.be.false;
  });
});

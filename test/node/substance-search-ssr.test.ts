/**
 * The search box rendered on the server (src/ssr/render.ts) reads what the browser would at the same
 * moment: nothing without a preset (a page with a search box carries no index), index.json for a
 * preset substance, index.json and products-index.json for a preset product — each loader its own
 * server result.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { renderElement } from '../../src/ssr/render.js';

const options = { dataDir: resolve(import.meta.dirname, '../../demo-data'), source: '/data/' };
const render = (input: Record<string, string>) => renderElement('datamed-substance-search', input, options);

describe('<datamed-substance-search> rendered on the server', () => {
  it('reads no data file without a preset', async () => {
    const { html, files } = await render({});
    expect([...files.keys()]).toEqual([]);
    expect(html).toContain('data-state="idle"');
  });

  it('reads index.json for a preset substance, and the product index too for a preset product', async () => {
    const bySubstance = await render({ substance: 'ibuprofene' });
    expect([...bySubstance.files.keys()]).toEqual(['index.json']);
    expect(bySubstance.html).toContain('data-state="ready"');
    const byProduct = await render({ cis: '69999001' });
    expect([...byProduct.files.keys()]).toEqual(['index.json', 'products-index.json']);
    expect(byProduct.html).toContain('data-state="ready"');
  });
});

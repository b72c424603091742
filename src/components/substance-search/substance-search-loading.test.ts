/**
 * What the search box downloads, and when: nothing until it is used, the substance index at the
 * first focus or key, the product index at the first search (after the substances), nothing more
 * for later searches; an older tree's products read from its index.json; a tree without products
 * never asked for them.
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import './substance-search.js';
import type { DatamedSubstanceSearch } from './substance-search.component.js';
import { SCHEMA_IDS, type IndexFile, type IndexProduct } from '../../data/contract.js';
import { q, qa } from '../../../test/helpers/widgets.js';

const input = (el: HTMLElement) => q<HTMLInputElement>(el, 'input')!;
const status = (el: HTMLElement) => (q(el, '[role="status"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: HTMLElement) => qa(el, '[role="option"] .name').map((n) => n.textContent);

const provenance = { source: 'Test', generated: '2026-01-01', threshold: 11, demo: false };
const products: IndexProduct[] = [
  { cis: '60000001', name: { fr: 'DOLIPRANE 1000 mg, comprimé' }, substances: ['paracetamol'] },
  { cis: '60000002', name: { fr: 'IBUPROFENE EXEMPLE 400 mg, comprimé' }, substances: ['ibuprofene'] },
];
const index = (more: Partial<IndexFile> = {}): IndexFile => ({
  schema: SCHEMA_IDS.index,
  provenance,
  substances: [
    { code: 'paracetamol', name: { fr: 'Paracétamol' }, aliases: ['Doliprane'], datasets: {} },
    { code: 'ibuprofene', name: { fr: 'Ibuprofène' }, datasets: {} },
  ],
  ...more,
});
/** A tree of today: index.json counts the products, products-index.json lists them. */
const newTree = () => ({
  'index.json': index({ productCount: products.length }),
  'products-index.json': { schema: SCHEMA_IDS.productsIndex, provenance, products },
});

interface Served {
  /** Paths asked for under the prefix, in order. */
  asked: string[];
  /** Holds the answers for `path` until `release()`. */
  hold(path: string): () => void;
  /** Answers `path` with a 500 once. */
  failOnce(path: string): void;
  restore(): void;
}

/** Serves `files` under `prefix` through a patched `fetch` (404 for the rest of the prefix). */
function serve(prefix: string, files: Record<string, unknown>): Served {
  const original = window.fetch;
  const asked: string[] = [];
  const gates = new Map<string, Promise<void>>();
  const failing = new Set<string>();
  window.fetch = async (request: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof request === 'string' ? request : request instanceof URL ? request.href : request.url,
      location.href,
    );
    if (!url.pathname.startsWith(prefix)) return original(request, init);
    const path = url.pathname.slice(prefix.length);
    asked.push(path);
    await gates.get(path);
    if (failing.delete(path)) return new Response('server error', { status: 500 });
    return path in files
      ? new Response(JSON.stringify(files[path]), { headers: { 'Content-Type': 'application/json' } })
      : new Response('not found', { status: 404 });
  };
  return {
    asked,
    hold(path) {
      let release!: () => void;
      gates.set(path, new Promise<void>((resolve) => (release = resolve)));
      return release;
    },
    failOnce: (path) => failing.add(path),
    restore: () => (window.fetch = original),
  };
}

async function mount(prefix: string, attributes = ''): Promise<DatamedSubstanceSearch> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<datamed-substance-search source="${prefix}" debounce="0" ${attributes}></datamed-substance-search>`;
  const el = wrapper.firstElementChild as DatamedSubstanceSearch;
  await el.updateComplete;
  return el;
}

/** Types without waiting. */
function key(el: DatamedSubstanceSearch, text: string): void {
  input(el).value = text;
  input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Lets requests that would start, start (a few frames and the element's updates). */
async function quiet(el: DatamedSubstanceSearch): Promise<void> {
  for (let i = 0; i < 5; i++) await nextFrame();
  await el.updateComplete;
}

const answered = (el: HTMLElement) => status(el) !== '' && !status(el).startsWith('Chargement');

describe('<datamed-substance-search>: what it downloads, and when', () => {
  let served: Served | undefined;
  afterEach(() => served?.restore());

  it('asks for nothing before it is used, the substance index at the first focus, the products at the first search', async () => {
    served = serve('/lazy-1/', newTree());
    const el = await mount('/lazy-1/');
    await quiet(el);
    expect(served.asked, 'before any use').to.deep.equal([]);
    expect(q(el, '[data-state]')!.getAttribute('data-state')).to.equal('idle');
    await expect(el).to.be.accessible();

    input(el).focus();
    await oneEvent(el, 'datamed-load');
    await quiet(el);
    expect(served.asked, 'after the focus').to.deep.equal(['index.json']);

    key(el, 'doli');
    await waitUntil(() => answered(el), 'no answer');
    expect(served.asked, 'after the first search').to.deep.equal(['index.json', 'products-index.json']);
    expect(names(el)).to.deep.equal(['Paracétamol', 'DOLIPRANE 1000 mg, comprimé']);
    expect(status(el)).to.equal('1 substance et 1 spécialité trouvée.');

    key(el, 'ibu');
    await waitUntil(() => names(el)[0] === 'Ibuprofène', 'no second answer');
    expect(served.asked, 'later searches').to.have.length(2);
  });

  it('searches what was typed before the lists arrived, once both are there, saying « Chargement » once', async () => {
    served = serve('/lazy-2/', newTree());
    const releaseIndex = served.hold('index.json');
    const releaseProducts = served.hold('products-index.json');
    const el = await mount('/lazy-2/');
    const announcements: string[] = [];
    const observer = new MutationObserver(() => announcements.push(status(el)));
    observer.observe(q(el, '[role="status"]')!, { childList: true, characterData: true, subtree: true });
    key(el, 'doli');
    await waitUntil(() => status(el) === 'Chargement de la liste des substances…', 'no loading message');
    expect(q(el, '.message')!.textContent).to.contain('Chargement');
    releaseIndex();
    await waitUntil(() => served!.asked.includes('products-index.json'), 'products not asked for');
    await quiet(el);
    expect(qa(el, '[role="option"]'), 'no list before the products').to.have.length(0);
    releaseProducts();
    await waitUntil(() => answered(el), 'no answer');
    observer.disconnect();
    expect(names(el)).to.deep.equal(['Paracétamol', 'DOLIPRANE 1000 mg, comprimé']);
    expect(announcements.filter((a) => a.startsWith('Chargement'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('reads an older tree’s products from its index.json, and never asks for products-index.json', async () => {
    served = serve('/lazy-3/', { 'index.json': index({ products }) });
    const el = await mount('/lazy-3/');
    input(el).focus();
    key(el, 'doli');
    await waitUntil(() => answered(el), 'no answer');
    expect(names(el)).to.deep.equal(['Paracétamol', 'DOLIPRANE 1000 mg, comprimé']);
    expect(served.asked).to.deep.equal(['index.json']);
  });

  it('never asks for products when the tree has none: one group, no « spécialité » in what it says', async () => {
    served = serve('/lazy-4/', { 'index.json': index() });
    const el = await mount('/lazy-4/');
    key(el, 'zzz');
    await waitUntil(() => answered(el), 'no answer');
    expect(status(el)).to.equal('Aucune substance ne correspond à « zzz ».');
    key(el, 'para');
    await waitUntil(() => names(el).length === 1, 'no answer');
    expect(qa(el, '[role="group"]')).to.have.length(0);
    expect(served.asked).to.deep.equal(['index.json']);
  });

  it('loads at once for a preset: the substances for a substance, the products too for a product', async () => {
    served = serve('/lazy-5/', newTree());
    const bySubstance = await mount('/lazy-5/', 'substance="ibuprofene"');
    await waitUntil(() => input(bySubstance).value === 'Ibuprofène', 'preset substance not shown');
    await quiet(bySubstance);
    expect(served.asked).to.deep.equal(['index.json']);
    served.restore();

    served = serve('/lazy-6/', newTree());
    const byProduct = await mount('/lazy-6/', 'cis="60000002"');
    await waitUntil(
      () => input(byProduct).value === 'IBUPROFENE EXEMPLE 400 mg, comprimé',
      'preset product not shown',
    );
    expect(served.asked).to.deep.equal(['index.json', 'products-index.json']);
    expect(q(byProduct, '[role="listbox"]')!.hidden, 'list opened over the page').to.be.true;
  });

  it('lists the substances when the product index cannot be loaded, and says why in datamed-error', async () => {
    served = serve('/lazy-7/', { 'index.json': index({ productCount: 2 }) });
    const el = await mount('/lazy-7/');
    const errors: string[] = [];
    el.addEventListener('datamed-error', (e) =>
      errors.push((e as CustomEvent<{ kind: string }>).detail.kind),
    );
    key(el, 'para');
    await waitUntil(() => answered(el), 'no answer');
    expect(names(el)).to.deep.equal(['Paracétamol']);
    expect(status(el)).to.equal('1 substance trouvée.');
    expect(errors).to.deep.equal(['not-found']);
    expect(q(el, '.message')).to.be.null;
    // A missing file is not asked for again at the next key.
    key(el, 'parac');
    await quiet(el);
    expect(served.asked.filter((p) => p === 'products-index.json')).to.have.length(1);
  });

  it('asks again for a product index the server failed to send, at the next key only', async () => {
    served = serve('/lazy-8/', newTree());
    served.failOnce('products-index.json');
    const el = await mount('/lazy-8/');
    key(el, 'doli');
    await waitUntil(() => answered(el), 'no answer');
    expect(names(el), 'substances only').to.deep.equal(['Paracétamol']);
    await quiet(el);
    expect(served.asked).to.deep.equal(['index.json', 'products-index.json']);
    key(el, 'dolip');
    await waitUntil(() => names(el).length === 2, 'no products after the next key');
    expect(names(el)).to.deep.equal(['Paracétamol', 'DOLIPRANE 1000 mg, comprimé']);
    expect(served.asked).to.deep.equal(['index.json', 'products-index.json', 'products-index.json']);
  });
});

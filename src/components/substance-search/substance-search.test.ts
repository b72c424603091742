import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './substance-search.js';
import '../key-figure/key-figure.js';
import type { DatamedSubstanceSearch } from './substance-search.component.js';
import { fold, search, searchEntries, splitRanges } from './substance-search.model.js';
import { SCHEMA_IDS, type IndexFile } from '../../data/contract.js';
import { q, qa, settled, textOf } from '../../../test/helpers/widgets.js';
import { axTree, timesAnnounced } from '../../../test/helpers/ax-tree.js';

const input = (el: HTMLElement) => q<HTMLInputElement>(el, 'input')!;
const listbox = (el: HTMLElement) => q<HTMLUListElement>(el, '[role="listbox"]')!;
const options = (el: HTMLElement) => qa<HTMLLIElement>(el, '[role="option"]');
const status = (el: HTMLElement) => (q(el, '[role="status"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Focuses the field, as a reader would (the index loads then), and waits for the index. */
async function loaded(el: DatamedSubstanceSearch): Promise<void> {
  input(el).focus();
  await waitUntil(
    () => !['idle', 'loading'].includes((el as unknown as { loader: { status: string } }).loader.status),
    'index not loaded',
    {
      timeout: 5_000,
    },
  );
  await el.updateComplete;
}

/**
 * Types a text and waits for the search's announcement (a new one, even if it says the same), past
 * « Chargement… » while the product index arrives at the first search.
 */
async function type(el: DatamedSubstanceSearch, text: string): Promise<void> {
  const field = input(el);
  const before = q(el, '[role="status"]')!.textContent;
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(
    () =>
      q(el, '[role="status"]')!.textContent !== before &&
      status(el) !== '' &&
      !/^(Chargement|Loading)/.test(status(el)),
    `no announcement for "${text}"`,
    { timeout: 3_000 },
  );
  await el.updateComplete;
}

function key(el: DatamedSubstanceSearch, name: string, init: KeyboardEventInit = {}): Promise<unknown> {
  input(el).dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init }),
  );
  return el.updateComplete;
}

/** Serves in-memory trees under /mem/…/ (a custom index), for the length of a test. */
function serve(files: Record<string, unknown>): () => void {
  const original = window.fetch;
  window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof request === 'string' ? request : request instanceof URL ? request.href : request.url,
      location.href,
    );
    if (url.pathname in files)
      return Promise.resolve(
        new Response(JSON.stringify(files[url.pathname]), {
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    return original(request, init);
  };
  return () => (window.fetch = original);
}

const customIndex = (substances: IndexFile['substances']): IndexFile => ({
  schema: SCHEMA_IDS.index,
  provenance: { source: 'Test', generated: '2026-01-01', threshold: 11, demo: false },
  substances,
});

describe('substance search: matching', () => {
  it('folds case, accents, ligatures, apostrophes and spaces, keeping positions', () => {
    expect(fold('  Œstrodose   Gel ').text).to.equal('oestrodose gel');
    expect(fold('Abacavir (sulfate d’)').text).to.equal("abacavir (sulfate d')");
    const f = fold('Lévothyroxine');
    expect(f.text).to.equal('levothyroxine');
    expect(f.from.slice(0, 3)).to.deep.equal([0, 1, 2]);
    expect(splitRanges('Paracétamol', [[0, 4]])).to.deep.equal([
      { text: 'Para', match: true },
      { text: 'cétamol', match: false },
    ]);
  });

  it('ranks names before aliases, prefixes before inner matches', () => {
    const entries = searchEntries(
      customIndex([
        { code: 'a', name: { fr: 'Méthotrexate' }, datasets: {} },
        { code: 'b', name: { fr: 'Acide trexique' }, datasets: {} },
        { code: 'c', name: { fr: 'Autre' }, aliases: ['Trexan'], datasets: {} },
        { code: 'd', name: { fr: 'Trex' }, datasets: {} },
      ]),
      undefined,
    );
    expect(search(entries, 'trex', 10).hits.map((h) => h.entry.code)).to.deep.equal(['d', 'b', 'a', 'c']);
    expect(search(entries, 'TRÉX', 2)).to.deep.include({ total: 4 });
    expect(search(entries, '   ', 10).total).to.equal(0);
  });
});

describe('<datamed-substance-search>', () => {
  it('gives its instructions once: as the field’s description, not again as text', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search></datamed-substance-search>`,
    );
    await loaded(el);
    const nodes = await axTree();
    expect(timesAnnounced(nodes, 'Flèches haut et bas pour les parcourir')).to.equal(1);
    const field = nodes.find((n) => n.role === 'combobox')!;
    expect(field.description).to.contain('Flèches haut et bas pour les parcourir');
  });

  it('is a labelled WAI-ARIA combobox, accessible before and after a search', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search debounce="0"></datamed-substance-search>`,
    );
    await loaded(el);
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(q(el, 'label')!.textContent).to.equal('Rechercher une substance');
    expect(listbox(el).hidden).to.be.true;
    await expect(el).to.be.accessible();
    // A substance no demo product contains: one option (products: substance-search-products.test.ts).
    await type(el, 'ibuprofene');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Ibuprofène']);
    expect(q(el, '[role="option"] mark')!.textContent).to.equal('Ibuprofène');
    expect(status(el)).to.equal('1 substance trouvée.');
    await expect(el).to.be.accessible();
  });

  it('finds substances by brand name, whatever the case and accents', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search debounce="0"></datamed-substance-search>`,
    );
    await loaded(el);
    await type(el, 'DOLIPRANE');
    expect(textOf(el, '[role="option"]')).to.equal('Paracétamol autre nom : Doliprane');
    expect(q(el, '.detail mark')!.textContent).to.equal('Doliprane');
    await type(el, 'IBUPROFENE');
    expect(textOf(el, '[role="option"]')).to.equal('Ibuprofène');
    await type(el, 'lévo');
    expect(options(el).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal([
      'Lévonorgestrel',
      'Lévothyroxine sodique',
    ]);
    expect(status(el)).to.equal('2 substances trouvées.');
    await type(el, 'zzz');
    expect(listbox(el).hidden).to.be.true;
    // The demo index lists products too: the reader hears that neither kind matches.
    expect(status(el)).to.equal('Aucune substance ni spécialité ne correspond à « zzz ».');
  });

  it('is keyboard complete: arrows, Enter, Escape', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search debounce="0"></datamed-substance-search>`,
    );
    await loaded(el);
    await type(el, 'lévo');
    const field = input(el);
    expect(field.hasAttribute('aria-activedescendant')).to.be.false;
    await key(el, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).to.equal(options(el)[0]!.id);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await key(el, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).to.equal(options(el)[1]!.id);
    await key(el, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).to.equal(options(el)[0]!.id); // wraps
    await key(el, 'ArrowUp');
    expect(field.getAttribute('aria-activedescendant')).to.equal(options(el)[1]!.id);
    await key(el, 'Escape');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).to.equal('lévo');
    await key(el, 'ArrowDown'); // opens again on the first option
    expect(field.getAttribute('aria-activedescendant')).to.equal(options(el)[0]!.id);
    setTimeout(() => key(el, 'Enter'));
    const event = (await oneEvent(el, 'datamed-select')) as CustomEvent;
    expect(event.detail).to.include({ code: 'levonorgestrel', name: 'Lévonorgestrel' });
    await el.updateComplete;
    expect(field.value).to.equal('Lévonorgestrel');
    expect(el.getAttribute('substance')).to.equal('levonorgestrel');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(status(el)).to.equal('Substance choisie : Lévonorgestrel.');
    await key(el, 'Escape'); // closed list: Escape clears the field
    expect(field.value).to.equal('');
  });

  it('chooses the first match on Enter when none is highlighted, and on click', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search debounce="0"></datamed-substance-search>`,
    );
    await loaded(el);
    await type(el, 'metfor');
    setTimeout(() => key(el, 'Enter'));
    expect(((await oneEvent(el, 'datamed-select')) as CustomEvent).detail.code).to.equal('metformine');
    await type(el, 'oméprazole');
    setTimeout(() => options(el)[0]!.click());
    expect(((await oneEvent(el, 'datamed-select')) as CustomEvent).detail.code).to.equal('omeprazole');
  });

  it('waits for a pause in typing before searching (debounce)', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search debounce="300"></datamed-substance-search>`,
    );
    await loaded(el);
    const field = input(el);
    for (const text of ['t', 'tr', 'tra']) {
      field.value = text;
      field.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    expect(listbox(el).hidden, 'no search during typing').to.be.true;
    expect(status(el)).to.equal('');
    await new Promise((r) => setTimeout(r, 400));
    // The first search also waits for the product index (the demo has no « tra » product).
    await waitUntil(() => options(el).length > 0, 'no search after the pause');
    await el.updateComplete;
    // One search, for the last text: the name first, then aliases (Soolantra, Contracné).
    expect(options(el).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal([
      'Tramadol (chlorhydrate de)',
      'Ivermectine',
      'Isotrétinoïne',
    ]);
    expect(status(el)).to.equal('3 substances trouvées.');
  });

  it('drives the elements named by `for`, unless the page cancels the event', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <datamed-substance-search for="kf missing" debounce="0"></datamed-substance-search>
        <datamed-key-figure id="kf" substance="paracetamol"></datamed-key-figure>
      </div>`,
    );
    const el = page.querySelector('datamed-substance-search')!;
    const figure = page.querySelector('datamed-key-figure')!;
    await loaded(el);
    await settled(figure);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      await type(el, 'ibupro');
      await key(el, 'Enter');
    } finally {
      console.warn = warn;
    }
    expect(figure.getAttribute('substance')).to.equal('ibuprofene');
    await waitUntil(() => textOf(figure).includes('Ibuprofène'), 'the key figures did not follow');
    expect(warnings).to.deep.equal([
      '<datamed-substance-search>: no element with id "missing" to show the substance in.',
    ]);
    page.addEventListener('datamed-select', (e) => e.preventDefault(), { once: true });
    await type(el, 'tramadol');
    await key(el, 'Enter');
    expect(figure.getAttribute('substance')).to.equal('ibuprofene');
    expect(el.getAttribute('substance')).to.equal('tramadol');
  });

  it('shows a preset substance, limits the list and says how many were found', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search
        substance="baclofene"
        max-results="3"
        debounce="0"
      ></datamed-substance-search>`,
    );
    await loaded(el);
    expect(input(el).value).to.equal('Baclofène');
    await type(el, 'a');
    expect(options(el)).to.have.length(3);
    expect(status(el)).to.match(
      /^\d+ substances et \d+ spécialités trouvées, les 3 premières sont affichées\.$/,
    );
  });

  it('lists only the substances that have the data asked for', async () => {
    const restore = serve({
      '/mem/index.json': customIndex([
        { code: 'propofol', name: { fr: 'Propofol' }, datasets: { adverseEffects: false, shortages: true } },
        {
          code: 'prednisone',
          name: { fr: 'Prednisone' },
          datasets: { adverseEffects: true, shortages: true },
        },
      ]),
    });
    try {
      const el = await fixture<DatamedSubstanceSearch>(
        html`<datamed-substance-search source="/mem/" debounce="0"></datamed-substance-search>`,
      );
      await loaded(el);
      await type(el, 'pro');
      expect(textOf(el, '[role="listbox"]')).to.equal('Propofol ruptures de stock seulement');
      el.only = 'adverse-effects';
      await type(el, 'pr');
      expect(options(el).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal(['Prednisone']);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('shows a preselected substance in the field with its list closed', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search substance="paracetamol"></datamed-substance-search>`,
    );
    await loaded(el);
    await el.updateComplete;
    expect(input(el).value).to.equal('Paracétamol');
    expect(listbox(el).hidden, 'list opened on load').to.be.true;
  });

  it('keeps the list closed over the page when the filter changes after a choice', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search debounce="0" only="adverse-effects"></datamed-substance-search>`,
    );
    await loaded(el);
    await type(el, 'ibupro');
    options(el)[0]!.click();
    await el.updateComplete;
    expect(listbox(el).hidden).to.be.true;
    // The configurator switches the filter when another widget is chosen.
    el.only = 'shortages';
    await el.updateComplete;
    expect(input(el).value).to.equal('Ibuprofène');
    expect(listbox(el).hidden, 'list reopened by the new filter').to.be.true;
  });

  it('renders hostile names as inert text', async () => {
    const restore = serve({
      '/mem2/index.json': customIndex([
        {
          code: 'x',
          name: { fr: '<img src=x onerror="window.__pwned=1">' },
          aliases: ['<script>alert(1)</script>'],
          datasets: {},
        },
      ]),
    });
    try {
      const el = await fixture<DatamedSubstanceSearch>(
        html`<datamed-substance-search source="/mem2/" debounce="0"></datamed-substance-search>`,
      );
      await loaded(el);
      await type(el, 'img');
      expect(qa(el, 'img, script')).to.have.length(0);
      expect(textOf(el, '[role="option"]')).to.contain('<img src=x onerror="window.__pwned=1">');
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    } finally {
      restore();
    }
  });

  it('says when the list cannot be loaded, and retries', async () => {
    const el = await fixture<DatamedSubstanceSearch>(
      html`<datamed-substance-search
        source="/__fault__/status/500/"
        debounce="0"
      ></datamed-substance-search>`,
    );
    await loaded(el);
    expect(textOf(el, '.message')).to.contain('La liste des substances n’a pas pu être chargée.');
    expect(status(el)).to.equal('La liste des substances n’a pas pu être chargée.');
    await expect(el).to.be.accessible();
    el.source = '/demo-data/';
    q<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await loaded(el);
    expect(q(el, '.message')).to.be.null;
    await type(el, 'ivermectine');
    expect(options(el)).to.have.length(1);
  });

  it('speaks English when the page does', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><datamed-substance-search debounce="0"></datamed-substance-search></div>`,
    );
    const el = wrapper.querySelector('datamed-substance-search')!;
    await loaded(el);
    expect(q(el, 'label')!.textContent).to.equal('Search for a substance');
    await type(el, 'stromectol');
    expect(textOf(el, '[role="option"]')).to.equal('Ivermectine also known as Stromectol');
    expect(status(el)).to.equal('1 substance found.');
    await expect(el).to.be.accessible();
  });
});

/**
 * The tree `datamed-build` makes from the real ANSM data, rendered by the widgets. The build code
 * of src/build has no Node API, so this test runs it here, in the browser, on the files served
 * from ../shared/data, keeps the tree in memory and serves it to the widgets through `fetch`.
 * Skipped, saying so, when the data are absent.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/key-figure/key-figure.js';
import '../../src/components/substance-search/substance-search.js';
import { resolveName } from '../../src/data/resolve.js';
import { validateIndex } from '../../src/data/validate.js';
import { realTree, serveTree } from '../helpers/real-tree.js';
import { skipWithout } from '../helpers/shared-data.js';
import { q, settled, textOf } from '../helpers/widgets.js';
import type { DatamedSubstanceSearch } from '../../src/components/substance-search/substance-search.component.js';

describe('a tree built from the real ANSM data, in the widgets', function () {
  this.timeout(60_000);
  const files = new Map<string, string>();
  let restore: (() => void) | undefined;

  before(async () => {
    const tree = await realTree();
    if (!tree) return;
    for (const [path, text] of tree) files.set(`/real/${path}`, text);
    restore = serveTree(tree, '/real/');
  });

  after(() => restore?.());

  it('holds every substance file and the shortages', function () {
    skipWithout(this, files.size ? true : undefined, 'ansm-adverse-effects-2014-2018 and ansm-shortages');
    expect([...files.keys()].filter((p) => p.startsWith('/real/substances/'))).to.have.length(1425);
    expect(files.has('/real/shortages/all.json')).to.be.true;
  });

  it('lets a reader find paracetamol without its accent and see its key figures', async function () {
    skipWithout(this, files.size ? true : undefined, 'ansm-adverse-effects-2014-2018 and ansm-shortages');
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <datamed-substance-search source="/real/" for="real-kf" debounce="0"></datamed-substance-search>
        <datamed-key-figure id="real-kf" source="/real/" substance="abacavir-sulfate-d"></datamed-key-figure>
      </div>`,
    );
    const search = page.querySelector<DatamedSubstanceSearch>('datamed-substance-search')!;
    const figure = page.querySelector('datamed-key-figure')!;
    await settled(figure);
    expect(textOf(figure)).to.match(/Cas déclarés 942 sur la période 2014–2018/u);
    expect(textOf(figure)).to.match(/Taux de déclaration 618/u);
    expect(textOf(figure)).to.contain('Source : ANSM (BNPV, Open Medic)');
    // The search box loads its index when used: nothing yet.
    expect(q(search, '[data-state="idle"]')).to.not.be.null;
    const input = q<HTMLInputElement>(search, 'input')!;
    input.focus();
    await waitUntil(() => q(search, '[data-state="ready"]'), 'index not loaded', { timeout: 10_000 });
    input.value = 'paracetamol';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => q(search, '[role="option"]'), 'no option', { timeout: 5_000 });
    expect(q(search, '[role="option"] .name')!.textContent).to.equal('Paracétamol');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await waitUntil(() => textOf(figure).includes('Paracétamol'), 'the key figures did not follow', {
      timeout: 5_000,
    });
    await settled(figure);
    expect(textOf(figure)).to.match(/Cas déclarés 17\s509/u);
    expect(textOf(figure)).to.match(/Taux de déclaration 4,8/u);
    expect(textOf(figure)).to.contain('Très élevée');
    await expect(page).to.be.accessible();
  });

  it('resolves what a webmaster types: a brand name, an accented name, a partial name', async function () {
    skipWithout(this, files.size ? true : undefined, 'ansm-adverse-effects-2014-2018 and ansm-shortages');
    const entries = validateIndex(JSON.parse(files.get('/real/index.json')!), 'index.json').substances;
    const found = (text: string) => {
      const r = resolveName(entries, text);
      return r.kind === 'found' ? r.entry.code : `${r.kind}: ${r.choices.map((e) => e.code).join(', ')}`;
    };
    expect(found('Doliprane')).to.equal('paracetamol');
    expect(found('ibuprofène')).to.equal('ibuprofene');
    expect(found('PARACETAMOL')).to.equal('paracetamol');
    const uli = resolveName(entries, 'ulipristal');
    expect(uli.kind).to.equal('unknown');
    // The real name is « Acetate d'ulipristal »: one suggestion, the one meant.
    expect(uli.kind !== 'found' && uli.choices.map((e) => e.name.fr)).to.deep.equal(["Acetate d'ulipristal"]);
    const figure = await fixture<HTMLElement>(
      html`<datamed-key-figure source="/real/" substance="Doliprane"></datamed-key-figure>`,
    );
    await settled(figure, 20_000);
    expect(textOf(figure)).to.match(/Taux de déclaration 4,8/u);
  });
});

/**
 * The tree `datamed-build` makes from the real ANSM data, rendered by the widgets. The build code
 * of src/build has no Node API, so this test runs it here, in the browser, on the files served
 * from ../shared/data, keeps the tree in memory and serves it to the widgets through `fetch`.
 * Skipped, saying so, when the data are absent.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/key-figure/key-figure.js';
import '../../src/components/substance-search/substance-search.js';
import { AdverseEffectTables, tableKindOf } from '../../src/build/ae-tables.js';
import { JsonRecordReader } from '../../src/build/records.js';
import { ShortageCsvNormaliser } from '../../src/build/shortages.js';
import { buildTree, latestInputDate } from '../../src/build/tree.js';
import { sharedText, skipWithout } from '../helpers/shared-data.js';
import { q, settled, textOf } from '../helpers/widgets.js';
import type { DatamedSubstanceSearch } from '../../src/components/substance-search/substance-search.component.js';

const TABLES = [
  'sa_data_annee',
  'sa_data_sexe',
  'sa_data_age',
  'sa_data_soclong_sexe',
  'sa_data_soclong_age',
];

describe('a tree built from the real ANSM data, in the widgets', function () {
  this.timeout(60_000);
  const files = new Map<string, string>();
  let restore: (() => void) | undefined;

  before(async () => {
    const texts = await Promise.all(
      TABLES.map((t) => sharedText(`ansm-adverse-effects-2014-2018/${t}.json`)),
    );
    const csv = await sharedText('ansm-shortages/shortages-2014-2020.csv');
    if (texts.some((t) => t === undefined) || csv === undefined) return;
    const tables = new AdverseEffectTables();
    texts.forEach((text, i) => {
      const reader = new JsonRecordReader(`${TABLES[i]}.json`);
      const records = [...reader.push(text!), ...reader.end()];
      tables.table(`${TABLES[i]}.json`, tableKindOf(reader.columns!)!);
      for (const record of records) tables.add(record);
    });
    expect(tables.issues).to.deep.equal([]);
    const shortages = new ShortageCsvNormaliser('shortages-2014-2020.csv');
    shortages.push(csv);
    const inputs = { adverseEffects: tables, shortages: shortages.end().declarations };
    const tree = buildTree(inputs, { threshold: 11, generated: latestInputDate(inputs)! });
    for (const file of tree.files()) files.set(`/real/${file.path}`, JSON.stringify(file.value));
    const original = window.fetch;
    window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(
        typeof request === 'string' ? request : request instanceof URL ? request.href : request.url,
        location.href,
      );
      const body = files.get(url.pathname);
      if (body)
        return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
      return original(request, init);
    };
    restore = () => (window.fetch = original);
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
    await waitUntil(() => q(search, '[data-state="ready"]'), 'index not loaded', { timeout: 10_000 });
    const input = q<HTMLInputElement>(search, 'input')!;
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
});

import { expect } from '@open-wc/testing';
import type { ShortageDeclaration, ShortagesFile } from './contract.js';
import { DatamedError } from './errors.js';
import { getClient, loadShortages, type ShortageScope } from './repository.js';
import { recordFetches } from '../../test/helpers/serve-tree.js';
import { checkAtc, declarationsInScope, normaliseAtc } from './shortages.js';

const declaration = (product: string, atc?: string): ShortageDeclaration => ({
  id: product,
  product,
  substance: 'x',
  classification: 'rupture',
  state: 'closed',
  reported: '2020-01-01',
  ...(atc ? { atc } : {}),
});

const list = [
  declaration('DOLIPRANE 1000 mg, comprimé', 'N02BE01'),
  declaration('Doliprane 2,4 %, suspension buvable', 'N02BE01'),
  declaration('DOLIPRANELIQUIZ 300 mg', 'N02BE01'),
  declaration('CLAMOXYL 250 mg/5 mL', 'J01CA04'),
  declaration('ÉPHÉDRINE AGUETTANT 3 mg/mL', 'C01CA26'),
  declaration('SANS CODE'),
];

describe('shortage scopes: product and ATC class', () => {
  it('matches a product by its name or its beginning, case and accents ignored, up to a word boundary', () => {
    const names = (product: string) => declarationsInScope(list, { product }).map((d) => d.product);
    expect(names('doliprane')).to.deep.equal([
      'DOLIPRANE 1000 mg, comprimé',
      'Doliprane 2,4 %, suspension buvable',
    ]);
    expect(names('DOLIPRANE 1000 mg, comprimé')).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(names('  doliprane   1000  ')).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(names('DOLI')).to.deep.equal([]);
    expect(names('ephedrine')).to.deep.equal(['ÉPHÉDRINE AGUETTANT 3 mg/mL']);
  });

  it('matches an ATC class by code or prefix, any case; refuses what cannot be a code', () => {
    expect(declarationsInScope(list, { atc: 'j01' }).map((d) => d.product)).to.deep.equal([
      'CLAMOXYL 250 mg/5 mL',
    ]);
    expect(declarationsInScope(list, { atc: 'N' })).to.have.length(3);
    expect(declarationsInScope(list, { atc: 'N', product: 'clamoxyl' })).to.have.length(0);
    expect(normaliseAtc(' n02 be01 ')).to.equal('N02BE01');
    expect(normaliseAtc('N2')).to.be.undefined;
    expect(() => checkAtc('../x')).to.throw(DatamedError, /is not an ATC code/);
  });

  it('cuts product and ATC scopes from the all-shortages file of a source', async () => {
    const source = { shortages: (scope: ShortageScope) => loadShortages('/demo-data/', scope) };
    const all = await source.shortages({});
    const j01 = await source.shortages({ atc: 'J01' });
    expect(j01.declarations.length).to.be.within(1, all.declarations.length - 1);
    expect(j01.declarations.every((d) => d.atc!.startsWith('J01'))).to.be.true;
    // The cached file is not touched.
    expect((await source.shortages({})).declarations).to.have.length(all.declarations.length);
    const doliprane = await source.shortages({ product: 'doliprane' });
    expect(doliprane.declarations.length).to.be.greaterThan(0);
    expect(doliprane.declarations.every((d) => d.product.startsWith('DOLIPRANE'))).to.be.true;
    let error: unknown;
    await source.shortages({ atc: 'not a code' }).catch((e: unknown) => (error = e));
    expect((error as DatamedError).kind).to.equal('config');
    expect((error as DatamedError).details.field).to.equal('atc');
  });
});

/** Serves `files` under `prefix`, 404 for any other path there; records every path asked for. */
function serveWith404(prefix: string, files: Record<string, unknown>): { paths: string[]; stop: () => void } {
  const paths: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const { pathname } = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!pathname.startsWith(prefix)) return original(input, init);
    paths.push(pathname.slice(prefix.length));
    const value = files[pathname.slice(prefix.length)];
    return Promise.resolve(
      value === undefined
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } }),
    );
  };
  return { paths, stop: () => (window.fetch = original) };
}

describe('an ATC class from its group file (shortages/atc/{letter}.json)', () => {
  let all: ShortagesFile;
  const ids = (file: ShortagesFile) => file.declarations.map((d) => d.id);
  const cut = (atc: string) => declarationsInScope(all.declarations, { atc }).map((d) => d.id);

  before(async () => {
    all = await loadShortages('/demo-data/', {});
  });

  it('reads only the group file, and finds the declarations all.json gave', async () => {
    getClient().clearCache();
    const fetches = recordFetches();
    try {
      const j01 = await loadShortages('/demo-data/', { atc: 'j01' });
      expect(ids(j01)).to.deep.equal(cut('J01')).and.not.be.empty;
      expect(ids(await loadShortages('/demo-data/', { atc: 'N' }))).to.deep.equal(cut('N'));
      expect(ids(await loadShortages('/demo-data/', { atc: 'J01', product: 'clamoxyl' }))).to.deep.equal(
        declarationsInScope(all.declarations, { atc: 'J01', product: 'clamoxyl' }).map((d) => d.id),
      );
    } finally {
      fetches.stop();
    }
    const paths = fetches.urls.map((url) => new URL(url, location.href).pathname);
    expect(paths).to.deep.equal(['/demo-data/shortages/atc/J.json', '/demo-data/shortages/atc/N.json']);
  });

  it('falls back to all.json on an older tree, asking for a group file once', async () => {
    const tree = serveWith404('/older-tree/', { 'shortages/all.json': all });
    try {
      expect(ids(await loadShortages('/older-tree/', { atc: 'J01' }))).to.deep.equal(cut('J01'));
      expect(ids(await loadShortages('/older-tree/', { atc: 'N02' }))).to.deep.equal(cut('N02'));
      expect(ids(await loadShortages('/older-tree/', { atc: 'C' }))).to.deep.equal(cut('C'));
    } finally {
      tree.stop();
    }
    expect(tree.paths).to.deep.equal(['shortages/atc/J.json', 'shortages/all.json']);
  });

  it('takes a missing file of a letter outside the 14 main groups for no group, not an older tree', async () => {
    const tree = serveWith404('/newer-tree/', {
      'shortages/all.json': all,
      'shortages/atc/N.json': { ...all, scope: { atc: 'N' }, declarations: [] },
    });
    try {
      expect(ids(await loadShortages('/newer-tree/', { atc: 'Z01' }))).to.deep.equal([]);
      expect(ids(await loadShortages('/newer-tree/', { atc: 'N' }))).to.deep.equal([]);
    } finally {
      tree.stop();
    }
    expect(tree.paths).to.deep.equal(['shortages/atc/Z.json', 'shortages/all.json', 'shortages/atc/N.json']);
  });

  it('does not take a failing group file for an older tree', async () => {
    const tree = serveWith404('/broken-tree/', {
      'shortages/all.json': all,
      'shortages/atc/J.json': { x: 1 },
    });
    let error: unknown;
    try {
      await loadShortages('/broken-tree/', { atc: 'J01' }).catch((e: unknown) => (error = e));
    } finally {
      tree.stop();
    }
    expect((error as DatamedError).kind).to.equal('schema');
    expect(tree.paths).to.deep.equal(['shortages/atc/J.json']);
  });
});

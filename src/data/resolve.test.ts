import { expect } from '@open-wc/testing';
import type { IndexEntry } from './contract.js';
import { DatamedError } from './errors.js';
import { loadAdverseEffects, loadShortages } from './repository.js';
import { resolveCode, resolveName, type SubstanceCatalogue } from './resolve.js';
import { validateIndex } from './validate.js';
import { failure } from '../../test/helpers/failure.js';
import { recordFetches, serveValues } from '../../test/helpers/serve-tree.js';

const DEMO = new URL('../../demo-data/', import.meta.url).href;

async function demoEntries(): Promise<IndexEntry[]> {
  const response = await fetch(new URL('index.json', DEMO));
  return validateIndex(await response.json(), 'index.json').substances;
}

const entry = (
  code: string,
  fr: string,
  aliases: string[] = [],
  datasets = { adverseEffects: true },
): IndexEntry => ({
  code,
  name: { fr, en: fr },
  aliases,
  datasets,
});

const catalogue = (entries: IndexEntry[]): SubstanceCatalogue & { calls: number } => {
  const c = {
    calls: 0,
    substances: () => {
      c.calls++;
      return Promise.resolve(entries);
    },
  };
  return c;
};

const codeOf = (r: ReturnType<typeof resolveName>) => (r.kind === 'found' ? r.entry.code : r.kind);

describe('resolving what a person types to a substance', () => {
  it('accepts a code, a name in either language, an alias or a brand name, case and accents ignored', async () => {
    const entries = await demoEntries();
    expect(codeOf(resolveName(entries, 'paracetamol'))).to.equal('paracetamol');
    expect(codeOf(resolveName(entries, 'Doliprane'))).to.equal('paracetamol');
    expect(codeOf(resolveName(entries, '  DOLIPRANE '))).to.equal('paracetamol');
    expect(codeOf(resolveName(entries, 'ibuprofène'))).to.equal('ibuprofene');
    expect(codeOf(resolveName(entries, 'Ibuprofen'))).to.equal('ibuprofene');
    expect(codeOf(resolveName(entries, 'Acetylsalicylic acid'))).to.equal('acide-acetylsalicylique');
    expect(codeOf(resolveName(entries, 'abacavir (sulfate d’)'))).to.equal('abacavir-sulfate');
    expect(codeOf(resolveName(entries, 'oestrodose'))).to.equal('unknown');
  });

  it('suggests up to three substances for an unknown name: by substring first, else by spelling', () => {
    const entries = [
      entry('ulipristal-acetate-d', 'Ulipristal (acétate d’)', ['EllaOne']),
      entry('paracetamol', 'Paracétamol', ['Doliprane']),
      entry('ibuprofene', 'Ibuprofène'),
      entry('a1', 'Acide un'),
      entry('a2', 'Acide deux'),
      entry('a3', 'Acide trois'),
      entry('a4', 'Acide quatre'),
    ];
    const uli = resolveName(entries, 'ulipristal');
    expect(uli.kind).to.equal('unknown');
    expect(uli.kind !== 'found' && uli.choices.map((e) => e.code)).to.deep.equal(['ulipristal-acetate-d']);
    const acide = resolveName(entries, 'acide');
    expect(acide.kind !== 'found' && acide.choices).to.have.length(3);
    const typo = resolveName(entries, 'ibuprofan');
    expect(typo.kind !== 'found' && typo.choices.map((e) => e.code)).to.deep.equal(['ibuprofene']);
    const brandTypo = resolveName(entries, 'dolipane');
    expect(brandTypo.kind !== 'found' && brandTypo.choices.map((e) => e.code)).to.deep.equal(['paracetamol']);
    const nothingClose = resolveName(entries, 'zzzzzzzz');
    expect(nothingClose).to.deep.equal({ kind: 'unknown', choices: [] });
  });

  it('lists the candidates of a name several substances share instead of guessing', () => {
    const entries = [
      entry('paracetamol', 'Paracétamol', ['Dafalgan']),
      entry('paracetamol-codeine', 'Paracétamol, codéine', ['Dafalgan']),
      entry('codeine', 'Codéine'),
    ];
    const r = resolveName(entries, 'dafalgan');
    expect(r.kind).to.equal('ambiguous');
    expect(r.kind !== 'found' && r.choices.map((e) => e.code)).to.deep.equal([
      'paracetamol',
      'paracetamol-codeine',
    ]);
    // A name beats an alias: "codéine" is one substance's name, whatever the aliases say.
    expect(codeOf(resolveName([...entries, entry('x', 'X', ['Codéine'])], 'codeine'))).to.equal('codeine');
  });

  it('says which data a substance has when the ones asked for are not published', async () => {
    const c = catalogue([entry('lanoline', 'Lanoline', [], { shortages: true } as never)]);
    const e = await failure(resolveCode(c, 'Lanoline', 'adverseEffects'));
    expect(e.kind).to.equal('not-published');
    expect(e.details).to.deep.include({
      query: 'Lanoline',
      datasets: ['shortages'],
      expected: 'adverseEffects',
    });
    const none = await failure(resolveCode(c, 'nope', 'shortages'));
    expect(none.kind).to.equal('unknown-substance');
    expect(none.details.choices).to.deep.equal([]);
  });

  it('keeps the 404 of a code the index lists with its data (the tree is inconsistent)', async () => {
    const notFound = new DatamedError('not-found', 'x', { url: 'substances/paracetamol.json', status: 404 });
    const c = catalogue([entry('paracetamol', 'Paracétamol')]);
    expect(await failure(resolveCode(c, 'paracetamol', 'adverseEffects', undefined, notFound))).to.equal(
      notFound,
    );
    const failing: SubstanceCatalogue = {
      substances: () => Promise.reject(new DatamedError('not-found', 'index')),
    };
    expect(await failure(resolveCode(failing, 'x', 'adverseEffects', undefined, notFound))).to.equal(
      notFound,
    );
    const offline: SubstanceCatalogue = {
      substances: () => Promise.reject(new DatamedError('network', 'down')),
    };
    expect((await failure(resolveCode(offline, 'x', 'adverseEffects', undefined, notFound))).kind).to.equal(
      'network',
    );
  });

  it('loads a profile or shortages by brand name from the demo tree, the index once for the page', async () => {
    const { urls: requests, stop } = recordFetches();
    try {
      const [file, other, shortages] = await Promise.all([
        loadAdverseEffects(DEMO, 'Doliprane'),
        loadAdverseEffects(DEMO, 'ibuprofène'),
        loadShortages(DEMO, { substance: 'Advil' }),
      ]);
      expect(file.substance.code).to.equal('paracetamol');
      expect(other.substance.code).to.equal('ibuprofene');
      expect(shortages.declarations.length).to.be.greaterThan(0);
      // Demo files may carry a query (`?no-inline`, for bundlers: config.ts): compare paths.
      const paths = requests.map((r) => new URL(r, location.href).pathname);
      expect(paths.filter((p) => p.endsWith('/index.json'))).to.have.length(1);
      // The products are a file of their own, which resolving a substance name never needs.
      expect(paths.filter((p) => p.includes('products'))).to.deep.equal([]);
      const unknown = await failure(loadAdverseEffects(DEMO, 'ulipristal'));
      expect(unknown.kind).to.equal('unknown-substance');
      expect(unknown.details.query).to.equal('ulipristal');
    } finally {
      stop();
    }
  });
});

describe('resolving names: an older tree', () => {
  it('still reads index.json when it lists the products itself', async () => {
    const index = JSON.parse(await (await fetch(new URL('index.json', DEMO))).text());
    const products = JSON.parse(await (await fetch(new URL('products-index.json', DEMO))).text()).products;
    const { productCount: _, ...old } = { ...index, products };
    const undo = serveValues(
      {
        'index.json': old,
        'substances/paracetamol.json': await (
          await fetch(new URL('substances/paracetamol.json', DEMO))
        ).json(),
      },
      '/resolve-old/',
    );
    try {
      expect((await loadAdverseEffects('/resolve-old/', 'Doliprane')).substance.code).to.equal('paracetamol');
    } finally {
      undo();
    }
  });
});

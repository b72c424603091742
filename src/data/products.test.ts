import { expect } from '@open-wc/testing';
import { SCHEMA_IDS, type IndexFile, type IndexProduct, type ProductFile } from './contract.js';
import { DatamedError } from './errors.js';
import { countHidden, isHidden, protectProduct } from './privacy.js';
import { productEntries, searchProducts } from './product-match.js';
import { checkCis, productNameOf } from './cis.js';
import { loadProduct, loadProductShortages, productShortages } from './products.js';
import { registerSourceAdapter } from './sources.js';
import { loadProductIndex, productsAtHand } from './product-index.js';
import { PRODUCTS_SOURCE, productFile, serveProducts } from '../../test/helpers/products.js';
import { recordFetches, serveValues } from '../../test/helpers/serve-tree.js';

const indexProduct = (cis: string, name: string, aliases?: string[]): IndexProduct => ({
  cis,
  name: { fr: name },
  substances: [],
  ...(aliases ? { aliases } : {}),
});

describe('products: the CIS code', () => {
  it('takes 8 digits, trimmed, and refuses anything else with a config error on `cis`', () => {
    expect(checkCis(' 61234567 ')).to.equal('61234567');
    for (const bad of ['6123456', '612345678', '../index', '6123456a', '']) {
      try {
        checkCis(bad);
        expect.fail(`accepted ${bad}`);
      } catch (error) {
        expect(error).to.be.instanceOf(DatamedError);
        expect((error as DatamedError).kind).to.equal('config');
        expect((error as DatamedError).details.field).to.equal('cis');
      }
    }
  });
});

describe('products: the privacy rule', () => {
  it('hides small treated-patient counts and medication errors, and what would give them back', () => {
    const file = productFile({
      patients: { patientYears: { count: 7 }, usageLevel: 'very-low' },
      medicationErrors: {
        cases: { count: 40 },
        adverseEffect: [
          { key: 'with', count: 3 },
          { key: 'without', count: 37 },
        ],
        nature: [
          { key: 'dose', count: 4 },
          { key: 'route', count: 25 },
        ],
      },
    });
    const out = protectProduct(file, 11);
    expect(isHidden(out.patients!.patientYears)).to.be.true;
    // 40 − 37 would give the hidden 3 back: the 37 is hidden too.
    expect(out.medicationErrors!.adverseEffect!.map((c) => c.count)).to.deep.equal([null, null]);
    expect(out.medicationErrors!.nature!.map((c) => c.count)).to.deep.equal([null, 25]);
    expect(out.medicationErrors!.cases).to.deep.equal({ count: 40 });
    expect(countHidden(out)).to.equal(4);
    // Pure: the file given is unchanged.
    expect(file.patients!.patientYears).to.deep.equal({ count: 7 });
  });

  it('never goes below the page’s threshold, whatever the file says', () => {
    const file = productFile({ patients: { patientYears: { count: 12 } } });
    file.provenance.threshold = 5;
    const out = protectProduct(file, 20);
    expect(out.provenance.threshold).to.equal(20);
    expect(isHidden(out.patients!.patientYears)).to.be.true;
  });
});

describe('products: loading', () => {
  let restore: () => void;
  beforeEach(() => (restore = serveProducts([productFile({ patients: { patientYears: { count: 3 } } })])));
  afterEach(() => restore());

  it('loads products/{cis}.json from a static tree, with the privacy rule applied', async () => {
    const file = await loadProduct(PRODUCTS_SOURCE, '61234567');
    expect(file.product.cis).to.equal('61234567');
    expect(isHidden(file.patients!.patientYears)).to.be.true;
  });

  it('gives the product’s declarations as a shortages file, the same one each time', async () => {
    const file = await loadProductShortages(PRODUCTS_SOURCE, '61234567');
    expect(file.schema).to.equal('datamed.shortages/1');
    expect(file.declarations.map((d) => d.id)).to.deep.equal(['T-1', 'T-0']);
    expect(productNameOf(file)?.fr).to.equal('TESTOPRANE 500 mg/30 mg, comprimé');
    const product = await loadProduct(PRODUCTS_SOURCE, '61234567');
    expect(productShortages(product)).to.equal(productShortages(product));
    expect(productShortages({ ...product, shortages: undefined }).declarations).to.deep.equal([]);
  });

  it('rejects a bad CIS code without a request', async () => {
    const error = await loadProduct(PRODUCTS_SOURCE, '../../x').catch((e: unknown) => e);
    expect((error as DatamedError).kind).to.equal('config');
  });

  it('asks a source adapter for a product, and applies the privacy rule to its answer', async () => {
    const asked: string[] = [];
    registerSourceAdapter({
      name: 'test-products',
      endpoint: (s) => (s.startsWith('testproducts:') ? 'https://example.test/api' : undefined),
      product: (_client, endpoint, cis) => {
        asked.push(`${endpoint} ${cis}`);
        return Promise.resolve<ProductFile>(productFile({ patients: { patientYears: { count: 9 } } }));
      },
    });
    const file = await loadProduct('testproducts:x', '61234567');
    expect(asked).to.deep.equal(['https://example.test/api 61234567']);
    expect(isHidden(file.patients!.patientYears)).to.be.true;
  });
});

describe('products: search', () => {
  const entries = productEntries([
    indexProduct('60000001', 'DOLIPRANE 1000 mg, comprimé'),
    indexProduct('60000002', 'DOLIPRANE 500 mg, gélule'),
    indexProduct('60000003', 'ŒSTRODOSE 0,06 %, gel', ['Estrodose']),
    indexProduct('60000004', 'PARACÉTAMOL ARROW 1 g, comprimé'),
  ]);

  it('finds every word typed, in any order, at the start of a word, accents ignored', () => {
    const names = (q: string) => searchProducts(entries, q, 10).hits.map((h) => h.name);
    expect(names('doliprane 1000')).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(names('1000 doli')).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(names('paracetamol comp')).to.deep.equal(['PARACÉTAMOL ARROW 1 g, comprimé']);
    expect(names('oestro')).to.deep.equal(['ŒSTRODOSE 0,06 %, gel']);
    expect(names('comprime')).to.deep.equal([
      'DOLIPRANE 1000 mg, comprimé',
      'PARACÉTAMOL ARROW 1 g, comprimé',
    ]);
    // Inside a word is not a match: "prane" begins no word.
    expect(names('prane')).to.deep.equal([]);
    expect(names('   ')).to.deep.equal([]);
  });

  it('ranks names beginning with the first word first, then aliases; says the total', () => {
    const { hits, total } = searchProducts(entries, 'doliprane', 1);
    expect(total).to.equal(2);
    expect(hits.map((h) => h.name)).to.deep.equal(['DOLIPRANE 500 mg, gélule']);
    const alias = searchProducts(entries, 'estro', 10).hits[0]!;
    expect(alias.alias?.text).to.equal('Estrodose');
  });

  it('gives the matching parts of the original name', () => {
    const hit = searchProducts(entries, 'paracetamol 1', 10).hits[0]!;
    expect(hit.nameRanges.map(([s, e]) => hit.name.slice(s, e))).to.deep.equal(['PARACÉTAMOL', '1']);
  });
});

describe('products: the product index', () => {
  const provenance = { source: 'Test', generated: '2026-01-01', threshold: 11, demo: false };
  const substances = [{ code: 'a', name: { fr: 'A' }, datasets: {} }];
  const index = (more: Partial<IndexFile> = {}): IndexFile => ({
    schema: SCHEMA_IDS.index,
    provenance,
    substances,
    ...more,
  });
  const listed = [indexProduct('60000001', 'DOLIPRANE 1000 mg, comprimé')];
  const productsIndex = { schema: SCHEMA_IDS.productsIndex, provenance, products: listed };

  /** Serves a tree under `prefix` and the paths the widgets asked for there. */
  async function load(prefix: string, files: Record<string, unknown>) {
    const undo = serveValues(files, prefix);
    const fetches = recordFetches();
    try {
      const products = await loadProductIndex(prefix);
      const asked = fetches.urls.map((u) => new URL(u, location.href).pathname.slice(prefix.length));
      return { products, asked };
    } finally {
      fetches.stop();
      undo();
    }
  }

  it('reads products-index.json when index.json counts products', async () => {
    const { products, asked } = await load('/pi-new/', {
      'index.json': index({ productCount: 1 }),
      'products-index.json': productsIndex,
    });
    expect(products.map((p) => p.cis)).to.deep.equal(['60000001']);
    expect(asked).to.deep.equal(['index.json', 'products-index.json']);
  });

  it('takes an older tree’s products from its index.json, without asking for the new file', async () => {
    const { products, asked } = await load('/pi-old/', { 'index.json': index({ products: listed }) });
    expect(products.map((p) => p.cis)).to.deep.equal(['60000001']);
    expect(asked).to.deep.equal(['index.json']);
  });

  it('asks for nothing more when the tree has no products', async () => {
    for (const [prefix, more] of [
      ['/pi-none/', {}],
      ['/pi-zero/', { productCount: 0 }],
    ] as const) {
      const { products, asked } = await load(prefix, { 'index.json': index(more) });
      expect(products).to.deep.equal([]);
      expect(asked).to.deep.equal(['index.json']);
    }
  });

  it('says which products are known without a request', () => {
    expect(productsAtHand('/pi-x/', index({ products: listed }))).to.equal(listed);
    expect(productsAtHand('/pi-x/', index())).to.deep.equal([]);
    expect(productsAtHand('/pi-x/', index({ productCount: 3 }))).to.be.undefined;
  });

  it('refuses a product index that is not one', async () => {
    const error = await load('/pi-bad/', {
      'index.json': index({ productCount: 1 }),
      'products-index.json': index(),
    }).catch((e: unknown) => e);
    expect((error as DatamedError).kind).to.equal('schema');
  });

  it('asks a source adapter for its products only when it has them', async () => {
    let asked = 0;
    registerSourceAdapter({
      name: 'test-product-index',
      endpoint: (s) => (s.startsWith('testpi:') ? 'https://example.test/pi' : undefined),
      index: () => Promise.resolve(index()),
      products: () => {
        asked++;
        return Promise.resolve(listed);
      },
    });
    expect(productsAtHand('testpi:x', index())).to.be.undefined;
    expect((await loadProductIndex('testpi:x')).map((p) => p.cis)).to.deep.equal(['60000001']);
    expect(asked).to.equal(1);
  });
});

import { expect } from '@open-wc/testing';
import { validateIndex, validateProductsIndex, validateShortages } from './validate.js';
import { validateProduct } from './validate-product.js';
import { failure } from '../../test/helpers/failure.js';
import { productFile, provenance, shortageDeclaration } from '../../test/helpers/fixtures.js';
import { SCHEMA_IDS, TREE } from './contract.js';

const product = productFile;
const declaration = (o: Record<string, unknown> = {}) => shortageDeclaration({ id: '26RS0001', ...o });
const rejects = (fn: () => unknown) => failure((async () => fn())());

describe('validate: product files', () => {
  it('accepts every demo product the demo product index lists, with its declarations linked by CIS', async () => {
    const index = validateIndex(await (await fetch('/demo-data/index.json')).json());
    const products = validateProductsIndex(
      await (await fetch('/demo-data/products-index.json')).json(),
    ).products;
    expect(products.length).to.be.greaterThan(5);
    expect(index.productCount).to.equal(products.length);
    const statuses = new Set<string>();
    for (const ref of products) {
      const file = validateProduct(
        await (await fetch(`/demo-data/${TREE.product(ref.cis)}`)).json(),
        ref.cis,
      );
      expect(file.product.cis).to.equal(ref.cis);
      expect(file.availability?.status).to.equal(ref.availability);
      statuses.add(ref.availability!);
      for (const d of file.shortages ?? []) expect(d.cis).to.include(ref.cis);
    }
    expect([...statuses].sort()).to.deep.equal(['available', 'discontinued', 'restored', 'risk', 'rupture']);
    const all = validateShortages(await (await fetch('/demo-data/shortages/all.json')).json());
    expect(all.declarations.some((d) => d.cis?.length)).to.equal(true);
  });

  it('names the field and the rule broken', async () => {
    const refused = async (payload: unknown) => (await rejects(() => validateProduct(payload))).details;
    expect(await refused(product({}, { cis: '6999900' }))).to.include({
      field: 'product.cis',
      rule: 'pattern',
    });
    expect(await refused(product({}, { bdpmUrl: 'javascript:alert(1)' }))).to.include({
      field: 'product.bdpmUrl',
      rule: 'pattern',
    });
    expect(await refused(product({ availability: { status: 'rupture', asOf: '2026-02-30' } }))).to.include({
      field: 'availability.asOf',
      rule: 'date',
    });
    // The declarations' checks speak of the product file's own key.
    expect(await refused(product({ shortages: [declaration(), declaration()] }))).to.include({
      field: 'shortages[1].id',
      rule: 'duplicate',
    });
    expect(await refused(product({ shortages: [declaration({ cis: ['x'] })] }))).to.include({
      field: 'shortages[0].cis[0]',
      rule: 'pattern',
    });
    const version = await rejects(() => validateProduct({ ...product(), schema: 'datamed.product/2' }));
    expect(version.kind).to.equal('schema');
  });

  it('removes invisible controls from names, labels, routes, holder and declarations', () => {
    const hostile = 'lmth.exe\u202E\u200B\u200C\u200D\u2060\uFEFF\u2066\u2069\u200E\u200F\u061C x';
    const file = validateProduct(
      product(
        {
          substances: [{ name: { fr: hostile }, dosage: hostile, dosageReference: hostile }],
          shortages: [declaration({ product: hostile, laboratory: hostile })],
        },
        {
          name: { fr: hostile, en: hostile },
          form: { fr: hostile },
          routes: [hostile],
          laboratory: hostile,
          atc: { code: 'N02BE01', label: { fr: hostile } },
        },
      ),
    );
    expect(JSON.stringify(file)).not.to.match(/[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u);
    expect(file.product.name).to.deep.equal({ fr: 'lmth.exe x', en: 'lmth.exe x' });
    expect(file.substances[0]!.dosage).to.equal('lmth.exe x');
    expect(file.shortages![0]!.product).to.equal('lmth.exe x');
    const index = validateIndex({
      schema: SCHEMA_IDS.index,
      provenance: provenance(),
      substances: [],
      products: [{ cis: '69999001', name: { fr: hostile }, aliases: [hostile], substances: [] }],
    });
    expect(index.products![0]!.name.fr).to.equal('lmth.exe x');
    expect(index.products![0]!.aliases).to.deep.equal(['lmth.exe x']);
    const [listed] = validateProductsIndex({
      schema: SCHEMA_IDS.productsIndex,
      provenance: provenance(),
      products: [{ cis: '69999001', name: { fr: hostile }, aliases: [hostile], substances: [] }],
    }).products;
    expect(listed!.name.fr).to.equal('lmth.exe x');
    expect(listed!.aliases).to.deep.equal(['lmth.exe x']);
  });
});

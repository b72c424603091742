/**
 * The JSON Schemas (schemas/*.json) and the browser validator (src/data/validate.ts) must say the
 * same thing: both accept the demo data, both reject the same broken payloads, and their code lists
 * match the vocabularies. A few rules only the validator can check are listed and tested apart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  validateAdverseEffects,
  validateIndex,
  validateProductsIndex,
  validateShortages,
} from '../../src/data/validate.js';
import { validateProduct } from '../../src/data/validate-product.js';
import { ORGAN_CLASSES, SHORTAGE_CAUSES, SHORTAGE_MEASURES } from '../../src/data/vocabulary.js';
import { aeFile, productFile, provenance, shortageDeclaration } from '../helpers/fixtures.js';
import {
  AVAILABILITY_STATUSES,
  CIRCUITS,
  SCHEMA_IDS,
  SHORTAGE_CLASSIFICATIONS,
  SHORTAGE_STATES,
} from '../../src/data/contract.js';
import { USAGE_LEVELS } from '../../src/data/vocabulary.js';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const ajv = new Ajv2020({ allErrors: false, strict: false });
for (const name of ['common', 'adverse-effects', 'index', 'products-index', 'shortages', 'product'])
  ajv.addSchema(readJson(`schemas/${name}.schema.json`));
const schemaFor = (name: string) =>
  ajv.getSchema(`https://datamed-widgets.example/schemas/${name}.schema.json`)!;

const validators = {
  'adverse-effects': validateAdverseEffects,
  index: validateIndex,
  'products-index': validateProductsIndex,
  shortages: validateShortages,
  product: validateProduct,
} as const;

function browserAccepts(kind: keyof typeof validators, payload: unknown): boolean {
  try {
    validators[kind](payload);
    return true;
  } catch {
    return false;
  }
}

describe('JSON Schemas', () => {
  it('accept every demo file, like the browser validator', () => {
    const check = (kind: keyof typeof validators, path: string) => {
      const payload = readJson(path);
      const ok = schemaFor(kind)(payload);
      expect(ok, `${path}: ${JSON.stringify(schemaFor(kind).errors)}`).toBe(true);
      expect(browserAccepts(kind, payload)).toBe(true);
    };
    check('index', 'demo-data/index.json');
    check('products-index', 'demo-data/products-index.json');
    check('adverse-effects', 'demo-data/all-medicines.json');
    for (const f of readdirSync(resolve(root, 'demo-data/substances')))
      check('adverse-effects', `demo-data/substances/${f}`);
    for (const folder of ['demo-data/shortages', 'demo-data/shortages/atc'])
      for (const f of readdirSync(resolve(root, folder)).filter((name) => name.endsWith('.json')))
        check('shortages', `${folder}/${f}`);
    const products = readdirSync(resolve(root, 'demo-data/products'));
    expect(products.length).toBeGreaterThan(0);
    for (const f of products) check('product', `demo-data/products/${f}`);
  });

  const declaration = shortageDeclaration;
  const shortages = (d: unknown[]) => ({
    schema: SCHEMA_IDS.shortages,
    provenance: provenance(),
    declarations: d,
  });
  const index = (s: unknown[]) => ({ schema: SCHEMA_IDS.index, provenance: provenance(), substances: s });
  const indexProducts = (p: unknown[]) => ({
    ...index([{ code: 'a', name: { fr: 'A' }, datasets: {} }]),
    products: p,
  });
  const productsIndex = (p: unknown[], o: Record<string, unknown> = {}) => ({
    schema: SCHEMA_IDS.productsIndex,
    provenance: provenance(),
    products: p,
    ...o,
  });
  const indexProduct = (o: Record<string, unknown> = {}) => ({
    cis: '69999001',
    name: { fr: 'P 10 mg, comprimé' },
    substances: ['a'],
    ...o,
  });
  const product = productFile;
  const fullProduct = product(
    {
      substances: [
        { code: 'a', bdpm: '02202', name: { fr: 'A' }, dosage: '10 mg', dosageReference: 'un comprimé' },
        { name: { fr: 'B', en: 'B' } },
      ],
      availability: {
        status: 'rupture',
        since: '2026-10-06',
        updated: '2026-11-18',
        expectedReturn: '2027-01-15',
        url: 'https://ansm.sante.fr/x',
        asOf: '2026-11-23',
      },
      patients: { patientYears: { count: 740 }, usageLevel: 'very-low' },
      medicationErrors: {
        cases: { count: 58 },
        adverseEffect: [
          { key: 'with', count: 21 },
          { key: 'without', count: 37 },
        ],
        population: [{ key: 'newborn', count: null, suppressed: true }],
      },
      shortages: [declaration({ cis: ['69999001'] })],
    },
    {
      form: { fr: 'comprimé' },
      routes: ['orale'],
      laboratory: 'L',
      atc: { code: 'N02BE01', label: { fr: 'Paracétamol' } },
      bdpmUrl: 'https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=69999001',
      marketed: true,
    },
  );

  const cases: [string, keyof typeof validators, unknown, boolean][] = [
    ['complete AE file', 'adverse-effects', aeFile(), true],
    [
      'partial AE file',
      'adverse-effects',
      {
        schema: SCHEMA_IDS.adverseEffects,
        provenance: provenance(),
        substance: { code: 'a', name: { fr: 'A' } },
      },
      true,
    ],
    [
      'suppressed cell',
      'adverse-effects',
      aeFile({ cases: { count: null, suppressed: true }, sex: undefined, age: undefined, years: undefined }),
      true,
    ],
    ['wrong version', 'adverse-effects', aeFile({ schema: 'datamed.adverse-effects/2' }), false],
    ['string count', 'adverse-effects', aeFile({ cases: { count: '12' } }), false],
    ['negative count', 'adverse-effects', aeFile({ cases: { count: -1 } }), false],
    ['fractional count', 'adverse-effects', aeFile({ cases: { count: 2.5 } }), false],
    ['null without flag', 'adverse-effects', aeFile({ cases: { count: null } }), false],
    ['flag with count', 'adverse-effects', aeFile({ cases: { count: 3, suppressed: true } }), false],
    [
      'unknown SOC',
      'adverse-effects',
      aeFile({ organClasses: { items: [{ code: '1', count: 20 }] } }),
      false,
    ],
    ['unknown sex', 'adverse-effects', aeFile({ sex: [{ key: 'x', count: 20 }] }), false],
    ['unknown reporter', 'adverse-effects', aeFile({ reporters: [{ key: 'robot', count: 20 }] }), false],
    [
      'nature without label',
      'adverse-effects',
      aeFile({ medicationErrors: { nature: [{ key: 'dose', count: 20 }] } }),
      false,
    ],
    [
      'nature with label',
      'adverse-effects',
      aeFile({ medicationErrors: { nature: [{ key: 'dose', label: { fr: 'Dose' }, count: 20 }] } }),
      true,
    ],
    ['bad code', 'adverse-effects', aeFile({ substance: { code: 'A B', name: { fr: 'x' } } }), false],
    [
      'javascript: link',
      'adverse-effects',
      aeFile({ provenance: provenance({ sourceUrl: 'javascript:alert(1)' }) }),
      false,
    ],
    ['threshold 0', 'adverse-effects', aeFile({ provenance: provenance({ threshold: 0 }) }), false],
    [
      'long text',
      'adverse-effects',
      aeFile({ substance: { code: 'a', name: { fr: 'x'.repeat(1001) } } }),
      false,
    ],
    ['year out of range', 'adverse-effects', aeFile({ years: [{ year: 1800, count: 20 }] }), false],
    ...allMedicinesCases(),
    ['minimal index', 'index', index([{ code: 'a', name: { fr: 'A' }, datasets: {} }]), true],
    ['index without datasets', 'index', index([{ code: 'a', name: { fr: 'A' } }]), false],
    ['bad ATC', 'index', index([{ code: 'a', name: { fr: 'A' }, atc: ['n02'], datasets: {} }]), false],
    ['minimal declaration', 'shortages', shortages([declaration()]), true],
    ['raw classification', 'shortages', shortages([declaration({ classification: 'RUPTURE' })]), false],
    ['unknown cause', 'shortages', shortages([declaration({ cause: 'x' })]), false],
    ['unknown measure', 'shortages', shortages([declaration({ measures: ['x'] })]), false],
    ['bad date', 'shortages', shortages([declaration({ reported: '03/01/2020' })]), false],
    ['missing product', 'shortages', shortages([declaration({ product: undefined })]), false],
    ['declaration with CIS', 'shortages', shortages([declaration({ cis: ['69999001', '69999002'] })]), true],
    ['declaration with short CIS', 'shortages', shortages([declaration({ cis: ['6999900'] })]), false],
    ['declaration with CIS string', 'shortages', shortages([declaration({ cis: '69999001' })]), false],
    [
      'index with products',
      'index',
      indexProducts([indexProduct({ aliases: ['P'], availability: 'risk' })]),
      true,
    ],
    [
      'index product without substances',
      'index',
      indexProducts([indexProduct({ substances: undefined })]),
      false,
    ],
    ['index product with bad CIS', 'index', indexProducts([indexProduct({ cis: '1234567a' })]), false],
    [
      'index product with unknown status',
      'index',
      indexProducts([indexProduct({ availability: 'x' })]),
      false,
    ],
    ['index counting its products', 'index', { ...index([]), productCount: 15112 }, true],
    ['index with a negative product count', 'index', { ...index([]), productCount: -1 }, false],
    ['index with a fractional product count', 'index', { ...index([]), productCount: 1.5 }, false],
    ['index with too many products', 'index', { ...index([]), productCount: 100_001 }, false],
    [
      'product index',
      'products-index',
      productsIndex([
        indexProduct({ aliases: ['P'], availability: 'rupture' }),
        indexProduct({ cis: '69999002' }),
      ]),
      true,
    ],
    ['empty product index', 'products-index', productsIndex([]), true],
    ['product index without products', 'products-index', productsIndex([], { products: undefined }), false],
    [
      'product index of another version',
      'products-index',
      productsIndex([], { schema: 'datamed.products-index/2' }),
      false,
    ],
    ['substance index as a product index', 'products-index', index([]), false],
    [
      'product index with bad CIS',
      'products-index',
      productsIndex([indexProduct({ cis: '6999900' })]),
      false,
    ],
    [
      'product index with a bad substance code',
      'products-index',
      productsIndex([indexProduct({ substances: ['A B'] })]),
      false,
    ],
    ['minimal product', 'product', product(), true],
    ['complete product', 'product', fullProduct, true],
    ['product of another version', 'product', product({ schema: 'datamed.product/2' }), false],
    ['product with a 9-digit CIS', 'product', product({}, { cis: '699990011' }), false],
    ['product without substances', 'product', product({ substances: undefined }), false],
    [
      'product substance with bad code',
      'product',
      product({ substances: [{ code: 'A B', name: { fr: 'S' } }] }),
      false,
    ],
    ['javascript: database link', 'product', product({}, { bdpmUrl: 'javascript:alert(1)' }), false],
    [
      'data: availability link',
      'product',
      product({ availability: { status: 'risk', asOf: '2026-01-01', url: 'data:text/html,x' } }),
      false,
    ],
    ['availability without asOf', 'product', product({ availability: { status: 'risk' } }), false],
    [
      'unknown availability',
      'product',
      product({ availability: { status: 'shortage', asOf: '2026-01-01' } }),
      false,
    ],
    ['bad ATC of a product', 'product', product({}, { atc: { code: 'n02' } }), false],
    ['unknown usage level', 'product', product({ patients: { usageLevel: 'huge' } }), false],
    [
      'product medication errors with unknown key',
      'product',
      product({ medicationErrors: { adverseEffect: [{ key: 'x', count: 20 }] } }),
      false,
    ],
    [
      'product declaration without date',
      'product',
      product({ shortages: [declaration({ reported: undefined })] }),
      false,
    ],
  ];
  for (const [what, kind, payload, valid] of cases) {
    it(`${valid ? 'accept' : 'reject'} ${what}, like the browser validator`, () => {
      const clean = JSON.parse(JSON.stringify(payload));
      expect(schemaFor(kind)(clean)).toBe(valid);
      expect(browserAccepts(kind, clean)).toBe(valid);
    });
  }

  it('leave a few rules to the validator, which enforces them', () => {
    // Unique keys, sums within totals, real calendar dates: beyond JSON Schema.
    const onlyValidator: [keyof typeof validators, unknown][] = [
      [
        'adverse-effects',
        aeFile({
          sex: [
            { key: 'female', count: 20 },
            { key: 'female', count: 20 },
          ],
        }),
      ],
      ['adverse-effects', aeFile({ cases: { count: 10 } })],
      ['shortages', shortages([declaration({ reported: '2021-02-31' })])],
      ['product', product({ availability: { status: 'rupture', asOf: '2026-02-30' } })],
      ['product', product({ shortages: [declaration(), declaration()] })],
      ['index', indexProducts([indexProduct(), indexProduct()])],
      ['products-index', productsIndex([indexProduct(), indexProduct()])],
    ];
    for (const [kind, payload] of onlyValidator) {
      expect(schemaFor(kind)(payload)).toBe(true);
      expect(browserAccepts(kind, payload)).toBe(false);
    }
  });

  it('list the same codes as the vocabularies', () => {
    const ae = readJson('schemas/adverse-effects.schema.json');
    expect(ae.properties.organClasses.properties.items.items.properties.code.enum).toEqual(
      ORGAN_CLASSES.map((c) => c.code),
    );
    const sh = readJson('schemas/shortages.schema.json');
    const props = sh.properties.declarations.items.properties;
    expect(props.cause.enum.sort()).toEqual(Object.keys(SHORTAGE_CAUSES).sort());
    expect(props.measures.items.enum.sort()).toEqual(Object.keys(SHORTAGE_MEASURES).sort());
    // The closed lists of src/data/contract.ts, the one source of the types and the validator.
    expect(props.classification.enum).toEqual([...SHORTAGE_CLASSIFICATIONS]);
    expect(props.state.enum).toEqual([...SHORTAGE_STATES]);
    expect(props.circuits.items.enum).toEqual([...CIRCUITS]);
    const pr = readJson('schemas/product.schema.json');
    expect(pr.properties.availability.properties.status.enum).toEqual([...AVAILABILITY_STATUSES]);
    expect(pr.properties.patients.properties.usageLevel.enum).toEqual(USAGE_LEVELS.map((l) => l.key));
  });
});

/** The all-medicines file: `scope: "all"` goes with the code `all-medicines`, and only it. */
function allMedicinesCases(): [string, 'adverse-effects', unknown, boolean][] {
  const all = { code: 'all-medicines', name: { fr: 'Tous les médicaments', en: 'All medicines' } };
  return [
    ['all medicines', 'adverse-effects', aeFile({ scope: 'all', substance: all }), true],
    [
      'all medicines, substance sums',
      'adverse-effects',
      aeFile({ scope: 'all', counting: 'substance-sums', substance: all }),
      true,
    ],
    ['scope other than all', 'adverse-effects', aeFile({ scope: 'some', substance: all }), false],
    ['scope all on a substance', 'adverse-effects', aeFile({ scope: 'all' }), false],
    ['all-medicines code without scope', 'adverse-effects', aeFile({ substance: all }), false],
    ['counting without scope', 'adverse-effects', aeFile({ counting: 'substance-sums' }), false],
    [
      'unknown counting',
      'adverse-effects',
      aeFile({ scope: 'all', counting: 'guess', substance: all }),
      false,
    ],
  ];
}

/**
 * Products (spécialités) built from the public medicines database: the product files and the
 * index's products from hand-written BDPM lines (invented figures), the links from shortage
 * declarations to products, and the linking figures on the real 2020 extract and the real shortage
 * export in ../shared (skipped, saying so, when absent).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProductFile, ShortageDeclaration } from '../../src/data/contract.js';
import { validateIndex, validateProductsIndex } from '../../src/data/validate.js';
import { validateProduct } from '../../src/data/validate-product.js';
import { BdpmData } from '../../src/build/bdpm.js';
import { ProductLinker, productTokens } from '../../src/build/product-linking.js';
import { linkDeclarationsToProducts } from '../../src/build/products.js';
import { ShortageCsvNormaliser } from '../../src/build/shortages.js';
import { buildTree } from '../../src/build/tree.js';
import { AdverseEffectTables } from '../../src/build/ae-tables.js';
import { root, schemaValidators } from './build-helpers.js';

const line = (...fields: string[]) => fields.join('\t');
const medicine = (cis: string, name: string, form: string, state: string, holder: string) =>
  line(
    cis,
    name,
    form,
    'orale;sublinguale',
    'Autorisation active',
    'Procédure nationale',
    state,
    '01/01/2000',
    '',
    '',
    ` ${holder}`,
    'Non',
  );

function bdpm(withDispo = true): BdpmData {
  const data = new BdpmData();
  const feed = (kind: 'cis' | 'compo' | 'dispo', lines: string[]) => {
    data.push(`${kind}.txt`, kind, `${lines.join('\r\n')}\r\n`);
    data.end(`${kind}.txt`, kind);
  };
  feed('cis', [
    medicine(
      '69999001',
      'DOLIPRANE 1000 mg, comprimé',
      'comprimé',
      'Commercialisée',
      'OPELLA HEALTHCARE FRANCE',
    ),
    medicine(
      '69999002',
      'DOLIPRANE 1000 mg, comprimé effervescent',
      'comprimé effervescent',
      'Commercialisée',
      'OPELLA',
    ),
    medicine(
      '69999003',
      'AMOXICILLINE/ACIDE CLAVULANIQUE EXEMPLE 1 g/125 mg, poudre pour suspension buvable en sachet-dose',
      'poudre',
      'Commercialisée',
      'EXEMPLE',
    ),
    medicine(
      '69999004',
      'LEVOTHYROX 100 microgrammes, comprimé sécable',
      'comprimé sécable',
      'Commercialisée',
      'MERCK',
    ),
    medicine('69999005', 'ANCIEN 5 mg, gélule', 'gélule', 'Non commercialisée', 'EXEMPLE'),
    medicine('69999006', 'ARRETE 10 mg, comprimé', 'comprimé', 'Commercialisée', 'EXEMPLE'),
    medicine(
      '69999007',
      'RARE 2,5 mg, solution injectable',
      'solution injectable',
      'Commercialisée',
      'EXEMPLE',
    ),
  ]);
  feed('compo', [
    line('69999001', 'comprimé', '02202', 'PARACÉTAMOL', '1000 mg', 'un comprimé', 'SA', '1'),
    line('69999002', 'comprimé', '02202', 'PARACÉTAMOL', '1000 mg', 'un comprimé', 'SA', '1'),
    line('69999003', 'poudre', '28165', 'AMOXICILLINE TRIHYDRATÉE', '1 g', 'un sachet', 'SA', '1'),
    line('69999003', 'poudre', '29442', 'CLAVULANATE DE POTASSIUM', '125 mg', 'un sachet', 'SA', '2'),
    line(
      '69999004',
      'comprimé',
      '00382',
      'LÉVOTHYROXINE SODIQUE',
      '100 microgrammes',
      'un comprimé',
      'SA',
      '1',
    ),
    line('69999007', 'solution', '99999', 'SUBSTANCE RARE', '2,5 mg', '1 ml', 'SA', '1'),
  ]);
  if (withDispo)
    feed('dispo', [
      // Levothyrox: one presentation in rupture, the whole product at risk: rupture shows.
      line(
        '69999004',
        '',
        '2',
        'Tension d’approvisionnement',
        '02/09/2026',
        '10/09/2026',
        '',
        'https://ansm.sante.fr/a',
      ),
      line(
        '69999004',
        '3400000000001',
        '1',
        'Rupture de stock',
        '01/10/2026',
        '18/11/2026',
        '15/01/2027',
        'https://ansm.sante.fr/b',
      ),
      line(
        '69999001',
        '',
        '4',
        'Remise à disposition',
        '01/03/2026',
        '20/11/2026',
        '20/11/2026',
        'javascript:alert(1)',
      ),
      line('69999006', '', '3', 'Arrêt de commercialisation', '01/06/2025', '01/06/2025', '', ''),
    ]);
  return data;
}

const declaration = (o: Partial<ShortageDeclaration>): ShortageDeclaration => ({
  id: 'X',
  product: 'P',
  substance: 'S',
  classification: 'rupture',
  state: 'closed',
  reported: '2020-01-01',
  ...o,
});

function build(withDispo = true) {
  const shortages = [
    declaration({
      id: 'A1',
      product: 'DOLIPRANE 1000mg, comprimé',
      substance: 'paracétamol',
      atc: 'N02BE01',
    }),
    declaration({ id: 'A2', product: 'LEVOTHYROX 100 µg', substance: 'lévothyroxine', atc: 'H03' }),
    declaration({
      id: 'A3',
      product: 'LEVOTHYROX 100 microgrammes, comprimé sécable, boîte de 30',
      substance: 'lévothyroxine',
      atc: 'H03AA01',
      reported: '2021-01-01',
    }),
    declaration({ id: 'A4', product: 'INCONNU 3 mg, comprimé', substance: 'inconnue' }),
    declaration({ id: 'A5', product: 'Rare', substance: 'substance rare', cis: ['69999007'] }),
    declaration({
      id: 'A6',
      product: 'AMOXICILLINE/ACIDE CLAVULANIQUE EXEMPLE 1 g/125 mg poudre pour suspension buvable',
      substance: 'amoxicilline + acide clavulanique',
    }),
  ];
  // Adverse-effect substances named as the tables name them: "AMOXICILLINE", not the salt.
  const tables = new AdverseEffectTables();
  tables.table('year.json', 'year');
  let n = 0;
  for (const name of ['PARACETAMOL', 'AMOXICILLINE'])
    for (const year of [2014, 2015])
      tables.add({
        line: ++n,
        position: 1,
        typed: true,
        fields: new Map(
          Object.entries({ MEDICAMENT: name, ANNEE: year, n_cas: 40, n_conso: 5000 }).map(([k, value]) => [
            k,
            { value, line: n, position: 1 },
          ]),
        ),
      });
  const built = buildTree(
    { adverseEffects: tables, bdpm: bdpm(withDispo), shortages },
    { threshold: 11, generated: '2026-11-23' },
  );
  const files = [...built.files()];
  const product = (cis: string) => files.find((f) => f.path === `products/${cis}.json`)?.value as ProductFile;
  return { ...built, files, product };
}

describe('products from the medicines database', () => {
  it('publishes one valid file per CIS code, with or without substance and declaration', () => {
    const { files, index } = build();
    const products = files.filter((f) => f.kind === 'product');
    // Two substance files and the all-medicines file that sums them.
    expect(files.filter((f) => f.kind === 'adverse-effects').map((f) => f.path)).toEqual([
      'substances/amoxicilline.json',
      'substances/paracetamol.json',
      'all-medicines.json',
    ]);
    expect(products.map((f) => f.path)).toEqual(
      ['69999001', '69999002', '69999003', '69999004', '69999005', '69999006', '69999007'].map(
        (c) => `products/${c}.json`,
      ),
    );
    const schemas = schemaValidators();
    for (const f of products) {
      expect(schemas.product(f.value), JSON.stringify(schemas.product.errors)).toBe(true);
      validateProduct(f.value, f.path);
    }
    // The products have a file of their own, second after the index, which only counts them.
    expect(files[1]!.path).toBe('products-index.json');
    expect(validateIndex(index)).toMatchObject({ productCount: 7 });
    expect(index.products).toBeUndefined();
    expect(schemas.productsIndex(files[1]!.value), JSON.stringify(schemas.productsIndex.errors)).toBe(true);
    const listed = validateProductsIndex(files[1]!.value).products;
    // By name (code points), so that the products of one brand are side by side.
    expect(listed.map((p) => [p.cis, p.substances, p.availability])).toEqual([
      // Linked by name: the table's AMOXICILLINE is the salt's base; the clavulanate has no substance of ours.
      ['69999003', ['amoxicilline'], 'available'],
      ['69999005', [], 'not-marketed'],
      ['69999006', [], 'discontinued'],
      ['69999001', ['paracetamol'], 'restored'],
      ['69999002', ['paracetamol'], 'available'],
      ['69999004', ['levothyroxine-sodique'], 'rupture'],
      ['69999007', ['substance-rare'], 'available'],
    ]);
  });

  it('describes a product: name, form, routes, holder, ATC, link, substances with dosage', () => {
    const doliprane = build().product('69999001');
    expect(doliprane.product).toEqual({
      cis: '69999001',
      name: { fr: 'DOLIPRANE 1000 mg, comprimé' },
      form: { fr: 'comprimé' },
      routes: ['orale', 'sublinguale'],
      laboratory: 'OPELLA HEALTHCARE FRANCE',
      atc: { code: 'N02BE01' },
      bdpmUrl: 'https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=69999001',
      marketed: true,
    });
    expect(doliprane.substances).toEqual([
      {
        code: 'paracetamol',
        bdpm: '02202',
        name: { fr: 'Paracétamol' },
        dosage: '1000 mg',
        dosageReference: 'un comprimé',
      },
    ]);
    // No treated patients nor medication errors per product in the database: left out, not invented.
    expect(doliprane.patients).toBeUndefined();
    expect(doliprane.medicationErrors).toBeUndefined();
    expect(
      build()
        .product('69999003')
        .substances.map((s) => s.name.fr),
    ).toEqual(['Amoxicilline trihydratée', 'Clavulanate de potassium']);
  });

  it('says what is available now, as of the availability file’s newest date', () => {
    const { product } = build();
    expect(product('69999004').availability).toEqual({
      status: 'rupture',
      since: '2026-10-01',
      updated: '2026-11-18',
      expectedReturn: '2027-01-15',
      url: 'https://ansm.sante.fr/b',
      asOf: '2026-11-20',
    });
    // Back on the market: since that date; a link that is not http(s) is dropped.
    expect(product('69999001').availability).toEqual({
      status: 'restored',
      since: '2026-11-20',
      updated: '2026-11-20',
      asOf: '2026-11-20',
    });
    expect(product('69999006').availability?.status).toBe('discontinued');
    expect(product('69999005').availability?.status).toBe('not-marketed');
    expect(product('69999002').availability).toEqual({ status: 'available', asOf: '2026-11-20' });
    // Without the availability file, nothing is said.
    expect(build(false).product('69999004').availability).toBeUndefined();
    expect(build(false).productsIndex!.products.every((p) => p.availability === undefined)).toBe(true);
  });

  it('links declarations to products by CIS or by name, in every shortage file', () => {
    const { files, product, summary } = build();
    const all = files.find((f) => f.path === 'shortages/all.json')!.value as {
      declarations: ShortageDeclaration[];
    };
    expect(Object.fromEntries(all.declarations.map((d) => [d.id, d.cis]))).toEqual({
      A1: ['69999001'],
      A2: undefined, // "100 µg" is not "100 microgrammes": no guess
      A3: ['69999004'],
      A4: undefined,
      A5: ['69999007'],
      A6: ['69999003'],
      // The availability file's own declarations carry their CIS code.
      'BDPM-69999004': ['69999004'],
      'BDPM-69999004-3400000000001': ['69999004'],
      'BDPM-69999006': ['69999006'],
    });
    expect(product('69999004').shortages!.map((d) => d.id)).toEqual([
      'BDPM-69999004-3400000000001',
      'BDPM-69999004',
      'A3',
    ]);
    expect(product('69999004').product.atc).toEqual({ code: 'H03AA01' }); // the most specific
    expect(summary.products).toMatchObject({
      products: 7,
      withShortages: 5,
      linkedDeclarations: 7,
      unlinkedDeclarations: 2,
      byMethod: { cis: 4, exact: 1, presentation: 1, 'name-and-dosage': 1, brand: 0 },
    });
  });
});

describe('a shortage export with a cis column', () => {
  it('reads the CIS codes given, links by them first and warns of a malformed one', () => {
    const normaliser = new ShortageCsvNormaliser('export.csv');
    normaliser.push(
      [
        'id,reported_on,classification,state,substance,product,cis',
        '26RS1,2026-01-02,Rupture,En cours,paracétamol,"Doliprane, boîte","69999002;69999001 69999002"',
        '26RS2,2026-01-03,Rupture,En cours,paracétamol,"DOLIPRANE 1000 mg, comprimé",6999900',
        '',
      ].join('\n'),
    );
    const { declarations, issues } = normaliser.end();
    expect(declarations.map((d) => d.cis)).toEqual([['69999002', '69999001'], undefined]);
    expect(issues.map((i) => [i.line, i.column, i.severity])).toEqual([[3, 'cis', 'warning']]);
    const figures = linkDeclarationsToProducts(bdpm(), declarations);
    expect(declarations.map((d) => d.cis)).toEqual([['69999002', '69999001'], ['69999001']]);
    expect(figures.byMethod).toMatchObject({ cis: 1, exact: 1 });
  });
});

describe('ProductLinker', () => {
  const linker = new ProductLinker([
    ['1', 'DOLIPRANE 1000 mg, comprimé'],
    ['2', 'DOLIPRANE 1000 mg, comprimé effervescent'],
    ['3', 'DOLIPRANE 500 mg, gélule'],
    ['4', 'MABTHERA 100 mg, solution à diluer pour perfusion'],
    ['5', 'MABTHERA 500 mg, solution à diluer pour perfusion'],
    ['6', 'NAROPEINE 2 mg/ml, solution injectable'],
    ['7', 'NAROPEINE 2 mg/ml, solution pour perfusion'],
    ['8', 'CANDESARTAN TEVA 16 mg/12,5 mg, comprimé'],
  ]);
  it.each([
    ['doliprane 1000 MG, Comprimé', ['1'], 'exact'],
    ['DOLIPRANE 1000mg,comprimé', ['1'], 'exact'],
    ['DOLIPRANE 1000 mg, comprimé effervescent, boîte de 20', ['2'], 'presentation'],
    ['DOLIPRANE 1000 mg', ['1', '2'], 'name-and-dosage'],
    ['DOLIPRANE 500 mg gélule boîte de 16', ['3'], 'name-and-dosage'],
    ['NAROPEINE 2 mg/ml, solution injectable en ampoule de 10 mL', ['6'], 'name-and-dosage'],
    ['CANDESARTAN TEVA 16 mg/12.5 mg, comprimé', ['8'], 'exact'],
    ['MABTHERA', ['4', '5'], 'brand'],
  ])('%s → %j (%s)', (text, cis, method) => {
    expect(linker.link(text)).toEqual({ cis, method });
  });
  it('links nothing it cannot tell', () => {
    expect(linker.link('DOLIPRANE 200 mg, suppositoire')).toBeUndefined();
    expect(linker.link('DOLIPRANE 1000 mg, comprimé effervescent sécable')).toEqual({
      cis: ['1', '2'],
      method: 'name-and-dosage',
    });
    expect(linker.link('')).toBeUndefined();
    expect(productTokens('CANDESARTAN 16 mg/12,5 mg, comprimé')).toEqual([
      'candesartan',
      '16',
      'mg',
      '12',
      '5',
      'mg',
      ',',
      'comprime',
    ]);
  });
});

const shared = resolve(root, '../shared');
const cisFile = join(shared, 'bdpm-2020/CIS_bdpm.txt');
const exportFile = join(shared, 'data/ansm-shortages/shortages-2014-2020.csv');
const present = existsSync(cisFile) && existsSync(exportFile);
if (!present)
  console.warn(
    `skipped: ../shared/bdpm-2020 or the real shortage export not found (product linking figures)`,
  );

describe.skipIf(!present)('linking the real shortage export to the real 2020 extract', () => {
  it('links 5,732 of the 6,364 readable declarations (6,383 rows) to at least one product', () => {
    const data = new BdpmData();
    data.push('CIS_bdpm.txt', 'cis', new TextDecoder('windows-1252').decode(readFileSync(cisFile)));
    data.end('CIS_bdpm.txt', 'cis');
    expect(data.products.size).toBe(15_112);
    const normaliser = new ShortageCsvNormaliser('shortages.csv');
    normaliser.push(readFileSync(exportFile, 'utf8'));
    const { declarations, rows } = normaliser.end();
    expect(rows).toBe(6_383);
    const figures = linkDeclarationsToProducts(data, declarations);
    expect(figures).toEqual({
      linkedDeclarations: 5_732,
      unlinkedDeclarations: 632,
      byMethod: { cis: 0, exact: 3_505, presentation: 472, 'name-and-dosage': 1_538, brand: 217 },
    });
    expect(declarations.filter((d) => (d.cis?.length ?? 0) > 1).length).toBeLessThan(300);
  });

  it('publishes 15,112 product files that the JSON Schema and the validator accept', () => {
    const data = new BdpmData();
    for (const [name, kind] of [
      ['CIS_bdpm.txt', 'cis'],
      ['CIS_COMPO_bdpm.txt', 'compo'],
    ] as const) {
      data.push(
        name,
        kind,
        new TextDecoder('windows-1252').decode(readFileSync(join(shared, 'bdpm-2020', name))),
      );
      data.end(name, kind);
    }
    const normaliser = new ShortageCsvNormaliser('shortages.csv');
    normaliser.push(readFileSync(exportFile, 'utf8'));
    const built = buildTree({ bdpm: data, shortages: normaliser.end().declarations }, { threshold: 11 });
    const schemas = schemaValidators();
    let files = 0;
    for (const f of built.files()) {
      if (f.kind !== 'product') continue;
      files++;
      expect(schemas.product(f.value), f.path).toBe(true);
      validateProduct(f.value, f.path);
    }
    expect(files).toBe(15_112);
    expect(schemas.index(built.index)).toBe(true);
    expect(validateIndex(built.index)).toMatchObject({ productCount: 15_112 });
    expect(schemas.productsIndex(built.productsIndex)).toBe(true);
    expect(validateProductsIndex(built.productsIndex).products).toHaveLength(15_112);
    expect(built.summary.products).toMatchObject({ products: 15_112, withShortages: 3_292 });
  });
});

/**
 * The privacy rule across a substance and its products (src/build/product-protect.ts): no hidden
 * count of a substance can be recomputed from its products' counts, nor a product's from the
 * substance's, nor the reports of products that publish nothing. The demo tree keeps it too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AdverseEffectsFile, ProductFile } from '../../src/data/contract.js';
import {
  figureCells,
  productAudit,
  protectAcrossProducts,
  protectFigures,
  type Figures,
} from '../../src/build/product-protect.js';
import { root } from './build-helpers.js';

const T = 11;
const errors = (cases: number, withEffect: number, child: number, adult: number): Figures => ({
  medicationErrors: {
    cases: { count: cases },
    adverseEffect: [
      { key: 'with', count: withEffect },
      { key: 'without', count: cases - withEffect },
    ],
    population: [
      { key: 'child', count: child },
      { key: 'adult', count: adult },
    ],
  },
});
const hiddenPaths = (f: Figures) =>
  [...figureCells(f)].filter(([, c]) => c.count === null).map(([path]) => path);

describe('substance and products together', () => {
  it('a single product stands for its substance: a count hidden in one is hidden in the other', () => {
    // The substance's own rule hides nothing (child 12, adult 28); the product's hides nothing
    // either, but a figure hidden on one side only would be read on the other.
    const substance = { ...errors(40, 15, 12, 28), patients: { patientYears: { count: 300 } } };
    const product = { ...errors(40, 15, 12, 28), patients: { patientYears: { count: 8 } } };
    // Each file alone: the product hides its 8 patient-years, the substance shows 300.
    expect(productAudit(protectFigures(substance, T), [protectFigures(product, T)], T, true)).toHaveLength(1);
    const out = protectAcrossProducts(substance, [product], T, true);
    expect(hiddenPaths(out.substance)).toEqual(['patients.patientYears']);
    expect(hiddenPaths(out.products[0]!)).toEqual(['patients.patientYears']);
    expect(productAudit(out.substance, out.products, T, true)).toEqual([]);
  });

  it('several products: no single hidden product count, no hidden substance count as their sum', () => {
    // Product B's child count (4) is hidden by its own rule (with its adult count, 26); the
    // substance shows child 20 and product A child 16: B's child would be 20 - 16 = 4.
    const substance = errors(80, 30, 20, 60);
    const a = errors(50, 20, 16, 34);
    const b = errors(30, 10, 4, 26);
    const alone = productAudit(substance, [protectFigures(a, T), protectFigures(b, T)], T, true);
    expect(alone.map((f) => f.path)).toContain('medicationErrors.population.child');
    const out = protectAcrossProducts(substance, [a, b], T, true);
    expect(productAudit(out.substance, out.products, T, true)).toEqual([]);
    for (const f of [out.substance, ...out.products])
      for (const [path, cell] of figureCells(f))
        expect(cell.count === null || cell.count === 0 || cell.count >= T, path).toBe(true);
    expect(hiddenPaths(out.products[0]!)).toContain('medicationErrors.population.child');
  });

  it('the reports of products that publish nothing are no small remainder', () => {
    // 40 errors for the substance, 35 for its one published product: 5 for the others.
    const out = protectAcrossProducts(errors(40, 15, 12, 28), [errors(35, 13, 12, 23)], T, false);
    expect(productAudit(out.substance, out.products, T, false)).toEqual([]);
    expect(hiddenPaths(out.products[0]!)).toContain('medicationErrors.cases');
    // Shown figures are never changed, only hidden.
    for (const [path, cell] of figureCells(out.products[0]!))
      if (cell.count !== null) expect(figureCells(errors(35, 13, 12, 23)).get(path)!.count).toBe(cell.count);
  });
});

describe('the demo tree', () => {
  it('keeps the rule between each substance and its demo products', () => {
    const dir = join(root, 'demo-data');
    const products = readdirSync(join(dir, 'products')).map(
      (f) => JSON.parse(readFileSync(join(dir, 'products', f), 'utf8')) as ProductFile,
    );
    let checked = 0;
    for (const code of new Set(products.flatMap((p) => p.substances.map((s) => s.code ?? [])).flat())) {
      const substance = JSON.parse(
        readFileSync(join(dir, 'substances', `${code}.json`), 'utf8'),
      ) as AdverseEffectsFile;
      const own = products.filter((p) => p.substances.some((s) => s.code === code));
      // The demo products are not all of a substance's products: not complete.
      expect(productAudit(substance, own, T, false), code).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(4);
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkChartData } from './check-data.js';
import { DatamedError } from '../data/errors.js';
import { organClasses, sexes } from '../../test/helpers/chart-data.js';
import { mountChart, q, textOf } from '../../test/helpers/widgets.js';
import '../components/bar-chart/bar-chart.js';
import type { DatamedBarChart } from '../components/bar-chart/bar-chart.component.js';

/** Values a page could hand over by mistake or on purpose. */
const hostile = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0.5,
    1e300,
    null,
    undefined,
    '',
    '12',
    true,
    [],
    {},
    () => 1,
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '\u202Eevil', 'javascript:alert(1)', 'x'.repeat(5_000)),
);

/** Replaces one value, somewhere in the structure, by a hostile one. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (!path.length || typeof value !== 'object' || value === null) return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (!entries.length) return replacement;
  const [key] = entries[path[0]! % entries.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  copy[key] = mutate(copy[key], path.slice(1), replacement);
  return copy;
}

describe('chart data checks', () => {
  it('accepts the shapes the widgets build', () => {
    expect(() => checkChartData(organClasses())).not.to.throw();
    expect(() => checkChartData(sexes())).not.to.throw();
  });

  it('names the field of NaN, negative, missing and mistyped values', () => {
    const broken = (f: (d: ReturnType<typeof organClasses>) => void) => {
      const d = organClasses();
      f(d);
      try {
        checkChartData(d);
      } catch (error) {
        return (error as DatamedError).details.field;
      }
      return 'accepted';
    };
    expect(broken((d) => (d.categories[0]!.values[0]!.count = NaN))).to.equal(
      'categories[0].values[0].count',
    );
    expect(broken((d) => (d.categories[1]!.values[0]!.count = -3))).to.equal('categories[1].values[0].count');
    expect(broken((d) => (d.series = []))).to.equal('series');
    expect(
      broken((d) => ((d.categories[2] as unknown as { label: unknown }).label = { toString: () => 'x' })),
    ).to.equal('categories[2].label');
    expect(broken((d) => (d.categories[0]!.values = []))).to.equal('categories[0].values');
  });

  it('never throws anything but a DatamedError, on 10,000 mutated payloads', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), hostile, (path, replacement) => {
        const payload = mutate(organClasses(), path, replacement);
        try {
          checkChartData(payload);
        } catch (error) {
          expect(error).to.be.instanceOf(DatamedError);
        }
      }),
      { numRuns: 10_000, seed: 20261123 },
    );
  });

  it('a chart given garbage shows an error naming the field, never NaN', async () => {
    const d = organClasses();
    d.categories[0]!.values[0]!.count = NaN;
    const el = await mountChart<DatamedBarChart>('datamed-bar-chart', 640, d);
    expect(textOf(el)).to.contain('Le fichier de données contient une valeur invalide.');
    expect(textOf(el, 'details')).to.contain('categories[0].values[0].count');
    expect(q(el, 'svg.chart-svg')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

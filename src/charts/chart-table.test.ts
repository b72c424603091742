import { expect } from '@open-wc/testing';
import { chartTable } from './chart-table.js';
import { formatValue } from './table.js';
import type { ChartData } from './model.js';

describe('chartTable', () => {
  it('says why a value is not there, in the share column too (never a bare « – »)', () => {
    const data: ChartData = {
      heading: 'Sexe',
      threshold: 11,
      unit: { one: 'cas', many: 'cas' },
      series: [{ key: 'cases', label: 'Cas' }],
      categories: [
        { key: 'female', label: 'Femmes', values: [{ count: 317, share: 0.337 }] },
        { key: 'unknown', label: 'Sexe inconnu', values: [{ count: null }] },
        { key: 'other', label: 'Autre', values: [{ count: null, missing: true }] },
      ],
    };
    const table = chartTable('fr', data);
    const cells = table.rows.map((row) =>
      table.columns.slice(1).map((c) => formatValue('fr', c, row[c.key])),
    );
    expect(cells[0]![0]).to.equal('317');
    expect(cells[0]![1]).to.match(/^33,7\s%$/u);
    expect(cells[1]).to.deep.equal(['masqué', 'masqué']);
    expect(cells[2]![0]).to.equal(cells[2]![1]);
    expect(cells.flat()).not.to.include('–');
  });
});

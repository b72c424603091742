import { expect } from '@open-wc/testing';
import { chartSummary } from './summary.js';
import type { ChartData } from './model.js';

const data = (): ChartData => ({
  heading: 'Sexe',
  threshold: 11,
  unit: { one: 'cas', many: 'cas' },
  series: [{ key: 'cases', label: 'Cas', total: 18_412 }],
  categories: [
    { key: 'female', label: 'Femmes', values: [{ count: 10_551, share: 0.573 }] },
    { key: 'male', label: 'Hommes', values: [{ count: 7_861, share: 0.427 }] },
  ],
});

describe('chartSummary', () => {
  it('keeps numbers and their units together: no line break inside « 10 551 cas » nor « 57,3 % »', () => {
    const fr = chartSummary('fr', data(), 'proportion');
    // A break may fall at an ordinary space only: inside these, the spaces are no-break ones.
    for (const piece of ['10 551 cas', '18 412 cas', '57,3 %']) {
      const pattern = new RegExp(piece.replace(/ /g, '[\\u00a0\\u202f]').replace(/[()]/g, '\\\\$&'), 'u');
      expect(fr, piece).to.match(pattern);
    }
    const hidden = data();
    hidden.categories.push({ key: 'unknown', label: 'Inconnu', values: [{ count: null }] });
    expect(chartSummary('fr', hidden, 'proportion')).to.match(
      /1\u00a0valeur est masquée \(moins de 11\u00a0cas/u,
    );
    const en = chartSummary('en', data(), 'proportion');
    expect(en).to.match(/10,551\u00a0cas/u);
  });
});

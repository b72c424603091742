import { expect } from '@open-wc/testing';
import { buildTimeline } from './model.js';
import {
  classificationsOfYear,
  itemsOfYear,
  measureShare,
  ofYear,
  parseYear,
  reportYears,
} from './overview-year.js';
import { declaration } from '../../test/helpers/shortages.js';

const AS_OF = { today: Date.parse('2020-11-30T00:00:00Z'), isToday: false };
const timeline = (list: Parameters<typeof declaration>[0][]) =>
  buildTimeline(
    list.map((o) => declaration(o)),
    AS_OF,
  ).items;
const plain = (text: string | undefined) => text?.replace(/\s/gu, ' ');

describe('shortage overview: one year', () => {
  const items = timeline([
    { reported: '2018-05-01', measures: ['import'] },
    { reported: '2019-01-03', classification: 'risk', measures: ['none'] },
    { reported: '2019-06-03', measures: ['quantitative-quota', 'import'] },
    { reported: '2019-09-03' },
  ]);

  it('lists the report years, latest first, and keeps one year’s declarations', () => {
    expect(reportYears(items)).to.deep.equal([2019, 2018]);
    expect(itemsOfYear(items, 2019).map((i) => i.declaration.reported)).to.deep.equal([
      '2019-01-03',
      '2019-06-03',
      '2019-09-03',
    ]);
    expect(itemsOfYear(items, undefined)).to.equal(items);
  });

  it('reads a year attribute only when the data have that year', () => {
    expect(parseYear('2019', [2019, 2018])).to.equal(2019);
    expect(parseYear(' 2018 ', [2019, 2018])).to.equal(2018);
    for (const v of ['2020', '', null, undefined, 'abc', '2019.5'])
      expect(parseYear(v, [2019, 2018])).to.be.undefined;
  });

  it('counts a declaration with a measure other than « aucune mesure »', () => {
    expect(measureShare('fr', items)!.withMeasure).to.equal(2);
    expect(plain(measureShare('fr', items)!.text)).to.equal(
      '50 % des déclarations ont fait l’objet d’au moins une mesure.',
    );
    expect(plain(measureShare('en', itemsOfYear(items, 2019))!.text)).to.equal(
      '33% of the declarations were the subject of at least one measure.',
    );
    expect(measureShare('fr', [])).to.be.undefined;
    // Never rounded to 100 % nor to 0 % when it is not so.
    const many = timeline([
      ...Array.from({ length: 199 }, () => ({ measures: ['import'] })),
      { measures: [] as string[] },
    ]);
    expect(plain(measureShare('fr', many)!.text)).to.match(/^99,5 % /u);
  });

  it('splits one year by classification, and names the year in headings', () => {
    const data = ofYear('fr', classificationsOfYear('fr', itemsOfYear(items, 2019), undefined), 2019);
    expect(data.heading).to.equal('Déclarations par classification (2019)');
    expect(data.categories.map((c) => [c.key, c.values[0]!.count])).to.deep.equal([
      ['rupture', 2],
      ['risk', 1],
    ]);
    expect(ofYear('fr', data, undefined)).to.equal(data);
  });
});

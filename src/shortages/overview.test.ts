import { expect } from '@open-wc/testing';
import { buildTimeline } from './model.js';
import { atcClasses, causes, closedShare, declarationsPerYear, measures, NO_MEASURE } from './overview.js';
import { declaration, mixedDeclarations, shortagesFile } from '../../test/helpers/shortages.js';

const AS_OF = { today: Date.parse('2020-11-30T00:00:00Z'), isToday: false };
const { provenance } = shortagesFile([]);
const items = buildTimeline(mixedDeclarations(), AS_OF).items;

describe('shortage overview: chart data', () => {
  it('counts declarations per report year, stacked by classification, each with its timeline colour', () => {
    const data = declarationsPerYear('fr', items, provenance);
    expect(data.stacked).to.be.true;
    expect(data.categories.map((c) => c.key)).to.deep.equal([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    expect(data.series.map((s) => [s.key, s.colour, s.total])).to.deep.equal([
      ['rupture', 0, 2],
      ['risk', 1, 1],
      ['discontinuation', 2, 1],
      ['other', 3, 1],
    ]);
    const row = (year: string) => data.categories.find((c) => c.key === year)!.values.map((v) => v.count);
    expect(row('2015')).to.deep.equal([1, 0, 0, 0]);
    expect(row('2019')).to.deep.equal([1, 0, 0, 0]);
    expect(row('2020')).to.deep.equal([0, 1, 0, 0]);
    expect(row('2014')).to.deep.equal([0, 0, 0, 0]);
    expect(data.notes).to.be.undefined;
  });

  it('counts declarations dated outside the data’s period apart, and says so', () => {
    const odd = buildTimeline(
      [declaration({ reported: '2006-05-01', start: '2006-05-01' }), declaration({ reported: '2016-01-01' })],
      AS_OF,
    ).items;
    const data = declarationsPerYear('fr', odd, provenance);
    expect(data.categories[0]!.label).to.equal('Avant 2014');
    expect(data.categories[0]!.values[0]!.count).to.equal(1);
    expect(data.notes).to.deep.equal([
      '1\u00a0déclaration datée hors de la période des données (1 janvier 2014 – 30 novembre 2020) est comptée à part.',
    ]);
  });

  it('gives the share of closed declarations', () => {
    const data = closedShare('fr', items);
    expect(data.categories.map((c) => [c.key, c.values[0]!.count, c.values[0]!.share])).to.deep.equal([
      ['closed', 3, 0.6],
      ['open', 2, 0.4],
    ]);
  });

  it('counts declarations and distinct products per ATC class, largest first, unknown last', () => {
    const data = atcClasses('fr', items);
    expect(data.categories.map((c) => [c.key, c.values[0]!.count, c.values[1]!.count])).to.deep.equal([
      ['J', 2, 2],
      ['N', 2, 1],
      ['-', 1, 1],
    ]);
    expect(data.categories[1]!.label).to.equal('N – Système nerveux');
    expect(data.series[1]!.role).to.equal('reference');
  });

  it('counts causes, "other" and "not given" last', () => {
    const data = causes('fr', items);
    expect(data.categories.map((c) => c.key)).to.deep.equal([
      'production-incident',
      'sales-increase',
      'other',
      'unspecified',
    ]);
    expect(data.categories[0]!.values[0]!.count).to.equal(2);
    expect(data.categories.at(-1)!.label).to.equal('Cause non renseignée');
  });

  it('counts measures, a declaration with several in each, those without any apart', () => {
    const data = measures('fr', [
      ...buildTimeline(
        [
          declaration({ measures: ['import', 'quantitative-quota'] }),
          declaration({ measures: ['import'] }),
          declaration(),
        ],
        AS_OF,
      ).items,
    ]);
    expect(data.categories.map((c) => [c.key, c.values[0]!.count])).to.deep.equal([
      ['import', 2],
      ['quantitative-quota', 1],
      [NO_MEASURE, 1],
    ]);
    expect(data.notes).to.deep.equal(['Une déclaration peut comporter plusieurs mesures.']);
  });
});

import { expect } from '@open-wc/testing';
import { DAY, referenceDate } from './dates.js';
import { shortageFigures } from './figures.js';
import { filterTimeline, isFiltered } from './filters.js';
import { buildTimeline, NO_ATC, NO_CAUSE } from './model.js';
import { shownRows } from './row-order.js';
import { declaration, mixedDeclarations, shortagesFile } from '../../test/helpers/shortages.js';
import { provenance } from '../../test/helpers/fixtures.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const AS_OF = { today: utc('2020-11-30'), isToday: false };

describe('shortage model: what "today" means', () => {
  const now = utc('2026-11-23') + 15 * 3_600_000;

  it('is the end of the data’s period, not the reader’s clock', () => {
    const reference = referenceDate(shortagesFile([]).provenance, undefined, now);
    expect(new Date(reference.today).toISOString().slice(0, 10)).to.equal('2020-11-30');
    expect(reference.isToday).to.be.false;
  });

  it('falls back on the generation date, and is never later than it or the clock', () => {
    const noPeriod = provenance({ period: undefined, generated: '2026-11-20T08:00:00Z' });
    expect(referenceDate(noPeriod, undefined, now).today).to.equal(utc('2026-11-20'));
    const future = provenance({
      period: { start: '2020-01-01', end: '2030-12-31' },
      generated: '2031-01-01',
    });
    const reference = referenceDate(future, undefined, now);
    expect(reference.today).to.equal(utc('2026-11-23'));
    expect(reference.isToday).to.be.true;
  });

  it('can be set explicitly (the `today` attribute)', () => {
    expect(referenceDate(undefined, '2019-06-30', now).today).to.equal(utc('2019-06-30'));
    expect(referenceDate(undefined, 'not a date', now).today).to.equal(utc('2026-11-23'));
  });
});

describe('shortage model: bars', () => {
  const timeline = buildTimeline(mixedDeclarations(), AS_OF);
  const item = (id: string) => timeline.items.find((i) => i.declaration.id === id)!;

  it('runs a closed declaration from its start to its end', () => {
    const a1 = item('A1');
    expect([a1.start, a1.end, a1.endKind, a1.days]).to.deep.equal([
      utc('2019-01-01'),
      utc('2019-03-01'),
      'end',
      59,
    ]);
    expect(a1.startKnown).to.be.true;
  });

  it('runs an open declaration to the reference date, its expected return kept apart', () => {
    const a2 = item('A2');
    expect(a2.endKind).to.equal('open');
    expect(a2.end).to.equal(AS_OF.today);
    expect(a2.expected).to.equal(utc('2021-02-01'));
    expect(a2.days).to.equal(Math.round((AS_OF.today - utc('2020-06-10')) / DAY));
    expect(item('C1').expected).to.be.undefined;
  });

  it('starts at the report date when no start is given, and leaves an unknown end unknown', () => {
    const b1 = item('B1');
    expect(b1.start).to.equal(utc('2016-02-01'));
    expect(b1.startKnown).to.be.false;
    expect(b1.endKind).to.equal('unknown');
    expect(b1.end).to.equal(b1.start);
    expect(b1.days).to.be.undefined;
    expect(b1.cause).to.equal(NO_CAUSE);
    expect(item('D1').atc1).to.equal(NO_ATC);
  });

  it('reads only real dates (leap years included) and ignores the others', () => {
    const [leap, notLeap, garbage] = buildTimeline(
      [
        declaration({ start: '2020-02-29', reported: '2020-03-01' }),
        declaration({ start: '2019-02-29', reported: '2019-03-01' }),
        declaration({ start: '2:19-01-01', reported: '2019-03-02' }),
      ],
      AS_OF,
    ).items;
    expect(leap!.start).to.equal(utc('2020-02-29'));
    expect([notLeap!.start, notLeap!.startKnown]).to.deep.equal([utc('2019-03-01'), false]);
    expect([garbage!.start, garbage!.startKnown]).to.deep.equal([utc('2019-03-02'), false]);
  });

  it('never draws an end before the start', () => {
    const [odd] = buildTimeline(
      [
        declaration({ start: '2019-05-01', end: '2019-04-01' }),
        declaration({ state: 'open', start: '2021-01-10', end: undefined }),
      ],
      AS_OF,
    ).items;
    expect(odd!.end).to.equal(odd!.start);
  });

  it('groups declarations by product (case and spacing ignored) and spans the whole period', () => {
    const t = buildTimeline(
      [
        declaration({ product: 'ALPHA  10 mg' }),
        declaration({ product: 'alpha 10 MG', start: '2014-02-03' }),
        declaration({ product: 'BETA' }),
      ],
      AS_OF,
    );
    expect(t.rows.map((r) => r.items.length)).to.deep.equal([2, 1]);
    expect(t.rows[0]!.items[0]!.start).to.equal(utc('2014-02-03'));
    expect(t.first).to.equal(utc('2014-02-03'));
    expect(t.last).to.equal(AS_OF.today);
    expect(timeline.last).to.equal(utc('2021-02-01'));
  });
});

describe('shortage model: filters and counts', () => {
  const timeline = buildTimeline(mixedDeclarations(), AS_OF);
  const ids = (filters: Parameters<typeof filterTimeline>[1]) =>
    filterTimeline(timeline, filters).items.map((i) => i.declaration.id);

  it('filters by classification, state, cause and ATC class', () => {
    expect(ids({})).to.deep.equal(['A1', 'A2', 'B1', 'C1', 'D1']);
    expect(ids({ classifications: ['rupture'] })).to.deep.equal(['A1', 'C1']);
    expect(ids({ states: ['open'] })).to.deep.equal(['A2', 'C1']);
    expect(ids({ cause: NO_CAUSE })).to.deep.equal(['B1']);
    expect(ids({ atc: 'J', states: ['closed'] })).to.deep.equal(['B1']);
    expect(ids({ classifications: [] })).to.deep.equal([]);
    expect(isFiltered({})).to.be.false;
    expect(isFiltered({ classifications: ['rupture', 'risk', 'discontinuation', 'other'] })).to.be.false;
    expect(isFiltered({ atc: 'J' })).to.be.true;
  });

  it('counts, for each value of a filter, what choosing it would show given the other filters', () => {
    const { counts } = filterTimeline(timeline, { states: ['open'], atc: 'J' });
    // Among the open declarations of class J: C1 only. Classification counts ignore no other filter.
    expect(Object.fromEntries(counts.classification)).to.deep.equal({ rupture: 1 });
    // State counts ignore the state filter: B1 (closed) and C1 (open) are in class J.
    expect(Object.fromEntries(counts.state)).to.deep.equal({ closed: 1, open: 1 });
    // ATC counts ignore the ATC filter: every open declaration.
    expect(Object.fromEntries(counts.atc)).to.deep.equal({ N: 1, J: 1 });
    expect(Object.fromEntries(counts.cause)).to.deep.equal({ other: 1 });
  });
});

describe('shortage model: rows and figures', () => {
  const timeline = buildTimeline(mixedDeclarations(), AS_OF);
  const products = (sort: Parameters<typeof shownRows>[2], items = timeline.items) =>
    shownRows(timeline, items, sort).map((r) => r.row.product);

  it('sorts products by latest declaration, longest declaration, count or name', () => {
    expect(products('recent')).to.deep.equal(['ALPHA 10 mg', 'delta 2 mg', 'BETA 5 mg', 'GAMMA 1 g']);
    // GAMMA is open since 2015; BETA’s end is unknown: last.
    expect(products('duration')).to.deep.equal(['GAMMA 1 g', 'ALPHA 10 mg', 'delta 2 mg', 'BETA 5 mg']);
    expect(products('count')[0]).to.equal('ALPHA 10 mg');
    expect(products('product')).to.deep.equal(['ALPHA 10 mg', 'BETA 5 mg', 'delta 2 mg', 'GAMMA 1 g']);
  });

  it('keeps the products in place when filters change: they only hide rows and bars', () => {
    // ALPHA is first by its open 2020 risk; without risks it stays first (its 2019 rupture shows).
    const { items } = filterTimeline(timeline, { classifications: ['rupture', 'discontinuation', 'other'] });
    expect(shownRows(timeline, items, 'recent').map((r) => r.row.product)).to.deep.equal([
      'ALPHA 10 mg',
      'delta 2 mg',
      'BETA 5 mg',
      'GAMMA 1 g',
    ]);
    expect(shownRows(timeline, items, 'recent')[0]!.items.map((i) => i.declaration.id)).to.deep.equal(['A1']);
  });

  it('shows only the rows and items that pass the filters', () => {
    const { items } = filterTimeline(timeline, { classifications: ['risk'] });
    const rows = shownRows(timeline, items, 'recent');
    expect(rows).to.have.length(1);
    expect(rows[0]!.items.map((i) => i.declaration.id)).to.deep.equal(['A2']);
  });

  it('sums up: declarations, open ones, products, period, the longest', () => {
    const figures = shortageFigures(timeline.items);
    expect(figures.declarations).to.equal(5);
    expect(figures.open).to.equal(2);
    expect(figures.products).to.equal(4);
    expect(figures.firstReported).to.equal(utc('2015-05-04'));
    expect(figures.lastReported).to.equal(utc('2020-06-01'));
    expect(figures.longest!.declaration.id).to.equal('C1');
    expect(figures.byClassification.get('rupture')).to.equal(2);
    expect(shortageFigures([]).longest).to.be.undefined;
  });
});

import { expect } from '@open-wc/testing';
import { approximateMeasure } from '../charts/text.js';
import { DAY } from './dates.js';
import {
  clampDomain,
  domainText,
  extentOf,
  MIN_SPAN,
  panDomain,
  revealDomain,
  rowWindow,
  timeAxis,
  xScale,
  zoomDomain,
} from './time-scale.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const measure = approximateMeasure(14);
const extent = extentOf(utc('2014-01-03'), utc('2020-11-30'));

describe('timeline time scale: zoom and pan', () => {
  it('spans from the first month to a little after the last date', () => {
    expect(extent.start).to.equal(utc('2014-01-01'));
    expect(extent.end).to.be.greaterThan(utc('2020-11-30') + 14 * DAY);
  });

  it('zooms around an anchor that stays in place, within limits', () => {
    const anchor = utc('2017-01-01');
    const zoomed = zoomDomain(extent, extent, 4, anchor);
    expect(zoomed.end - zoomed.start).to.be.closeTo((extent.end - extent.start) / 4, 1);
    const before = (anchor - extent.start) / (extent.end - extent.start);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).to.be.closeTo(before, 1e-9);
    // Never closer than three weeks, never further than everything.
    expect(zoomDomain(extent, extent, 1e6).end - zoomDomain(extent, extent, 1e6).start).to.equal(MIN_SPAN);
    expect(zoomDomain(zoomed, extent, 1e-6)).to.deep.equal(extent);
  });

  it('pans without leaving the extent', () => {
    const year = { start: utc('2016-01-01'), end: utc('2017-01-01') };
    expect(panDomain(year, extent, 30 * DAY).start).to.equal(utc('2016-01-31'));
    expect(panDomain(year, extent, -100 * 365 * DAY).start).to.equal(extent.start);
    expect(panDomain(year, extent, 100 * 365 * DAY).end).to.equal(extent.end);
    expect(
      clampDomain({ start: 0, end: 1 }, extent).end - clampDomain({ start: 0, end: 1 }, extent).start,
    ).to.equal(MIN_SPAN);
  });

  it('reveals a bar that is out of view with the smallest move', () => {
    const year = { start: utc('2016-01-01'), end: utc('2017-01-01') };
    expect(revealDomain(year, extent, utc('2016-03-01'), utc('2016-04-01'))).to.equal(year);
    const later = revealDomain(year, extent, utc('2017-02-01'), utc('2017-03-01'));
    expect(later.end).to.be.greaterThan(utc('2017-03-01'));
    expect(later.end - later.start).to.equal(year.end - year.start);
    const earlier = revealDomain(year, extent, utc('2015-06-01'), utc('2015-07-01'));
    expect(earlier.start).to.be.lessThan(utc('2015-06-01'));
  });

  it('places dates on the axis', () => {
    const x = xScale({ start: utc('2016-01-01'), end: utc('2016-01-11') }, 1000);
    expect(x(utc('2016-01-06'))).to.equal(500);
  });
});

describe('timeline time scale: ticks', () => {
  it('writes years for the whole period, months when zoomed, days when zoomed further', () => {
    const whole = timeAxis(extent, 800, 'fr', measure);
    expect(whole.granularity).to.equal('year');
    expect(whole.ticks.map((t) => t.label)).to.deep.equal([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);

    const year = timeAxis({ start: utc('2018-01-01'), end: utc('2019-01-01') }, 800, 'fr', measure);
    expect(year.granularity).to.equal('month');
    expect(year.ticks[0]!.label).to.equal('janv.');
    expect(year.ticks[0]!.sub).to.equal('2018');
    expect(year.ticks[1]!.sub).to.be.undefined;

    const month = timeAxis({ start: utc('2018-03-01'), end: utc('2018-04-01') }, 800, 'en', measure);
    expect(month.granularity).to.equal('day');
    expect(month.ticks.some((t) => /^\d+ Mar$/.test(t.label))).to.be.true;
  });

  it('keeps labels apart on a phone: fewer ticks, never overlapping', () => {
    for (const width of [280, 500, 1200]) {
      const axis = timeAxis(extent, width, 'fr', measure);
      for (let i = 1; i < axis.ticks.length; i++) {
        const gap = axis.ticks[i]!.x - axis.ticks[i - 1]!.x;
        expect(gap, `${width} px`).to.be.greaterThan(measure(axis.ticks[i - 1]!.label));
      }
    }
    expect(timeAxis(extent, 280, 'fr', measure).ticks.length).to.be.lessThan(7);
  });

  it('says which period is shown, in the page’s language', () => {
    expect(domainText('fr', { start: utc('2018-01-01'), end: utc('2019-12-31') })).to.equal(
      'janvier 2018 – décembre 2019',
    );
    expect(domainText('en', { start: utc('2018-01-01'), end: utc('2018-02-01') })).to.equal(
      '1 January 2018 – 1 February 2018',
    );
  });
});

describe('timeline windowing', () => {
  it('draws the visible rows and a few more, never beyond the list', () => {
    expect(rowWindow(0, 400, 40, 5000)).to.deep.equal({ first: 0, last: 14 });
    expect(rowWindow(4000, 400, 40, 5000)).to.deep.equal({ first: 96, last: 114 });
    expect(rowWindow(199_800, 400, 40, 5000)).to.deep.equal({ first: 4991, last: 5000 });
    expect(rowWindow(0, 400, 40, 3)).to.deep.equal({ first: 0, last: 3 });
  });
});

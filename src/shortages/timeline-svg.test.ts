import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { approximateMeasure } from '../charts/text.js';
import { buildTimeline } from './model.js';
import { shownRows } from './row-order.js';
import {
  barGeometry,
  fitText,
  rowMetrics,
  timelineAxisSvg,
  timelineRowsSvg,
  type TimelineLayout,
} from './timeline-svg.js';
import { extentOf, timeAxis } from './time-scale.js';
import { mixedDeclarations } from '../../test/helpers/shortages.js';

const AS_OF = { today: Date.parse('2020-11-30T00:00:00Z'), isToday: false };
const timeline = buildTimeline(mixedDeclarations(), AS_OF);
const measure = approximateMeasure(14);
const layout: TimelineLayout = {
  lang: 'fr',
  width: 600,
  fontSize: 14,
  measure,
  boldMeasure: measure,
  metrics: rowMetrics(14),
  domain: extentOf(timeline.first, timeline.last),
  today: timeline.today,
  idPrefix: 't',
  showSubstance: true,
};

describe('timeline drawing', () => {
  it('cuts long names with an ellipsis to the width', () => {
    expect(fitText('court', 100, measure)).to.equal('court');
    const cut = fitText('AMOXICILLINE/ACIDE CLAVULANIQUE BIOGARAN 100 mg/12,5 mg par mL', 150, measure);
    expect(cut.endsWith('…')).to.be.true;
    expect(measure(cut)).to.be.at.most(150);
  });

  it('places bars by date, never thinner than 2 px, clamped just outside the view', () => {
    const a1 = timeline.items[0]!;
    const g = barGeometry(a1, layout);
    expect(g.x1 - g.x0).to.be.greaterThan(2);
    const zoomed = { ...layout, domain: { start: Date.parse('2020-01-01'), end: Date.parse('2020-02-01') } };
    const c1 = barGeometry(timeline.items[3]!, zoomed);
    expect(c1.x0).to.equal(-40);
    expect(c1.x1).to.equal(640);
  });

  it('draws a list of named, positioned bars for the rows given, and an axis', () => {
    const rows = shownRows(timeline, timeline.items, 'product');
    const host = document.createElement('div');
    const axis = timeAxis(layout.domain, layout.width, 'fr', measure);
    render(
      timelineRowsSvg(
        rows.map((row, position) => ({ row, position })).slice(1, 3),
        rows.length,
        axis,
        layout,
        { id: 2, positionOf: (i) => i.index + 1, total: 5 },
        'Déclarations',
      ),
      host,
    );
    // As tall as the two rows drawn, moved down to the second row.
    const { rowHeight } = layout.metrics;
    expect(host.querySelector('svg')!.getAttribute('height')).to.equal(String(2 * rowHeight));
    expect(host.querySelector('svg')!.getAttribute('viewBox')).to.equal(
      `0 ${rowHeight} 600 ${2 * rowHeight}`,
    );
    expect(host.querySelector<SVGSVGElement>('svg')!.style.transform).to.equal(`translateY(${rowHeight}px)`);
    expect(host.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Déclarations');
    const marks = [...host.querySelectorAll('[role="listitem"]')];
    expect(marks.map((m) => m.getAttribute('data-id'))).to.deep.equal(['2', '4']);
    expect(marks[0]!.getAttribute('tabindex')).to.equal('0');
    expect(marks[1]!.getAttribute('aria-posinset')).to.equal('5');
    expect(host.querySelectorAll('.row')[0]!.getAttribute('transform')).to.equal(
      `translate(0 ${layout.metrics.rowHeight})`,
    );
    expect(host.querySelector('.row-label')!.textContent).to.equal('BETA 5 mg · betamol');
    // Every bar's target is at least 24 px wide.
    expect(Number(host.querySelector('.bar-mark .hit')!.getAttribute('width'))).to.be.at.least(24);
    render(timelineAxisSvg(axis, layout, 'Données au 30 nov. 2020'), host);
    expect(host.querySelector('.today-label')!.textContent).to.equal('Données au 30 nov. 2020');
    expect(host.querySelector('.today-label')!.getAttribute('text-anchor')).to.equal('end');
  });

  it('never lets two axis labels overlap, even when an edge pushes one inside', () => {
    const host = document.createElement('div');
    for (const width of [260, 300, 420, 800]) {
      const narrow = { ...layout, width };
      render(
        timelineAxisSvg(timeAxis(narrow.domain, width, 'fr', measure), narrow, 'Données au 30 nov. 2020'),
        host,
      );
      const boxes = [...host.querySelectorAll('.tick-label')].map((t) => {
        const x = Number(t.getAttribute('x'));
        const w = measure(t.textContent!);
        const anchor = t.getAttribute('text-anchor');
        const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
        return [left, left + w] as const;
      });
      expect(boxes.length, `${width} px`).to.be.greaterThan(1);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]![0], `${width} px`).to.be.at.least(boxes[i - 1]![1]);
      for (const [left, right] of boxes) expect(left >= 0 && right <= width, `${width} px`).to.be.true;
    }
  });
});

/**
 * The timeline's navigation and zoom, without the element: the pure keyboard navigation over a
 * small timeline, and the zoom controller on a stand-in host (what a key, a button, a drag or a wheel
 * does to the period shown).
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildTimeline, type Timeline } from '../../shortages/model.js';
import { shownRows } from '../../shortages/row-order.js';
import { declaration } from '../../../test/helpers/shortages.js';
import {
  keyAction,
  orderOf,
  PAN_STEP,
  readingPosition,
  shownPosition,
  ZOOM_STEP,
} from './timeline-navigation.js';
import { TimelineZoom } from './timeline-zoom.js';

const day = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Three products: ALPHA with two bars, BETA and GAMMA with one each. */
function timeline(): Timeline {
  return buildTimeline(
    [
      declaration({ id: 'A1', product: 'ALPHA', start: '2019-01-01', end: '2019-02-01' }),
      declaration({ id: 'A2', product: 'ALPHA', start: '2019-06-01', end: '2019-07-01' }),
      declaration({ id: 'B1', product: 'BETA', start: '2019-05-20', end: '2019-08-01' }),
      declaration({ id: 'C1', product: 'GAMMA', start: '2018-01-01', end: '2018-03-01' }),
    ],
    { today: utc('2020-01-01'), isToday: false },
  );
}

describe('timeline keyboard navigation (pure)', () => {
  const t = timeline();
  const rows = shownRows(t, t.items, 'product');
  const order = orderOf(rows, t.rows.length);
  const byId = (id: string) => t.items.find((i) => i.declaration.id === id)!;
  const act = (key: string, from: string, shift = false) => keyAction(key, shift, byId(from), rows, order, t);
  const movedTo = (key: string, from: string) => {
    const a = act(key, from);
    return a?.kind === 'move' ? a.item.declaration.id : a?.kind;
  };

  it('orders the bars by row, then in time', () => {
    expect(rows.map((r) => r.row.product)).to.deep.equal(['ALPHA', 'BETA', 'GAMMA']);
    expect(order.total).to.equal(4);
    expect(['A1', 'A2', 'B1', 'C1'].map((id) => readingPosition(rows, order, byId(id)))).to.deep.equal([
      1, 2, 3, 4,
    ]);
    expect(shownPosition(t, rows, order, byId('B1').index)).to.equal(1);
  });

  it('moves in reading order with the arrows, to the ends with Home and End', () => {
    expect(movedTo('ArrowRight', 'A1')).to.equal('A2');
    expect(movedTo('ArrowRight', 'A2')).to.equal('B1');
    expect(movedTo('ArrowLeft', 'B1')).to.equal('A2');
    expect(movedTo('ArrowLeft', 'A1')).to.equal('A1'); // clamped
    expect(movedTo('Home', 'C1')).to.equal('A1');
    expect(movedTo('End', 'A1')).to.equal('C1');
  });

  it('moves between rows to the bar nearest in time, ten rows with Page Up / Down', () => {
    expect(movedTo('ArrowDown', 'A2')).to.equal('B1');
    expect(movedTo('ArrowUp', 'B1')).to.equal('A2'); // June is nearer than January
    expect(movedTo('PageDown', 'A1')).to.equal('C1');
    expect(movedTo('PageUp', 'C1')).to.equal('A1');
  });

  it('pans with Shift + arrows, zooms with + - 0, opens with Enter, closes with Escape', () => {
    expect(act('ArrowRight', 'A1', true)).to.deep.equal({ kind: 'pan', fraction: PAN_STEP });
    expect(act('ArrowLeft', 'A1', true)).to.deep.equal({ kind: 'pan', fraction: -PAN_STEP });
    expect(act('+', 'A1')).to.deep.equal({ kind: 'zoom', factor: ZOOM_STEP });
    expect(act('-', 'A1')).to.deep.equal({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(act('0', 'A1')).to.deep.equal({ kind: 'reset' });
    expect(act('Enter', 'A1')).to.deep.equal({ kind: 'select', item: byId('A1') });
    expect(act(' ', 'A1')?.kind).to.equal('select');
    expect(act('Escape', 'A1')).to.deep.equal({ kind: 'escape' });
    expect(act('x', 'A1')).to.equal(undefined);
  });

  it('ignores a bar that a filter hides', () => {
    const some = shownRows(t, [byId('A1'), byId('B1')], 'product');
    const o = orderOf(some, t.rows.length);
    expect(keyAction('ArrowRight', false, byId('A2'), some, o, t)).to.equal(undefined);
    expect(keyAction('ArrowRight', false, byId('A1'), some, o, t)).to.deep.include({ kind: 'move' });
  });
});

describe('timeline zoom controller (no element)', () => {
  /** A stand-in for the element: counts update requests, holds the controllers. */
  function host() {
    const controllers: ReactiveController[] = [];
    const h = {
      updates: 0,
      addController: (c: ReactiveController) => controllers.push(c),
      removeController: () => undefined,
      requestUpdate: () => void h.updates++,
      updateComplete: Promise.resolve(true),
      disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
    };
    return h as typeof h & ReactiveControllerHost;
  }
  const t = timeline();
  const make = () => {
    const h = host();
    const announced: string[] = [];
    const zoom = new TimelineZoom(h, {
      timeline: () => t,
      width: () => 400,
      announce: (d) => announced.push(new Date(d.start).toISOString().slice(0, 10)),
    });
    return { h, zoom, announced };
  };
  const span = (d: { start: number; end: number } | undefined) => (d!.end - d!.start) / day;

  it('shows the whole period first, and pans a quarter at once', () => {
    const { h, zoom } = make();
    const whole = zoom.current()!;
    expect(whole).to.deep.equal(zoom.extent(t));
    zoom.zoomBy(2, whole.start); // animated: the end of the animation is what counts here
    zoom.set({ start: whole.start, end: whole.start + (whole.end - whole.start) / 2 });
    const before = zoom.current()!;
    zoom.pan(PAN_STEP);
    expect(zoom.current()!.start - before.start).to.be.closeTo((before.end - before.start) / 4, 1);
    expect(h.updates).to.be.greaterThan(0);
  });

  it('pans by dragging the width of the drawing, and a click right after it is not a selection', () => {
    const { zoom } = make();
    zoom.set({ start: utc('2019-01-01'), end: utc('2019-05-01') }); // 120 days on 400 px
    const plot = document.createElement('div');
    const handlers = {
      pointerdown: (e: PointerEvent) => zoom.pointerDown(e),
      pointermove: (e: PointerEvent) => zoom.pointerMove(e),
      pointerup: (e: PointerEvent) => zoom.pointerUp(e),
    };
    for (const [type, handler] of Object.entries(handlers))
      plot.addEventListener(type, (e) => handler(e as PointerEvent));
    const at = (type: keyof typeof handlers, clientX: number) =>
      plot.dispatchEvent(new PointerEvent(type, { clientX, pointerId: 1, pointerType: 'mouse', button: 0 }));
    const start = zoom.current()!.start;
    at('pointerdown', 300);
    expect(zoom.dragging).to.be.true;
    at('pointermove', 200); // 100 px to the left: 30 days later
    expect((zoom.current()!.start - start) / day).to.be.closeTo(30, 0.01);
    at('pointerup', 200);
    expect(zoom.dragging).to.be.false;
    expect(zoom.justDragged()).to.be.true;
  });

  it('zooms around the pointer with Ctrl + wheel, pans with a sideways wheel', () => {
    const { zoom } = make();
    zoom.set({ start: utc('2019-01-01'), end: utc('2019-05-01') });
    const plot = document.createElement('div');
    document.body.append(plot);
    plot.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:10px';
    const wheel = (init: WheelEventInit) => {
      plot.addEventListener('wheel', (e) => zoom.wheel(e as WheelEvent), { once: true });
      plot.dispatchEvent(new WheelEvent('wheel', { cancelable: true, ...init }));
    };
    const anchor = zoom.current()!.start + (100 / 400) * 120 * day;
    wheel({ ctrlKey: true, deltaY: -100, clientX: 100 });
    const zoomed = zoom.current()!;
    expect(span(zoomed)).to.be.lessThan(120);
    // The time under the pointer stays under it.
    expect(zoomed.start + (100 / 400) * (zoomed.end - zoomed.start)).to.be.closeTo(anchor, 1);
    const before = zoom.current()!.start;
    wheel({ deltaX: 40 });
    expect(zoom.current()!.start).to.be.greaterThan(before);
    plot.remove();
  });

  it('announces where a button or key goes, and goes back to the whole period', async () => {
    const { zoom, announced, h } = make();
    zoom.set({ start: utc('2019-01-01'), end: utc('2019-05-01') });
    zoom.reset();
    expect(announced).to.have.length(1);
    await new Promise((r) => setTimeout(r, 300)); // the 200 ms animation
    expect(zoom.current()).to.deep.equal(zoom.extent(t));
    zoom.clear();
    expect(zoom.current()).to.deep.equal(zoom.extent(t));
    h.disconnect();
  });
});

import { expect } from '@open-wc/testing';
import { markElement, markIndex, nextMark } from './chart-marks.js';

describe('chart marks (roving focus, no element)', () => {
  it('moves with the arrows, stopping at the ends, and to the ends with Home and End', () => {
    expect(nextMark('ArrowRight', 1, 3)).to.equal(2);
    expect(nextMark('ArrowDown', 2, 3)).to.equal(2);
    expect(nextMark('ArrowLeft', 1, 3)).to.equal(0);
    expect(nextMark('ArrowUp', 0, 3)).to.equal(0);
    expect(nextMark('Home', 2, 3)).to.equal(0);
    expect(nextMark('End', 0, 3)).to.equal(2);
  });

  it('leaves every other key to the element (Enter, space, Escape, Tab, letters)', () => {
    for (const key of ['Enter', ' ', 'Escape', 'Tab', 'a', 'PageDown'])
      expect(nextMark(key, 1, 3)).to.equal(undefined);
  });

  it('finds a mark by its index and the index of the mark an event came from', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<svg><g class="mark" data-index="0"><rect class="segment"></rect></g><g class="mark" data-index="1"></g></svg><p>x</p>';
    const second = root.querySelector('[data-index="1"]');
    expect(markElement(root, 1)).to.equal(second);
    expect(markElement(root, 7)).to.equal(null);
    expect(markIndex(root.querySelector('.segment'))).to.equal(0);
    expect(markIndex(root.querySelector('p'))).to.equal(undefined);
    expect(markIndex(null)).to.equal(undefined);
  });
});

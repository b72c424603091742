import { expect } from '@open-wc/testing';
import { bandScale, linearScale } from './scale.js';

describe('scales', () => {
  it('maps linearly, with round bounds and ticks when asked', () => {
    const x = linearScale([0, 200], [0, 100]);
    expect(x(50)).to.equal(25);
    const y = linearScale([0, 1873], [300, 0], 4);
    expect(y(0)).to.equal(300);
    expect(y(2000)).to.equal(0);
    expect(y.ticks(4)).to.deep.equal([0, 500, 1000, 1500, 2000]);
    expect(linearScale([0, 0], [0, 10])(5)).to.equal(0);
  });

  it('splits a range into equal bands like d3.scaleBand', () => {
    const b = bandScale(5, [0, 100], 0.25, 0.1);
    expect(b.step).to.be.closeTo(100 / (5 - 0.25 + 0.2), 1e-9);
    expect(b.x(0)).to.be.closeTo(b.step * 0.1, 1e-9);
    expect(b.x(4) + b.bandwidth + b.step * 0.1).to.be.closeTo(100, 1e-9);
  });
});

describe('ticks and nice bounds (d3-array’s algorithm)', () => {
  it('gives the same ticks as d3 on counts and shares', async () => {
    const d3 = await import('d3-array');
    const cases: [number, number, number][] = [
      [0, 1873, 4],
      [0, 17_509, 4],
      [0, 0.46, 4],
      [0, 0.0123, 4],
      [0, 9, 4],
      [0, 1, 5],
      [0, 366_335_009, 4],
    ];
    for (const [a, b, n] of cases) {
      const { ticks, nice } = await import('./scale.js');
      expect(ticks(a, b, n), `ticks ${a}…${b}`).to.deep.equal(d3.ticks(a, b, n));
      expect(nice(a, b, n), `nice ${a}…${b}`).to.deep.equal(d3.nice(a, b, n));
    }
  });
});

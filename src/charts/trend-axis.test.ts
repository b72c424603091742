import { expect } from '@open-wc/testing';
import { axisLabelPositions } from './trend-chart.js';

describe('trend chart: period labels under the columns', () => {
  const columns = (n: number, step: number, width: number) =>
    Array.from({ length: n }, (_, i) => ({ centre: step / 2 + i * step, width }));
  /** Every label inside [0, right], none closer than the gap to its neighbour. */
  const expectReadable = (shown: Map<number, number>, width: number, right: number) => {
    const xs = [...shown.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    for (const x of xs) {
      expect(x - width / 2).to.be.at.least(-1e-6);
      expect(x + width / 2).to.be.at.most(right + 1e-6);
    }
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).to.be.at.least(width + 4 - 1e-6);
  };

  it('labels every period when the labels fit, at the column centres', () => {
    const shown = axisLabelPositions(columns(5, 60, 30), 1, 300);
    expect([...shown.keys()].sort()).to.deep.equal([0, 1, 2, 3, 4]);
    expect(shown.get(2)).to.equal(150);
  });

  it('labels every n-th period back from the most recent one when they all fit', () => {
    const shown = axisLabelPositions(columns(9, 40, 60), 2, 360);
    expect([...shown.keys()].sort()).to.deep.equal([0, 2, 4, 6, 8]);
    expectReadable(shown, 60, 360);
  });

  it('keeps long labels inside the chart, the most recent one always, none touching', () => {
    // The last label is pushed left from 260 to 245: the one two periods before would touch it.
    const shown = axisLabelPositions(columns(7, 40, 70), 2, 280);
    expect(shown.get(6)).to.equal(245);
    expect(shown.has(4)).to.be.false;
    expect(shown.size).to.be.at.least(3);
    expectReadable(shown, 70, 280);
  });

  it('never overlaps, whatever the widths (200 seeded random layouts)', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let run = 0; run < 200; run++) {
      const n = 1 + Math.floor(random() * 30);
      const right = 120 + random() * 900;
      const step = right / n;
      // Any label narrower than the chart (a wider one cannot fit anywhere).
      const width = 10 + random() * (Math.min(right, 200) - 10);
      const every = Math.max(1, Math.ceil(width / Math.max(1, step - 4)));
      const shown = axisLabelPositions(columns(n, step, width), every, right);
      expect(shown.has(n - 1)).to.be.true;
      expectReadable(shown, width, right);
    }
  });
});

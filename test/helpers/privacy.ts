import { expect } from '@open-wc/testing';
import type { ChartData } from '../../src/charts/model.js';
import type { Block } from '../../src/adverse-effects/blocks.js';

/**
 * The privacy invariant on what a chart shows: no count between 1 and threshold − 1, no share of a
 * hidden count, and for a series that partitions a shown total, hidden cells that hold at least the
 * threshold together (so none can be recomputed from the total and the others).
 */
export function assertChartProtected(data: ChartData, where: string): void {
  const t = data.threshold;
  expect(t, `${where}: threshold`).to.be.at.least(11);
  const check = (categories: ChartData['categories'], path: string) => {
    for (const c of categories) {
      c.values.forEach((v, i) => {
        if (v.count !== null)
          expect(v.count === 0 || v.count >= t, `${path} ${c.label} [${i}] = ${v.count}`).to.be.true;
        else expect(v.share, `${path} ${c.label} [${i}] share of a hidden count`).to.be.undefined;
      });
      if (c.children) check(c.children, `${path} ${c.label} ›`);
    }
  };
  check(data.categories, where);
  data.series.forEach((s, i) => {
    if (s.total === null || s.total === undefined) return;
    const cells = data.categories.map((c) => c.values[i]!).filter((v) => !v.missing);
    if (!cells.some((v) => v.count === null)) return;
    const residual = s.total - cells.reduce((sum, v) => sum + (v.count ?? 0), 0);
    expect(residual, `${where} series ${s.label}: hidden cells together`).to.be.at.least(t);
  });
}

export function assertBlocksProtected(blocks: Block[], where: string): void {
  for (const block of blocks) {
    if (block.kind !== 'key-figures') assertChartProtected(block.data, `${where} / ${block.data.heading}`);
  }
}

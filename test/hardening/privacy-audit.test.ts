/**
 * Privacy audit on the tree built from all 1,425 real substances (../shared/data, built in the
 * browser by test/helpers/real-tree.ts). test/browser/real-profiles.test.ts checks the sections of
 * each single profile; this audit covers what it does not:
 * - the published files themselves (the invariant of test/helpers/privacy-invariant.ts);
 * - the compare view (each substance beside the next one, on shared scales);
 * - the medication-error blocks and the key figures;
 * - every export: the table, its CSV, the Vega-Lite specification, and the rows a partner's
 *   `<datamed-vega-chart>` gets for each named dataset.
 * Shown: a count is 0 or at least the threshold, a hidden count has no share, and the hidden cells
 * of a partition hold at least the threshold together (none can be recomputed from a total, the
 * other cells or a percentage). Skipped, saying so, without the data.
 */
import { expect } from '@open-wc/testing';
import loadHighs from 'highs';
import { auditFile } from '../../src/build/disclosure/audit.js';
import { chartTable } from '../../src/charts/chart-table.js';
import type { ChartData } from '../../src/charts/model.js';
import { chartSummary, type ChartKind } from '../../src/charts/summary.js';
import { isHiddenValue } from '../../src/charts/table.js';
import { vegaLiteSpec } from '../../src/charts/vega-lite.js';
import type { Block } from '../../src/adverse-effects/blocks.js';
import { PROFILE_SECTIONS, profileSections } from '../../src/adverse-effects/profile.js';
import { keyFiguresOf } from '../../src/adverse-effects/key-figures.js';
import { medErrorBlocks } from '../../src/adverse-effects/medication-errors.js';
import { DATASETS, datasetOf, datasetRows } from '../../src/adverse-effects/datasets.js';
import type { AdverseEffectsFile } from '../../src/data/contract.js';
import { shownCases } from '../../src/data/adverse-effects.js';
import { protectAdverseEffects } from '../../src/data/privacy.js';
import { validateAdverseEffects } from '../../src/data/validate.js';
import { toCsv } from '../../src/export/csv.js';
import { assertChartProtected } from '../helpers/privacy.js';
import { privacyViolations } from '../helpers/privacy-invariant.js';
import { realTree } from '../helpers/real-tree.js';
import { skipWithout } from '../helpers/shared-data.js';

const small = (n: number, t: number) => n > 0 && n < t;

/** The table, the CSV and the Vega-Lite spec of a chart show nothing the chart does not. */
function assertExportsProtected(data: ChartData, kind: ChartKind, where: string): number {
  const t = data.threshold;
  const table = chartTable('fr', data);
  const counts: number[] = [];
  for (const row of table.rows)
    for (const column of table.columns) {
      const value = row[column.key];
      if (column.kind === 'count' && typeof value === 'number') {
        expect(small(value, t), `${where} table ${column.label} = ${value}`).to.be.false;
        counts.push(value);
      }
      // A hidden count's share is hidden too (empty or « masqué », never a number): a percentage
      // times the total would give the count back.
      if (column.kind === 'ratio' && isHiddenValue(row[column.key.replace(/^s/, 'c')]))
        expect(
          value === null || isHiddenValue(value),
          `${where} share of a hidden count: ${JSON.stringify(value)}`,
        ).to.be.true;
    }
  // The CSV: its count cells are exactly the table's counts, hidden ones written « masqué ».
  const csv = toCsv(table, 'en').replace(/^\uFEFF/, '');
  const lines = csv
    .trim()
    .split('\r\n')
    .slice(1, 1 + table.rows.length);
  const csvCounts = lines.flatMap((line) => {
    const cells = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    return table.columns.flatMap((c, i) =>
      c.kind === 'count' && /^\d+$/.test(cells[i] ?? '') ? [Number(cells[i])] : [],
    );
  });
  expect(csvCounts, `${where} CSV counts`).to.deep.equal(counts);
  // The Vega-Lite spec's inline data.
  const spec = vegaLiteSpec('en', data, kind, chartSummary('en', data, kind)) as {
    data: { values: { count: number | null; share: number | null }[] };
  };
  for (const v of spec.data.values) {
    if (v.count === null) expect(v.share, `${where} spec share of a hidden count`).to.equal(null);
    else expect(small(v.count, t), `${where} spec count ${v.count}`).to.be.false;
  }
  return 1 + 1 + spec.data.values.length;
}

function auditBlocks(blocks: Block[], where: string, tally: { charts: number; exported: number }): void {
  for (const block of blocks) {
    if (block.kind === 'key-figures') continue;
    const at = `${where} / ${block.data.heading}`;
    assertChartProtected(block.data, at);
    tally.exported += assertExportsProtected(block.data, block.kind, at);
    tally.charts++;
  }
}

describe('hardening: privacy audit on the 1,425 real substances', function () {
  this.timeout(600_000);
  let files: AdverseEffectsFile[] = [];
  let published: AdverseEffectsFile[] = [];

  before(async () => {
    const tree = await realTree();
    if (!tree) return;
    published = [...tree]
      .filter(([path]) => path.startsWith('substances/'))
      .map(([path, text]) => validateAdverseEffects(JSON.parse(text), path));
    // What the widgets show: the files as they protect them again in the browser.
    files = published.map((file) => protectAdverseEffects(file));
  });

  it('what the widgets show is what the disclosure audit passed: no hidden count recomputable', async function () {
    skipWithout(this, files.length ? true : undefined, 'ansm-adverse-effects-2014-2018');
    // The browser's rule hides nothing more in audited files (so nothing differs from what was audited)…
    files.forEach((file, i) => expect(file, file.substance.code).to.deep.equal(published[i]));
    // …and a reader's linear programme, run here on what the widgets show, pins no hidden count.
    const highs = await loadHighs();
    const rules = { threshold: 11, sourceRowMinimum: 10, partitionsAddUp: true, protectionWidth: 5 };
    const unknown = () => ({ lower: 0, upper: Infinity });
    let hidden = 0;
    const exact: string[] = [];
    for (const file of files)
      for (const cell of auditFile(file, unknown, rules, highs).cells) {
        hidden++;
        if (cell.range.lower === cell.range.upper) exact.push(`${file.substance.code} ${cell.path}`);
      }
    console.log(`disclosure audit of what the widgets show: ${hidden} hidden counts, ${exact.length} pinned`);
    expect(exact.slice(0, 10)).to.deep.equal([]);
    expect(hidden).to.be.greaterThan(30_000);
  });

  it('the published files: nothing small, nothing recomputable', function () {
    skipWithout(this, files.length ? true : undefined, 'ansm-adverse-effects-2014-2018');
    expect(files).to.have.length(1_425);
    const violations = files.flatMap(privacyViolations);
    expect(violations.slice(0, 10), `${violations.length} violations`).to.deep.equal([]);
  });

  it('the key figures, and the medication-error blocks with their exports (none in the real tables)', function () {
    skipWithout(this, files.length ? true : undefined, 'ansm-adverse-effects-2014-2018');
    const tally = { charts: 0, exported: 0 };
    for (const file of files) {
      const t = file.provenance.threshold;
      const cases = shownCases(file);
      if (cases !== undefined)
        expect(small(cases, t), `${file.substance.code} key figure ${cases}`).to.be.false;
      // The figures as written: the first one is the number of cases, or nothing.
      const first = keyFiguresOf(file, 'en').figures[0];
      if (first && cases !== undefined) expect(first.value.replace(/\D/g, '')).to.equal(String(cases));
      auditBlocks(medErrorBlocks(file, 'fr'), `${file.substance.code} medication errors`, tally);
    }
    console.log(`medication errors: ${tally.charts} charts, ${tally.exported} exported items checked`);
  });

  it('every section of the compare view (each substance beside the next), with its exports', function () {
    skipWithout(this, files.length ? true : undefined, 'ansm-adverse-effects-2014-2018');
    const tally = { charts: 0, exported: 0 };
    const started = performance.now();
    files.forEach((file, i) => {
      const other = files[(i + 1) % files.length]!;
      for (const section of profileSections([file, other], 'fr', PROFILE_SECTIONS))
        auditBlocks(
          section.blocks,
          `${file.substance.code} vs ${other.substance.code} ${section.key}`,
          tally,
        );
    });
    console.log(
      `compare view: ${files.length} pairs, ${tally.charts} charts, ${tally.exported} exported items checked ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(tally.charts).to.be.greaterThan(files.length);
  });

  it('the exports of every single profile, and the Vega datasets partners can draw', function () {
    skipWithout(this, files.length ? true : undefined, 'ansm-adverse-effects-2014-2018');
    const tally = { charts: 0, exported: 0 };
    let rows = 0;
    for (const file of files) {
      for (const section of profileSections([file], 'en', PROFILE_SECTIONS))
        auditBlocks(section.blocks, `${file.substance.code} ${section.key}`, tally);
      for (const name of DATASETS) {
        const data = datasetOf(name, file, 'fr');
        if (!data) continue;
        for (const row of datasetRows('fr', data)) {
          rows++;
          if (row.count === null) expect(row.share, `${file.substance.code} ${name} share`).to.equal(null);
          else
            expect(small(row.count, data.threshold), `${file.substance.code} ${name} ${row.count}`).to.be
              .false;
        }
      }
    }
    console.log(
      `single profiles: ${tally.charts} charts, ${tally.exported} exported items, ${rows} Vega dataset rows checked`,
    );
  });
});

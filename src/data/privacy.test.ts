import { expect } from '@open-wc/testing';
import { countHidden, isHidden, protectAdverseEffects, suppressPartition, suppressSmall } from './privacy.js';
import type { AdverseEffectsFile, Cell } from './contract.js';
import { aeFile, provenance } from '../../test/helpers/fixtures.js';

const T = 11;
const cells = (...counts: number[]): Cell[] => counts.map((count) => ({ count }));
const shown = (cs: Cell[]) => cs.map((c) => c.count);

/** The invariant: nothing small is shown, and the hidden cells of a partition hold ≥ T together. */
export function assertProtected(cs: Cell[], total: number | undefined, threshold = T): void {
  for (const c of cs) {
    if (!isHidden(c)) expect(c.count === 0 || c.count! >= threshold, `shown count ${c.count}`).to.be.true;
  }
  // A total below the threshold is itself hidden by the caller (see protectAdverseEffects).
  if (total === undefined || total < threshold) return;
  const residual = total - cs.reduce((s, c) => s + (c.count ?? 0), 0);
  if (cs.some(isHidden)) expect(residual, 'residual of the hidden cells').to.be.at.least(threshold);
}

describe('privacy: primary suppression', () => {
  it('hides 1…10, keeps 0 and ≥ 11', () => {
    expect(suppressSmall({ count: 10 }, T)).to.deep.equal({ count: null, suppressed: true });
    expect(suppressSmall({ count: 1 }, T)).to.deep.equal({ count: null, suppressed: true });
    expect(suppressSmall({ count: 0 }, T)).to.deep.equal({ count: 0 });
    expect(suppressSmall({ count: 11 }, T)).to.deep.equal({ count: 11 });
  });
});

describe('privacy: secondary suppression', () => {
  it('hides a second cell so the first cannot be recomputed from the total', () => {
    // 942 − 317 would give the hidden 4 back.
    const out = suppressPartition(cells(4, 317, 621), 942, T);
    expect(shown(out)).to.deep.equal([null, null, 621]);
    assertProtected(out, 942);
  });

  it('keeps hiding until the hidden cells hold at least the threshold', () => {
    const out = suppressPartition(cells(3, 4, 2, 500), 509, T);
    assertProtected(out, 509);
    expect(out[3]!.count).to.equal(null);
  });

  it('does nothing more when no cell is small', () => {
    expect(shown(suppressPartition(cells(20, 30), 50, T))).to.deep.equal([20, 30]);
  });

  it('treats an incomplete partition correctly (the missing rest pads the residual)', () => {
    // Cells sum to 40 of 60: the hidden 5 hides among 25 unexplained cases already.
    const out = suppressPartition(cells(5, 35), 60, T);
    expect(shown(out)).to.deep.equal([null, 35]);
    assertProtected(out, 60);
  });

  it('holds on 5,000 random partitions', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 5_000; run++) {
      const n = 2 + Math.floor(random() * 8);
      const counts = Array.from({ length: n }, () =>
        random() < 0.4 ? Math.floor(random() * 12) : Math.floor(random() * 400),
      );
      const total = counts.reduce((a, b) => a + b, 0) + (random() < 0.3 ? Math.floor(random() * 30) : 0);
      assertProtected(suppressPartition(cells(...counts), total, T), total);
    }
  });
});

describe('privacy: whole adverse-effect files', () => {
  it('applies the rule to every section', () => {
    const file = protectAdverseEffects(
      aeFile({
        sex: [
          { key: 'female', count: 937 },
          { key: 'male', count: 3 },
          { key: 'unknown', count: 2 },
        ],
      }),
    );
    assertProtected(file.sex!, 942);
    expect(file.sex!.map((c) => c.count)).to.deep.equal([null, null, null]);
    // Organ classes overlap: only the small class is hidden.
    expect(file.organClasses!.items.map((c) => c.count)).to.deep.equal([310, 205, null]);
    assertProtected(file.age!, 942);
  });

  it('never lowers the threshold below 11, whatever the file says', () => {
    const file = protectAdverseEffects(
      aeFile({ provenance: provenance({ threshold: 5 }), cases: { count: 8 } }),
    );
    expect(file.provenance.threshold).to.equal(11);
    expect(file.cases!.count).to.equal(null);
  });

  it('raises the threshold when the file asks for more', () => {
    const file = protectAdverseEffects(aeFile({ provenance: provenance({ threshold: 25 }) }));
    expect(file.age![0]!.count).to.equal(null);
    assertProtected(file.age!, 942, 25);
  });

  it('hides every case count when the total is too small', () => {
    const file: AdverseEffectsFile = protectAdverseEffects(
      aeFile({
        cases: { count: 9 },
        sex: [
          { key: 'female', count: 5 },
          { key: 'male', count: 4 },
        ],
        age: undefined,
        years: undefined,
        organClasses: undefined,
      }),
    );
    expect(file.cases!.count).to.equal(null);
    expect(file.sex!.every(isHidden)).to.be.true;
    expect(countHidden(file)).to.equal(3);
  });

  it('protects the demo data as shipped', async () => {
    const index = await (await fetch('/demo-data/index.json')).json();
    for (const { code } of index.substances as { code: string }[]) {
      const raw = (await (await fetch(`/demo-data/substances/${code}.json`)).json()) as AdverseEffectsFile;
      const total = raw.cases && !isHidden(raw.cases) ? raw.cases.count! : undefined;
      for (const part of [raw.sex, raw.age, raw.years, raw.seriousness, raw.reporters])
        if (part) assertProtected(part, total);
      // Already protected: applying the rule again changes nothing.
      expect(protectAdverseEffects(raw)).to.deep.equal(raw);
    }
  });
});

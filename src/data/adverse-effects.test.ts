import { expect } from '@open-wc/testing';
import { reportingRate, usageLevel } from './adverse-effects.js';
import { usageLevelOf } from './vocabulary.js';
import { aeFile, provenance } from '../../test/helpers/fixtures.js';

describe('key figures of a substance', () => {
  it('gives the reporting rate per 100,000 patient-years (abacavir: 942 cases, 152,380 py ≈ 618)', () => {
    expect(reportingRate(aeFile())).to.be.closeTo(618.2, 0.1);
  });

  it('gives no reporting rate below the threshold, above the patients, or without patients', () => {
    const patients = { patientYears: { count: 100_000 } };
    expect(reportingRate(aeFile({ cases: { count: 11 }, patients }))).to.equal(11);
    expect(reportingRate(aeFile({ cases: { count: 10 }, patients }))).to.equal(undefined);
    // A file with a higher threshold of its own is held to it.
    const strict = aeFile({ cases: { count: 15 }, patients, provenance: provenance({ threshold: 20 }) });
    expect(reportingRate(strict)).to.equal(undefined);
    expect(
      reportingRate(aeFile({ cases: { count: 50 }, patients: { patientYears: { count: 40 } } })),
    ).to.equal(undefined);
    expect(reportingRate(aeFile({ cases: { count: 50 }, patients: undefined }))).to.equal(undefined);
    expect(reportingRate(aeFile({ cases: { count: null, suppressed: true }, patients }))).to.equal(undefined);
  });

  // ../shared/reference/adverse-effects-vocabulary.md: < 3,000 very low, < 20,000 low, < 100,000
  // moderate, < 600,000 high, ≥ 600,000 very high (average treated patients per year).
  it('places the usage level at DataMed’s bounds, each bound in the level above', () => {
    const at = (n: number) => usageLevelOf(n);
    expect([0, 2_999, 3_000, 19_999, 20_000, 99_999, 100_000, 599_999, 600_000, 5e7].map(at)).to.deep.equal([
      'very-low',
      'very-low',
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
      'very-high',
      'very-high',
    ]);
  });

  it('derives the usage level from the yearly average when the file does not give it', () => {
    // 5 years (2014–2018): 500,000 patient-years are 100,000 a year, the lowest "high".
    const file = aeFile({ patients: { patientYears: { count: 500_000 } } });
    expect(usageLevel(file)).to.equal('high');
    expect(usageLevel(aeFile({ patients: { patientYears: { count: 499_995 } } }))).to.equal('moderate');
    expect(
      usageLevel(aeFile({ patients: { patientYears: { count: 10 }, usageLevel: 'very-high' } })),
    ).to.equal('very-high');
  });
});

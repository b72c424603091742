import type { AdverseEffectsFile, Provenance } from '../../data/contract.js';
import { patientsPerYear, reportingRate, shownCases } from '../../data/adverse-effects.js';
import { usageLevel } from '../../data/adverse-effects.js';
import { formatNumber, formatPeriod } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/locale.js';
import { t } from '../../i18n/messages.js';
import { USAGE_LEVELS } from '../../data/vocabulary.js';

/** One figure of a key-figure box: already formatted text. */
export interface KeyFigure {
  label: string;
  value: string;
  detail?: string;
}

/** What `<datamed-key-figure>` shows through its `.data` property. */
export interface KeyFiguresData {
  heading?: string;
  figures: KeyFigure[];
  provenance?: Provenance;
}

/** The key figures of a substance: cases over the period, reporting rate, usage level. */
export function keyFiguresOf(file: AdverseEffectsFile, lang: Lang): KeyFiguresData {
  const figures: KeyFigure[] = [];
  const cases = shownCases(file);
  const period = file.provenance.period;
  if (cases !== undefined) {
    figures.push({
      label: t(lang, 'keyFigureCases'),
      value: formatNumber(lang, cases),
      ...(period
        ? { detail: t(lang, 'casesOverPeriod', { period: formatPeriod(lang, period.start, period.end) }) }
        : {}),
    });
  }
  const rate = reportingRate(file);
  if (file.patients) {
    figures.push(
      rate === undefined
        ? { label: t(lang, 'keyFigureRate'), value: '–', detail: t(lang, 'rateUnavailable') }
        : {
            label: t(lang, 'keyFigureRate'),
            value: formatNumber(lang, rate, rate < 10 ? 1 : 0),
            detail: t(lang, 'rateUnit'),
          },
    );
  }
  const level = usageLevel(file);
  if (level) {
    const perYear = patientsPerYear(file);
    figures.push({
      label: t(lang, 'keyFigureUsage'),
      value: pick(lang, USAGE_LEVELS.find((l) => l.key === level)?.label),
      ...(perYear !== undefined
        ? { detail: t(lang, 'usageDetail', { patients: formatNumber(lang, perYear) }) }
        : {}),
    });
  }
  return {
    heading: t(lang, 'keyFiguresHeading', { name: pick(lang, file.substance.name) }),
    figures,
    provenance: file.provenance,
  };
}

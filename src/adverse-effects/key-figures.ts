import type { AdverseEffectsFile, Provenance } from '../data/contract.js';
import { patientsPerYear, reportingRate, shownCases } from '../data/adverse-effects.js';
import { usageLevel } from '../data/adverse-effects.js';
import { formatNumber, formatPeriod } from '../i18n/format.js';
import { pick, type Lang } from '../i18n/locale.js';
import { t, useMessages } from '../i18n/messages.js';
import { USAGE_LEVELS } from '../data/vocabulary.js';
import { VOCABULARY_ENGLISH } from '../i18n/vocabulary-english.js';

// The usage levels' English labels come with the page's English messages.
useMessages(VOCABULARY_ENGLISH);
import { DatamedError } from '../data/errors.js';
import { cleanText } from '../data/text.js';
import { validateProvenance } from '../data/validate.js';

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
      // An all-medicines sum of substance files counts a case once per substance: say so.
      label: t(lang, file.counting === 'substance-sums' ? 'keyFigureSubstanceCases' : 'keyFigureCases'),
      value: formatNumber(lang, cases),
      ...(period
        ? { detail: t(lang, 'casesOverPeriod', { period: formatPeriod(lang, period.start, period.end) }) }
        : {}),
    });
  }
  const rate = reportingRate(file);
  // All medicines: a reporting rate (and a usage level) would mean nothing.
  if (file.scope === 'all')
    return { heading: t(lang, 'keyFiguresHeadingAll'), figures, provenance: file.provenance };
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

/**
 * Checks the `.data` a page gives: figures are shown as given, so they must at least be texts
 * (a page can hand over anything). Throws a DatamedError naming the field.
 */
export function checkKeyFiguresData(data: unknown): KeyFiguresData {
  const fail = (field: string, expected: string): never => {
    throw new DatamedError('invalid', `.data: ${field}: type`, {
      url: '.data',
      field,
      rule: 'type',
      expected,
    });
  };
  const isText = (v: unknown) => typeof v === 'string' && v.length <= 1_000;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('', 'object');
  const d = data as Record<string, unknown>;
  if (d.heading !== undefined && !isText(d.heading)) fail('heading', 'string');
  if (!Array.isArray(d.figures) || d.figures.length > 100) fail('figures', 'array (≤ 100)');
  (d.figures as unknown[]).forEach((f, i) => {
    const o = (typeof f === 'object' && f !== null ? f : fail(`figures[${i}]`, 'object')) as Record<
      string,
      unknown
    >;
    if (!isText(o.label)) fail(`figures[${i}].label`, 'string');
    if (!isText(o.value)) fail(`figures[${i}].value`, 'string');
    if (o.detail !== undefined && !isText(o.detail)) fail(`figures[${i}].detail`, 'string');
  });
  if (d.provenance !== undefined) validateProvenance(d.provenance);
  // Texts cleaned of bidi controls and zero-width characters, as in a loaded file (data/text.ts).
  const figures = data as KeyFiguresData;
  return {
    ...figures,
    ...(figures.heading === undefined ? {} : { heading: cleanText(figures.heading) }),
    figures: figures.figures.map((f) => ({
      ...f,
      label: cleanText(f.label),
      value: cleanText(f.value),
      ...(f.detail === undefined ? {} : { detail: cleanText(f.detail) }),
    })),
  };
}

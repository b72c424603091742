import type { KeyFigureMessages } from './key-figure.js';

/** English keyFigure messages, loaded on demand. */
const en: KeyFigureMessages = {
  keyFiguresHeading: (p) => `Key figures: ${p.name}`,
  keyFiguresDefaultHeading: 'Key figures',
  keyFiguresHeadingAll: 'Key figures: all medicines',
  keyFigureCases: 'Reported cases',
  keyFigureSubstanceCases: 'Reported cases, counted per substance',
  substanceSumsNote:
    'Figures obtained by adding up those published for each substance: a case involving several substances counts once for each; hidden counts are not included.',
  casesOverPeriod: (p) => `over ${p.period}`,
  keyFigureRate: 'Reporting rate',
  rateUnit: 'cases per 100,000 treated patients per year',
  rateUnavailable: 'Not computed: too few cases or treated patients unknown.',
  keyFigureUsage: 'Use of the medicine',
  usageDetail: (p) => `${p.patients} patients treated per year on average`,
};

export default en;

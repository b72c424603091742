import type { KeyFigureMessages } from './key-figure.js';

/** English keyFigure messages, loaded on demand. */
const en: KeyFigureMessages = {
  keyFiguresHeading: (p) => `Key figures: ${p.name}`,
  keyFiguresDefaultHeading: 'Key figures',
  keyFigureCases: 'Reported cases',
  casesOverPeriod: (p) => `over ${p.period}`,
  keyFigureRate: 'Reporting rate',
  rateUnit: 'cases per 100,000 treated patients per year',
  rateUnavailable: 'Not computed: too few cases or treated patients unknown.',
  keyFigureUsage: 'Use of the medicine',
  usageDetail: (p) => `${p.patients} patients treated per year on average`,
};

export default en;

/** Messages of the key figures (datamed-key-figure, and the first section of the profile). */
const fr = {
  keyFiguresHeading: (p: { name: string }) => `Chiffres clés : ${p.name}`,
  keyFiguresDefaultHeading: 'Chiffres clés',
  keyFigureCases: 'Cas déclarés',
  casesOverPeriod: (p: { period: string }) => `sur la période ${p.period}`,
  keyFigureRate: 'Taux de déclaration',
  rateUnit: 'cas pour 100 000 patients traités par an',
  rateUnavailable: 'Non calculé : trop peu de cas ou patients traités inconnus.',
  keyFigureUsage: 'Utilisation du médicament',
  usageDetail: (p: { patients: string }) => `${p.patients} patients traités en moyenne par an`,
};

const en: typeof fr = {
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

export const keyFigure = { fr, en };

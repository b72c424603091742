/** Messages of the key figures (datamed-key-figure, and the first section of the profile). */
const fr = {
  keyFiguresHeading: (p: { name: string }) => `Chiffres clés : ${p.name}`,
  keyFiguresDefaultHeading: 'Chiffres clés',
  keyFiguresHeadingAll: 'Chiffres clés : tous les médicaments',
  keyFigureCases: 'Cas déclarés',
  keyFigureSubstanceCases: 'Cas déclarés, comptés par substance',
  substanceSumsNote:
    'Chiffres obtenus en additionnant ceux publiés pour chaque substance : un cas qui met en cause plusieurs substances compte une fois pour chacune ; les effectifs masqués n’y sont pas comptés.',
  casesOverPeriod: (p: { period: string }) => `sur la période ${p.period}`,
  keyFigureRate: 'Taux de déclaration',
  rateUnit: 'cas pour 100 000 patients traités par an',
  rateUnavailable: 'Non calculé : trop peu de cas ou patients traités inconnus.',
  keyFigureUsage: 'Utilisation du médicament',
  usageDetail: (p: { patients: string }) => `${p.patients} patients traités en moyenne par an`,
};

/** The keyFigure messages' shape: the English table (`key-figure.en.ts`) has the same keys. */
export type KeyFigureMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const keyFigure = { fr, en: () => import('./key-figure.en.js').then((m) => m.default) };

/** Messages of <datamed-med-errors>. */
const fr = {
  medErrorsHeading: (p: { name: string }) => `Erreurs médicamenteuses : ${p.name}`,
  medErrorsDefaultHeading: 'Erreurs médicamenteuses',
  medErrorsNone: 'Aucune donnée d’erreur médicamenteuse n’est publiée pour ce médicament.',
  medErrorsIntro:
    'Une erreur médicamenteuse est une erreur dans le circuit du médicament (prescription, délivrance, administration…). Elle n’entraîne pas toujours d’effet indésirable.',
  medErrorsTotal: (p: { count: string }) => `${p.count} erreurs médicamenteuses déclarées.`,
  sectionMedEffect: 'Avec ou sans effet indésirable',
  captionMedEffect: 'Erreurs médicamenteuses avec et sans effet indésirable',
  sectionMedPopulation: 'Population concernée',
  captionMedPopulation: 'Erreurs médicamenteuses par population',
  sectionMedStep: 'Étape de survenue',
  captionMedStep: 'Erreurs médicamenteuses par étape du circuit du médicament',
  sectionMedNature: 'Nature de l’erreur',
  captionMedNature: 'Erreurs médicamenteuses par nature (une erreur peut en avoir plusieurs)',
  unitError: 'erreur',
  unitErrors: 'erreurs',
};

/** The medErrors messages' shape: the English table (`med-errors.en.ts`) has the same keys. */
export type MedErrorsMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const medErrors = { fr, en: () => import('./med-errors.en.js').then((m) => m.default) };

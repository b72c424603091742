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

const en: typeof fr = {
  medErrorsHeading: (p) => `Medication errors: ${p.name}`,
  medErrorsDefaultHeading: 'Medication errors',
  medErrorsNone: 'No medication-error data are published for this medicine.',
  medErrorsIntro:
    'A medication error is an error in the medicine’s use chain (prescribing, dispensing, administration…). It does not always cause an adverse effect.',
  medErrorsTotal: (p) => `${p.count} medication errors reported.`,
  sectionMedEffect: 'With or without an adverse effect',
  captionMedEffect: 'Medication errors with and without an adverse effect',
  sectionMedPopulation: 'Population concerned',
  captionMedPopulation: 'Medication errors by population',
  sectionMedStep: 'Step where the error occurred',
  captionMedStep: 'Medication errors by step of the medicine use chain',
  sectionMedNature: 'Nature of the error',
  captionMedNature: 'Medication errors by nature (an error may have several)',
  unitError: 'error',
  unitErrors: 'errors',
};

export const medErrors = { fr, en };

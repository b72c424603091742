import type { MedErrorsMessages } from './med-errors.js';

/** English medErrors messages, loaded on demand. */
const en: MedErrorsMessages = {
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

export default en;

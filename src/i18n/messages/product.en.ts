import type { ProductMessages } from './product.js';

/** English product messages, loaded on demand. */
const en: ProductMessages = {
  productDefaultHeading: 'Medicine',
  productMissingCis: 'Give a medicine with the “cis” attribute (its 8-digit CIS code).',
  productSectionDescription: 'Description',
  productSectionAvailability: 'Availability today',
  productSectionPatients: 'Treated patients',
  productSectionProfile: 'Reported adverse effects',
  productSectionMedErrors: 'Medication errors',
  productSectionShortages: 'History of shortages and shortage risks',
  productSubstances: 'Active substances',
  productSubstance: 'Active substance',
  productDosage: (p) => `${p.dosage} per ${p.reference}`,
  productAtc: 'Therapeutic class (ATC)',
  productLaboratory: 'Laboratory',
  productForm: 'Form',
  productRoutes: 'Route of administration',
  productBdpm: 'See its page in the public medicines database',
  productUsage: 'Usage level',
  productPatientYears: 'Treated patients, years added up',
  productPatientYearsDetail:
    'Sum over the period of the number of patients treated each year (Open Medic): a patient treated for three years counts three times.',
  productPatientsNone: 'No treated-patient data are published for this medicine.',
  productNoAeData: (p) => `No adverse-effect data are published for ${p.name}.`,
  productShortagesCount: 'Shortage or risk declarations',
  productShortagesOpen: (p) => `${p.count} of them ongoing`,
};

export default en;

/**
 * English labels of the adverse-effect vocabularies of vocabulary.ts. A chunk of its own: French
 * pages never load it. `VOCABULARY_ENGLISH` (src/i18n/vocabulary-english.ts) loads it with the page's other English
 * messages, and `applyEnglish` gives each label object its `en`, which `pick()` then finds.
 */
import type { Localized } from './contract.js';
import { ORGAN_CLASS_ENGLISH } from './organ-classes.en.js';
import {
  MEDICATION_ERROR_LABELS,
  ORGAN_CLASSES,
  REPORTER_LABELS,
  SERIOUSNESS_CRITERIA_LABELS,
  SERIOUSNESS_LABELS,
  SEX_LABELS,
  USAGE_LEVELS,
} from './vocabulary.js';

type English = Readonly<Record<string, string>>;

const ENGLISH: [Readonly<Record<string, Localized>>, English][] = [
  [SEX_LABELS, { female: 'Women', male: 'Men', unknown: 'Sex unknown' }],
  [SERIOUSNESS_LABELS, { serious: 'Serious', 'non-serious': 'Non-serious', unknown: 'Seriousness unknown' }],
  [
    SERIOUSNESS_CRITERIA_LABELS,
    {
      death: 'Death',
      'life-threatening': 'Life-threatening',
      hospitalisation: 'Hospitalisation',
      disability: 'Disability or incapacity',
      'congenital-anomaly': 'Congenital anomaly',
      'other-serious': 'Other medically important condition',
    },
  ],
  [
    REPORTER_LABELS,
    {
      'general-practitioner': 'General practitioner',
      specialist: 'Specialist physician',
      physician: 'Physician',
      pharmacist: 'Pharmacist',
      nurse: 'Nurse',
      dentist: 'Dentist',
      'other-professional': 'Other health professional',
      patient: 'Patient (non health professional)',
      legal: 'Lawyer',
      unknown: 'Reporter unknown',
    },
  ],
  [MEDICATION_ERROR_LABELS.adverseEffect, { with: 'With adverse effect', without: 'Without adverse effect' }],
  [
    MEDICATION_ERROR_LABELS.population,
    {
      newborn: 'Newborn (0-28 days)',
      infant: 'Infant (28 days-2 years)',
      child: 'Child (2-18 years)',
      adult: 'Adult (18-60 years)',
      elderly: 'Older person (≥ 60 years)',
      pregnant: 'Pregnant woman',
      unknown: 'Population unknown',
    },
  ],
  [
    MEDICATION_ERROR_LABELS.step,
    {
      prescription: 'Prescribing',
      preparation: 'Preparation',
      dispensing: 'Dispensing',
      administration: 'Administration',
      monitoring: 'Monitoring',
      other: 'Other',
    },
  ],
];
const USAGE_ENGLISH: English = {
  'very-low': 'Very low',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
};

/** Gives every label of these vocabularies its English (idempotent). */
export function applyEnglish(): void {
  for (const c of ORGAN_CLASSES) c.label.en = ORGAN_CLASS_ENGLISH[c.code];
  for (const [labels, english] of ENGLISH)
    for (const [key, label] of Object.entries(labels)) label.en = english[key];
  for (const level of USAGE_LEVELS) level.label.en = USAGE_ENGLISH[level.key];
}

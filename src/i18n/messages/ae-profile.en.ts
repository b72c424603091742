import type { AeProfileMessages } from './ae-profile.js';

/** English aeProfile messages, loaded on demand. */
const en: AeProfileMessages = {
  profileHeading: (p) => `Reported adverse effects: ${p.name}`,
  profileCompareHeading: (p) => `Reported adverse effects: ${p.name} and ${p.other}`,
  profileDefaultHeading: 'Reported adverse effects',
  profileHeadingAll: 'Reported adverse effects: all medicines',
  allMedicinesInSentence: 'all medicines',
  allMedicinesNote: 'These figures cover every adverse-effect report of the period, whatever the medicine.',
  pedagogyTitle: 'How to read these figures',
  pedagogyMoreToggle: 'Where do these data come from?',
  pedagogy:
    'An adverse-effect report is a suspicion: it does not prove that the medicine caused the effect. Case counts are not frequencies: they also depend on how many people are treated and on how often effects are reported.',
  pedagogyMore:
    'The data come from reports received by the network of regional pharmacovigilance centres, made by health professionals and patients. Counts below 11 cases are hidden to protect the people concerned, and so are those that would let them be recomputed: all read “hidden”.',
  unitCase: 'case',
  unitCases: 'cases',
  unitPatient: 'patient',
  unitPatients: 'patients',
  seriesCases: 'Reported cases',
  seriesPatients: 'Treated patients',
  sectionSex: 'Sex of the patients concerned',
  captionSex: 'Reported cases by sex',
  sectionAge: 'Age of the patients concerned',
  captionAge: 'Reported cases by age band',
  sectionPatients: 'Treated patients and reported cases',
  captionPatientsSex: 'Share of women and men among treated patients and among reported cases',
  captionPatientsAge: 'Share of each age band among treated patients and among reported cases',
  headingPatientsSex: 'By sex',
  headingPatientsAge: 'By age',
  patientsNote:
    'A larger share among cases than among treated patients may point to a group more exposed to adverse effects, or more inclined to report them.',
  sectionOrgans: 'Adverse effects by organ class',
  captionOrgans: 'Number of cases by organ class (MedDRA)',
  organsNote: 'A case may involve several organ classes: the percentages add up to more than 100%.',
  organsDrillNote: 'Choose a class to see the details of its effects.',
  sectionSeriousness: 'Seriousness of the cases',
  captionSeriousness: 'Reported cases by seriousness',
  headingSeriousSplit: 'Serious and non-serious cases',
  headingCriteria: 'Seriousness criteria',
  captionCriteria: 'Number of serious cases by criterion',
  criteriaNote: 'A serious case may meet several criteria: the percentages add up to more than 100%.',
  sectionReporters: 'Reporters',
  captionReporters: 'Cases by type of reporter',
  sectionTrend: 'Reports over time',
  captionTrend: 'Number of reported cases per year',
  compareShareNote: 'To compare two substances, the bars show the share of each one’s cases.',
  noSections: 'None of the requested sections exists in these data.',
  compareFailed: (p) => `The substance to compare, “${p.code}”, could not be loaded.`,
};

export default en;

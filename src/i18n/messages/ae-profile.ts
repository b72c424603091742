/** Messages of the adverse-effect profile (<datamed-ae-profile>) and medication errors (<datamed-med-errors>). */
const fr = {
  profileHeading: (p: { name: string }) => `Effets indésirables déclarés : ${p.name}`,
  profileCompareHeading: (p: { name: string; other: string }) =>
    `Effets indésirables déclarés : ${p.name} et ${p.other}`,
  profileDefaultHeading: 'Effets indésirables déclarés',
  profileHeadingAll: 'Effets indésirables déclarés : tous les médicaments',
  /** All medicines inside a sentence (the compare heading): no capital. */
  allMedicinesInSentence: 'tous les médicaments',
  allMedicinesNote:
    'Ces chiffres portent sur toutes les déclarations d’effets indésirables de la période, quel que soit le médicament.',
  pedagogyTitle: 'Comment lire ces chiffres',
  pedagogyMoreToggle: 'D’où viennent ces données ?',
  pedagogy:
    'Une déclaration d’effet indésirable est une suspicion : elle ne prouve pas que le médicament a causé l’effet. Les nombres de cas ne sont pas des fréquences : ils dépendent aussi du nombre de personnes traitées et de l’habitude de déclarer.',
  pedagogyMore:
    'Les données viennent des déclarations reçues par le réseau des centres régionaux de pharmacovigilance, faites par des professionnels de santé et des patients. Les effectifs de moins de 11 cas sont masqués pour protéger les personnes concernées, ainsi que ceux qui permettraient de les recalculer : tous s’affichent «\u00a0masqué\u00a0».',
  unitCase: 'cas',
  unitCases: 'cas',
  unitPatient: 'patient',
  unitPatients: 'patients',
  seriesCases: 'Cas déclarés',
  seriesPatients: 'Patients traités',
  sectionSex: 'Sexe des patients concernés',
  captionSex: 'Répartition des cas déclarés par sexe',
  sectionAge: 'Âge des patients concernés',
  captionAge: 'Répartition des cas déclarés par tranche d’âge',
  sectionPatients: 'Patients traités et cas déclarés',
  captionPatientsSex: 'Part des femmes et des hommes parmi les patients traités et parmi les cas déclarés',
  captionPatientsAge: 'Part de chaque tranche d’âge parmi les patients traités et parmi les cas déclarés',
  headingPatientsSex: 'Par sexe',
  headingPatientsAge: 'Par âge',
  patientsNote:
    'Une part plus grande parmi les cas que parmi les patients traités peut signaler un groupe plus exposé aux effets indésirables, ou plus enclin à les déclarer.',
  sectionOrgans: 'Effets indésirables par classe d’organes',
  captionOrgans: 'Nombre de cas par classe d’organes (MedDRA)',
  organsNote: 'Un cas peut toucher plusieurs classes d’organes : la somme des pourcentages dépasse 100 %.',
  organsDrillNote: 'Choisissez une classe pour voir le détail de ses effets.',
  sectionSeriousness: 'Gravité des cas',
  captionSeriousness: 'Répartition des cas déclarés selon leur gravité',
  headingSeriousSplit: 'Cas graves et non graves',
  headingCriteria: 'Critères de gravité',
  captionCriteria: 'Nombre de cas graves par critère de gravité',
  criteriaNote: 'Un cas grave peut remplir plusieurs critères : la somme des pourcentages dépasse 100 %.',
  sectionReporters: 'Déclarants',
  captionReporters: 'Répartition des cas selon le type de déclarant',
  sectionTrend: 'Évolution des déclarations',
  captionTrend: 'Nombre de cas déclarés par année',
  compareShareNote: 'Pour comparer deux substances, les barres montrent la part des cas de chacune.',
  noSections: 'Aucune des rubriques demandées n’existe dans ces données.',
  compareFailed: (p: { code: string }) =>
    `La substance de comparaison «\u00a0${p.code}\u00a0» n’a pas pu être chargée.`,
};

/** The aeProfile messages' shape: the English table (`ae-profile.en.ts`) has the same keys. */
export type AeProfileMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const aeProfile = { fr, en: () => import('./ae-profile.en.js').then((m) => m.default) };

/**
 * Controlled vocabularies of the data contract, with their French and English labels.
 * Sources: `../shared/reference/` (MedDRA SOC list, DataMed wording, ANSM shortage vocabulary).
 */
import type { Localized, UsageLevel } from './contract.js';
import { ORGAN_CLASS_ENGLISH } from './organ-classes.en.js';

export interface OrganClass {
  code: string;
  /** French; English once the page has loaded its English (see VOCABULARY_ENGLISH). */
  label: Localized;
}

/** The 27 MedDRA System Organ Classes (MedDRA codes, official French names; English in vocabulary.en.ts). */
// prettier-ignore
export const ORGAN_CLASSES: readonly OrganClass[] = [
  soc('10005329', 'Affections hématologiques et du système lymphatique'),
  soc('10007541', 'Affections cardiaques'),
  soc('10010331', 'Affections congénitales, familiales et génétiques'),
  soc('10013993', "Affections de l'oreille et du labyrinthe"),
  soc('10014698', 'Affections endocriniennes'),
  soc('10015919', 'Affections oculaires'),
  soc('10017947', 'Affections gastro-intestinales'),
  soc('10018065', "Troubles généraux et anomalies au site d'administration"),
  soc('10019805', 'Affections hépatobiliaires'),
  soc('10021428', 'Affections du système immunitaire'),
  soc('10021881', 'Infections et infestations'),
  soc('10022117', 'Lésions, intoxications et complications liées aux procédures'),
  soc('10022891', 'Investigations'),
  soc('10027433', 'Troubles du métabolisme et de la nutrition'),
  soc('10028395', 'Affections musculo-squelettiques et du tissu conjonctif'),
  soc('10029104', 'Tumeurs bénignes, malignes et non précisées (incl kystes et polypes)'),
  soc('10029205', 'Affections du système nerveux'),
  soc('10036585', 'Affections gravidiques, puerpérales et périnatales'),
  soc('10037175', 'Affections psychiatriques'),
  soc('10038359', 'Affections du rein et des voies urinaires'),
  soc('10038604', 'Affections des organes de reproduction et du sein'),
  soc('10038738', 'Affections respiratoires, thoraciques et médiastinales'),
  soc('10040785', 'Affections de la peau et du tissu sous-cutané'),
  soc('10041244', 'Caractéristiques socio-environnementales'),
  soc('10042613', 'Actes médicaux et chirurgicaux'),
  soc('10047065', 'Affections vasculaires'),
  soc('10077536', 'Problèmes de produit'),
];

function soc(code: string, fr: string): OrganClass {
  return { code, label: { fr } };
}

/** Other French spellings of organ classes found in source data (national pharmacovigilance labels). */
const ORGAN_CLASS_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '10022117': ["Lésions, intoxications et complications d'interventions"],
  '10022891': ['Explorations complémentaires'],
  '10028395': ['Affections musculosquelettiques et du tissu conjonctif'],
  '10029104': ['Tumeurs bénignes, malignes et non précisées (inclus kystes et polypes)'],
};

export const ORGAN_CLASS_BY_CODE: ReadonlyMap<string, OrganClass> = new Map(
  ORGAN_CLASSES.map((c) => [c.code, c]),
);

/** Lower-case, accents stripped, apostrophes and spacing unified: for matching free text to a vocabulary. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/œ/gi, 'oe')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

// Built on first use: the widgets never read labels back, only the builder and the GraphQL adapter
// do, so the widgets' bundles leave the folding and the aliases out.
let organClassByFoldedLabel: Map<string, string> | undefined;

/** The SOC code for a French or English label (official or alias), or undefined. */
export function organClassCodeOf(label: string): string | undefined {
  if (!organClassByFoldedLabel) {
    organClassByFoldedLabel = new Map();
    for (const c of ORGAN_CLASSES)
      for (const name of [c.label.fr, ORGAN_CLASS_ENGLISH[c.code]!, ...(ORGAN_CLASS_ALIASES[c.code] ?? [])])
        organClassByFoldedLabel.set(foldText(name), c.code);
  }
  return organClassByFoldedLabel.get(foldText(label));
}

/** Labels by key: French; English once the page has loaded its English (see VOCABULARY_ENGLISH). */
type Labels<K extends string> = Readonly<Record<K, Localized>>;

export const SEX_LABELS: Labels<'female' | 'male' | 'unknown'> = {
  female: { fr: 'Femmes' },
  male: { fr: 'Hommes' },
  unknown: { fr: 'Sexe inconnu' },
};

export const SERIOUSNESS_LABELS: Labels<'serious' | 'non-serious' | 'unknown'> = {
  serious: { fr: 'Grave' },
  'non-serious': { fr: 'Non grave' },
  unknown: { fr: 'Gravité inconnue' },
};

export const SERIOUSNESS_CRITERIA_LABELS: Labels<
  'death' | 'life-threatening' | 'hospitalisation' | 'disability' | 'congenital-anomaly' | 'other-serious'
> = {
  death: { fr: 'Décès' },
  'life-threatening': { fr: 'Mise en jeu du pronostic vital' },
  hospitalisation: { fr: 'Hospitalisation' },
  disability: { fr: 'Incapacité ou invalidité' },
  'congenital-anomaly': { fr: 'Anomalie congénitale' },
  'other-serious': { fr: 'Autre situation médicale grave' },
};

export const REPORTER_LABELS: Labels<
  | 'general-practitioner'
  | 'specialist'
  | 'physician'
  | 'pharmacist'
  | 'nurse'
  | 'dentist'
  | 'other-professional'
  | 'patient'
  | 'legal'
  | 'unknown'
> = {
  'general-practitioner': { fr: 'Médecin généraliste' },
  specialist: { fr: 'Médecin spécialiste' },
  // Sources that do not tell general practitioners from specialists.
  physician: { fr: 'Médecin' },
  pharmacist: { fr: 'Pharmacien' },
  nurse: { fr: 'Infirmier' },
  dentist: { fr: 'Dentiste' },
  'other-professional': { fr: 'Autre professionnel de santé' },
  patient: { fr: 'Patient (non professionnel de santé)' },
  // DataMed's "Juriste": a reporter who is neither a health professional nor the patient.
  legal: { fr: 'Juriste' },
  unknown: { fr: 'Déclarant inconnu' },
};

/** Reporter keys that are health professionals (the rest: patients, unknown). */
export const PROFESSIONAL_REPORTERS = new Set([
  'general-practitioner',
  'specialist',
  'physician',
  'pharmacist',
  'nurse',
  'dentist',
  'other-professional',
]);

export const MEDICATION_ERROR_LABELS = {
  adverseEffect: {
    with: { fr: 'Avec effet indésirable' },
    without: { fr: 'Sans effet indésirable' },
  },
  population: {
    newborn: { fr: 'Nouveau-né (0-28 j)' },
    infant: { fr: 'Nourrisson (28 j-2 ans)' },
    child: { fr: 'Enfant (2-18 ans)' },
    adult: { fr: 'Adulte (18-60 ans)' },
    elderly: { fr: 'Personne âgée (≥ 60 ans)' },
    pregnant: { fr: 'Femme enceinte' },
    unknown: { fr: 'Population inconnue' },
  },
  step: {
    prescription: { fr: 'Prescription' },
    preparation: { fr: 'Préparation' },
    dispensing: { fr: 'Délivrance' },
    administration: { fr: 'Administration' },
    monitoring: { fr: 'Suivi thérapeutique' },
    other: { fr: 'Autre' },
  },
} satisfies Record<string, Record<string, Localized>>;

/** DataMed's usage levels, by average number of treated patients per year (substances). */
export const USAGE_LEVELS: readonly { key: UsageLevel; below: number; label: Localized }[] = [
  { key: 'very-low', below: 3_000, label: { fr: 'Très faible' } },
  { key: 'low', below: 20_000, label: { fr: 'Faible' } },
  { key: 'moderate', below: 100_000, label: { fr: 'Modérée' } },
  { key: 'high', below: 600_000, label: { fr: 'Élevée' } },
  { key: 'very-high', below: Infinity, label: { fr: 'Très élevée' } },
];

/** DataMed's usage levels of a product (spécialité): the same words, lower thresholds. */
export const PRODUCT_USAGE_LEVELS: readonly { key: UsageLevel; below: number; label: Localized }[] = [
  200,
  2_000,
  9_000,
  40_000,
  Infinity,
].map((below, i) => ({ ...USAGE_LEVELS[i]!, below }));

/** The usage level for an average yearly number of treated patients (of a substance by default). */
export function usageLevelOf(patientsPerYear: number, levels = USAGE_LEVELS): UsageLevel {
  return (levels.find((l) => patientsPerYear < l.below) ?? levels[levels.length - 1]!).key;
}

/**
 * Label of an age band from its key when the data give none: `0-19` → "0-19 ans",
 * `60+` → "60 ans et plus", `unknown` → "Âge inconnu". Finer units: `0-27d`, `28d-23m`.
 */
export function ageBandLabel(key: string): Required<Localized> {
  if (key === 'unknown') return { fr: 'Âge inconnu', en: 'Age unknown' };
  const unit = (u: string | undefined, n: string): Required<Localized> => {
    const plural = Number(n) > 1;
    if (u === 'd') return { fr: 'j', en: plural ? 'days' : 'day' };
    if (u === 'm') return { fr: 'mois', en: plural ? 'months' : 'month' };
    return { fr: 'ans', en: 'years' };
  };
  const plus = /^(\d+)([dm]?)\+$/.exec(key);
  if (plus) {
    const u = unit(plus[2], plus[1]!);
    return { fr: `${plus[1]} ${u.fr} et plus`, en: `${plus[1]} ${u.en} and over` };
  }
  const range = /^(\d+)([dm]?)-(\d+)([dm]?)$/.exec(key);
  if (range) {
    const [, a, ua, b, ub] = range;
    const start = ua && ua !== ub ? `${a} ${unit(ua, a!).fr}` : a;
    const startEn = ua && ua !== ub ? `${a} ${unit(ua, a!).en}` : a;
    return { fr: `${start}-${b} ${unit(ub, b!).fr}`, en: `${startEn}-${b} ${unit(ub, b!).en}` };
  }
  return { fr: key, en: key };
}

export const SHORTAGE_CLASSIFICATION_LABELS: Labels<'rupture' | 'risk' | 'discontinuation' | 'other'> = {
  rupture: { fr: 'Rupture de stock', en: 'Stock-out' },
  risk: { fr: 'Risque de rupture', en: 'Risk of stock-out' },
  discontinuation: { fr: 'Arrêt de commercialisation', en: 'Discontinuation' },
  other: { fr: 'Autre', en: 'Other' },
};

export const SHORTAGE_STATE_LABELS: Labels<'open' | 'closed'> = {
  open: { fr: 'En cours', en: 'Open' },
  closed: { fr: 'Clôturé', en: 'Closed' },
};

export const CIRCUIT_LABELS: Labels<'community' | 'hospital'> = {
  community: { fr: 'Ville', en: 'Community pharmacies' },
  hospital: { fr: 'Hôpital', en: 'Hospital' },
};

/** The 16 standard shortage causes, plus `other` for free text that matches none. */
export const SHORTAGE_CAUSES: Labels<string> = {
  'production-incident': { fr: 'Incident de production', en: 'Production incident' },
  'sales-increase': { fr: 'Augmentation du volume de vente', en: 'Increase in sales volume' },
  'site-transfer': { fr: 'Transfert de site', en: 'Site transfer' },
  'insufficient-capacity': {
    fr: 'Capacité de production insuffisante',
    en: 'Insufficient production capacity',
  },
  'finished-product-quality': { fr: 'Défaut qualité produit fini', en: 'Finished product quality defect' },
  regulatory: { fr: 'Problème réglementaire', en: 'Regulatory issue' },
  'supply-raw-or-packaging': {
    fr: "Défaut d'approvisionnement MP/AC",
    en: 'Supply failure (raw material / packaging)',
  },
  'release-tests-failed': {
    fr: 'Analyses de libération non conformes',
    en: 'Release tests out of specification',
  },
  logistics: { fr: 'Problème de transport/logistique', en: 'Transport / logistics problem' },
  discontinuation: { fr: 'Arrêt de commercialisation', en: 'Discontinuation' },
  coronavirus: { fr: 'Coronavirus', en: 'Coronavirus' },
  'supply-raw-material': {
    fr: "Défaut d'approvisionnement en Matière Première",
    en: 'Raw material supply failure',
  },
  'quality-analysis': {
    fr: 'Problème qualité : Analyse non conforme',
    en: 'Quality problem: test out of specification',
  },
  'supply-packaging': {
    fr: "Défaut d'approvisionnement en Article de Conditionnement",
    en: 'Packaging supply failure',
  },
  'gmp-non-compliance': { fr: 'Non-conformité BPF', en: 'GMP non-compliance' },
  other: { fr: 'Autre', en: 'Other' },
};

export const SHORTAGE_MEASURES: Labels<string> = {
  'quantitative-quota': { fr: 'Contingentement quantitatif', en: 'Quantitative rationing' },
  'qualitative-quota': { fr: 'Contingentement qualitatif', en: 'Qualitative rationing' },
  'circuit-restriction': {
    fr: 'Restriction du circuit de distribution',
    en: 'Distribution channel restriction',
  },
  'emergency-stock': { fr: "Mise en place d'un stock de dépannage", en: 'Emergency stock' },
  'regulatory-flexibility': { fr: 'Flexibilité réglementaire', en: 'Regulatory flexibility' },
  import: { fr: 'Importation', en: 'Import' },
  'made-available': { fr: 'Mise à disposition', en: 'Made available' },
  'switch-to-alternative': {
    fr: 'Report sur une spécialité concurrente',
    en: 'Switch to an alternative product',
  },
  'stock-monitoring': { fr: 'Suivi des stocks', en: 'Stock monitoring' },
  none: { fr: 'Pas de mesure', en: 'No measure' },
  other: { fr: 'Autre mesure', en: 'Other measure' },
};

/** ATC level 1 (anatomical main groups). */
export const ATC_LEVEL1: Labels<string> = {
  A: { fr: 'Voies digestives et métabolisme', en: 'Alimentary tract and metabolism' },
  B: { fr: 'Sang et organes hématopoïétiques', en: 'Blood and blood forming organs' },
  C: { fr: 'Système cardiovasculaire', en: 'Cardiovascular system' },
  D: { fr: 'Médicaments dermatologiques', en: 'Dermatologicals' },
  G: { fr: 'Système génito-urinaire et hormones sexuelles', en: 'Genito-urinary system and sex hormones' },
  H: {
    fr: "Hormones systémiques, à l'exclusion des hormones sexuelles et des insulines",
    en: 'Systemic hormonal preparations, excluding sex hormones and insulins',
  },
  J: { fr: 'Anti-infectieux généraux à usage systémique', en: 'Anti-infectives for systemic use' },
  L: { fr: 'Antinéoplasiques et immunomodulateurs', en: 'Antineoplastic and immunomodulating agents' },
  M: { fr: 'Muscle et squelette', en: 'Musculo-skeletal system' },
  N: { fr: 'Système nerveux', en: 'Nervous system' },
  P: {
    fr: 'Antiparasitaires, insecticides et répulsifs',
    en: 'Antiparasitic products, insecticides and repellents',
  },
  R: { fr: 'Système respiratoire', en: 'Respiratory system' },
  S: { fr: 'Organes sensoriels', en: 'Sensory organs' },
  V: { fr: 'Divers', en: 'Various' },
};

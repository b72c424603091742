/**
 * English names of the 27 MedDRA System Organ Classes, by code. Apart from vocabulary.ts: the
 * widgets load them with the page's English (vocabulary.en.ts); the builder and the GraphQL adapter,
 * which read labels back, import them directly.
 */
// prettier-ignore
export const ORGAN_CLASS_ENGLISH: Readonly<Record<string, string>> = {
  '10005329': 'Blood and lymphatic system disorders',
  '10007541': 'Cardiac disorders',
  '10010331': 'Congenital, familial and genetic disorders',
  '10013993': 'Ear and labyrinth disorders',
  '10014698': 'Endocrine disorders',
  '10015919': 'Eye disorders',
  '10017947': 'Gastrointestinal disorders',
  '10018065': 'General disorders and administration site conditions',
  '10019805': 'Hepatobiliary disorders',
  '10021428': 'Immune system disorders',
  '10021881': 'Infections and infestations',
  '10022117': 'Injury, poisoning and procedural complications',
  '10022891': 'Investigations',
  '10027433': 'Metabolism and nutrition disorders',
  '10028395': 'Musculoskeletal and connective tissue disorders',
  '10029104': 'Neoplasms benign, malignant and unspecified (incl cysts and polyps)',
  '10029205': 'Nervous system disorders',
  '10036585': 'Pregnancy, puerperium and perinatal conditions',
  '10037175': 'Psychiatric disorders',
  '10038359': 'Renal and urinary disorders',
  '10038604': 'Reproductive system and breast disorders',
  '10038738': 'Respiratory, thoracic and mediastinal disorders',
  '10040785': 'Skin and subcutaneous tissue disorders',
  '10041244': 'Social circumstances',
  '10042613': 'Surgical and medical procedures',
  '10047065': 'Vascular disorders',
  '10077536': 'Product issues',
};

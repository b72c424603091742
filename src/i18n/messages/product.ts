/** Messages of a product (spécialité): <datamed-product>, and the product figures of <datamed-key-figure>. */
const fr = {
  productDefaultHeading: 'Médicament',
  productMissingCis: 'Indiquez un médicament avec l’attribut «\u00a0cis\u00a0» (son code CIS à 8 chiffres).',
  productSectionDescription: 'Description',
  productSectionAvailability: 'Disponibilité aujourd’hui',
  productSectionPatients: 'Patients traités',
  productSectionProfile: 'Effets indésirables déclarés',
  productSectionMedErrors: 'Erreurs médicamenteuses',
  productSectionShortages: 'Historique des ruptures et risques de rupture',
  productSubstances: 'Substances actives',
  productSubstance: 'Substance active',
  productDosage: (p: { dosage: string; reference: string }) => `${p.dosage} pour ${p.reference}`,
  productAtc: 'Classe thérapeutique (ATC)',
  productLaboratory: 'Laboratoire',
  productForm: 'Forme',
  productRoutes: 'Voie d’administration',
  productBdpm: 'Voir la fiche dans la base de données publique des médicaments',
  productUsage: 'Niveau d’utilisation',
  productPatientYears: 'Patients traités, cumul des années',
  productPatientYearsDetail:
    'Somme sur la période du nombre de patients traités chaque année (Open Medic) : un patient traité trois ans compte trois fois.',
  productPatientsNone: 'Aucune donnée de patients traités n’est publiée pour ce médicament.',
  productNoAeData: (p: { name: string }) =>
    `Aucune donnée d’effets indésirables n’est publiée pour ${p.name}.`,
  productShortagesCount: 'Déclarations de rupture ou de risque',
  productShortagesOpen: (p: { count: string }) => `dont ${p.count} en cours`,
};

/** The product messages' shape: the English table (`product.en.ts`) has the same keys. */
export type ProductMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const product = { fr, en: () => import('./product.en.js').then((m) => m.default) };

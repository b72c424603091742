/** Messages of a product's availability (datamed-availability, and the product page's section). */
const fr = {
  availabilityHeading: (p: { name: string }) => `Disponibilité : ${p.name}`,
  availabilityDefaultHeading: 'Disponibilité du médicament',
  availabilityMissingCis:
    'Indiquez un médicament avec l’attribut «\u00a0cis\u00a0» (son code CIS à 8 chiffres).',
  availabilityNone: 'Aucune information de disponibilité n’est publiée pour ce médicament.',
  availabilityStatus_available: 'Disponible',
  availabilityStatus_rupture: 'En rupture de stock',
  availabilityStatus_risk: 'Risque de rupture (tension d’approvisionnement)',
  availabilityStatus_restored: 'Remis à disposition',
  availabilityStatus_discontinued: 'Arrêt de commercialisation',
  'availabilityStatus_not-marketed': 'Non commercialisé',
  availabilityAdvice_available: 'Aucune difficulté d’approvisionnement n’est signalée pour ce médicament.',
  availabilityAdvice_rupture:
    'Demandez conseil à votre pharmacien ou à votre médecin : ils peuvent vous proposer une solution. N’arrêtez pas votre traitement sans avis médical.',
  availabilityAdvice_risk:
    'Le médicament reste disponible en quantité limitée. Demandez conseil à votre pharmacien si vous ne le trouvez pas.',
  availabilityAdvice_restored:
    'Le médicament est de nouveau disponible. Demandez conseil à votre pharmacien si vous ne le trouvez pas encore.',
  availabilityAdvice_discontinued:
    'Ce médicament n’est plus commercialisé. Parlez-en à votre médecin pour adapter votre traitement.',
  'availabilityAdvice_not-marketed':
    'Ce médicament n’est pas commercialisé actuellement. Demandez conseil à votre médecin ou à votre pharmacien.',
  availabilitySince: 'Depuis le',
  availabilityExpectedReturn: 'Remise à disposition prévue',
  availabilityUpdated: 'Information mise à jour le',
  availabilityLink: 'Lire l’information de l’ANSM',
  availabilityAsOf: (p: { date: string }) => `Situation au ${p.date}`,
};

/** The availability messages' shape: the English table (`availability.en.ts`) has the same keys. */
export type AvailabilityMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const availability = { fr, en: () => import('./availability.en.js').then((m) => m.default) };

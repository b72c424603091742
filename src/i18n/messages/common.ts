/** Messages of the common frame: states, errors, source line, view switch, downloads. */

const fr = {
  // Frame
  demoBadge: 'Données fictives',
  demoBadgeTitle:
    'Ces chiffres sont inventés pour la démonstration : ils ne décrivent aucun médicament réel.',
  source: 'Source',
  period: 'Période',
  updated: 'Mise à jour',
  viewSwitch: 'Affichage',
  viewChart: 'Graphique',
  serverTableSummary: 'Voir les données en tableau',
  viewTable: 'Tableau',
  download: 'Télécharger',
  downloadSoon: 'Les téléchargements seront bientôt disponibles.',
  retry: 'Réessayer',
  loading: 'Chargement des données…',
  empty: 'Aucune donnée à afficher.',
  tooFew: 'Aucune donnée à afficher en raison d’un effectif trop faible ou nul.',
  // One sign for every hidden count, whatever hid it (docs/data-contract.md, "One sign"): telling a
  // small count from one hidden to protect it would point at the small one.
  suppressedValue: (_p: { threshold: number }) => 'masqué',
  suppressedShort: (_p: { threshold: number }) => 'valeur masquée',
  errorTitle: 'Les données n’ont pas pu être affichées.',
  defaultSourceLabel: 'ANSM',
  missingSubstance: 'Indiquez une substance avec l’attribut «\u00a0substance\u00a0».',
};

/** The common messages' shape: the English table (`common.en.ts`) has the same keys. */
export type CommonMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const common = { fr, en: () => import('./common.en.js').then((m) => m.default) };

/** Messages of the common frame: states, errors, source line, view switch, downloads. */
import type { ValidationRule } from '../../data/errors.js';

/** What a validation rule of a data file checks (the detail line of an "invalid data" error). */
const RULES: Record<ValidationRule, string> = {
  required: 'valeur manquante',
  type: 'type de valeur inattendu',
  range: 'valeur hors des limites',
  enum: 'code inconnu',
  pattern: 'format invalide',
  date: 'date invalide (AAAA-MM-JJ attendu)',
  duplicate: 'valeur en double',
  'too-long': 'texte trop long',
  'too-many': 'liste trop longue',
  sum: 'la somme des parties dépasse le total',
  suppressed: 'effectif masqué incohérent',
};

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
  // Errors: what failed, in words a reader understands; details name the file and field.
  errorTitle: 'Les données n’ont pas pu être affichées.',
  errorNetwork: 'Le serveur de données est injoignable (réseau coupé ou accès refusé).',
  errorCrossOrigin:
    'L’API de données n’a pas pu être lue depuis ce site : elle est injoignable, ou n’autorise pas les autres sites (CORS). Le site peut la relayer par son propre serveur.',
  errorOffline: 'Vous semblez hors ligne.',
  errorTimeout: 'Le serveur de données n’a pas répondu à temps.',
  errorNotFound: 'Ces données n’existent pas (erreur 404).',
  errorServer: (p: { status: number }) => `Le serveur de données a rencontré une erreur (${p.status}).`,
  errorUnavailable: (p: { seconds?: number }) =>
    p.seconds
      ? `Le serveur de données est temporairement indisponible. Réessayez dans ${p.seconds} s.`
      : 'Le serveur de données est temporairement indisponible.',
  errorHttp: (p: { status: number }) => `La requête a échoué (erreur ${p.status}).`,
  errorNotJson: 'Le fichier reçu n’est pas au format attendu (JSON illisible).',
  errorHtml: 'Le serveur a renvoyé une page web au lieu des données.',
  errorSchema: (p: { found: string; expected: string }) =>
    `Version de données non prise en charge («\u00a0${p.found}\u00a0» au lieu de «\u00a0${p.expected}\u00a0»).`,
  errorInvalid: 'Le fichier de données contient une valeur invalide.',
  errorConfig: 'Le widget est mal configuré.',
  errorConfigSubstance: 'Le code de substance indiqué n’est pas valide.',
  errorConfigAtc: 'Le code ATC indiqué n’est pas valide.',
  errorUnknown: 'Une erreur inattendue est survenue.',
  errorDetails: 'Détails techniques',
  errorExpected: (p: { value: string }) => `attendu ${p.value}`,
  errorFound: (p: { value: string }) => `reçu ${p.value}`,
  errorRule: (p: { rule: ValidationRule }) => RULES[p.rule],
  errorInFile: (p: { file: string; field?: string; detail: string }) =>
    p.field ? `${p.file}, champ ${p.field} : ${p.detail}` : `${p.file} : ${p.detail}`,
  defaultSourceLabel: 'ANSM',
  missingSubstance: 'Indiquez une substance avec l’attribut «\u00a0substance\u00a0».',
};

/** The common messages' shape: the English table (`common.en.ts`) has the same keys. */
export type CommonMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const common = { fr, en: () => import('./common.en.js').then((m) => m.default) };

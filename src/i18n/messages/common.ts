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
  viewTable: 'Tableau',
  download: 'Télécharger',
  downloadSoon: 'Les téléchargements seront bientôt disponibles.',
  retry: 'Réessayer',
  loading: 'Chargement des données…',
  empty: 'Aucune donnée à afficher.',
  tooFew: 'Aucune donnée à afficher en raison d’un effectif trop faible ou nul.',
  suppressedValue: (p: { threshold: number }) => `< ${p.threshold}`,
  suppressedExplained: (p: { threshold: number }) =>
    `«\u00a0< ${p.threshold}\u00a0»\u00a0: moins de ${p.threshold} cas. Les petits effectifs sont masqués pour protéger les personnes concernées ; une autre valeur peut être masquée aussi pour qu’ils ne puissent pas être recalculés.`,
  suppressedShort: (p: { threshold: number }) => `moins de ${p.threshold}`,
  // Errors: what failed, in words a reader understands; details name the file and field.
  errorTitle: 'Les données n’ont pas pu être affichées.',
  errorNetwork: 'Le serveur de données est injoignable (réseau coupé ou accès refusé).',
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
  errorInFile: (p: { file: string; field?: string; detail: string }) =>
    p.field ? `${p.file}, champ ${p.field} : ${p.detail}` : `${p.file} : ${p.detail}`,
  defaultSourceLabel: 'ANSM',
  missingSubstance: 'Indiquez une substance avec l’attribut «\u00a0substance\u00a0».',
};

const en: typeof fr = {
  demoBadge: 'Fictional data',
  demoBadgeTitle: 'These figures are made up for demonstration: they describe no real medicine.',
  source: 'Source',
  period: 'Period',
  updated: 'Updated',
  viewSwitch: 'View',
  viewChart: 'Chart',
  viewTable: 'Table',
  download: 'Download',
  downloadSoon: 'Downloads will be available soon.',
  retry: 'Try again',
  loading: 'Loading data…',
  empty: 'No data to display.',
  tooFew: 'No data to display because the number of cases is too small or zero.',
  suppressedValue: (p) => `< ${p.threshold}`,
  suppressedExplained: (p) =>
    `“< ${p.threshold}”: fewer than ${p.threshold} cases. Small counts are hidden to protect the people concerned; another value may be hidden too so that they cannot be recomputed.`,
  suppressedShort: (p) => `fewer than ${p.threshold}`,
  errorTitle: 'The data could not be displayed.',
  errorNetwork: 'The data server cannot be reached (network down or access refused).',
  errorOffline: 'You appear to be offline.',
  errorTimeout: 'The data server did not answer in time.',
  errorNotFound: 'These data do not exist (error 404).',
  errorServer: (p) => `The data server ran into an error (${p.status}).`,
  errorUnavailable: (p) =>
    p.seconds
      ? `The data server is temporarily unavailable. Try again in ${p.seconds} s.`
      : 'The data server is temporarily unavailable.',
  errorHttp: (p) => `The request failed (error ${p.status}).`,
  errorNotJson: 'The file received is not in the expected format (unreadable JSON).',
  errorHtml: 'The server sent a web page instead of the data.',
  errorSchema: (p) => `Unsupported data version (“${p.found}” instead of “${p.expected}”).`,
  errorInvalid: 'The data file holds an invalid value.',
  errorConfig: 'The widget is not configured correctly.',
  errorConfigSubstance: 'The substance code given is not valid.',
  errorConfigAtc: 'The ATC code given is not valid.',
  errorUnknown: 'An unexpected error occurred.',
  errorDetails: 'Technical details',
  errorExpected: (p) => `expected ${p.value}`,
  errorFound: (p) => `found ${p.value}`,
  errorInFile: (p) => (p.field ? `${p.file}, field ${p.field}: ${p.detail}` : `${p.file}: ${p.detail}`),
  defaultSourceLabel: 'ANSM',
  missingSubstance: 'Name a substance with the “substance” attribute.',
};

export const common = { fr, en };

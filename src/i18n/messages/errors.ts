/**
 * Messages of the error state, by cause (src/components/base/error-message.ts): in a chunk of
 * their own, loaded with the first error a page shows, since most pages never show one.
 */
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
  // Errors: what failed, in words a reader understands; details name the file and field.
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
    `Version de données non prise en charge («\u00a0${p.found}\u00a0» au lieu de «\u00a0${p.expected}\u00a0»)\u00a0: mettez à jour la bibliothèque DataMed Widgets.`,
  errorSchemaMissing: 'Le fichier ne dit pas ce qu’il contient (champ «\u00a0schema\u00a0» absent).',
  errorWrongFile: (p: { found: string; expected: string }) =>
    `Le fichier reçu n’est pas celui attendu («\u00a0${p.found}\u00a0» au lieu de «\u00a0${p.expected}\u00a0»).`,
  errorTellPublisher: 'Signalez-le à l’éditeur de ces données\u00a0: réessayer n’y changera rien.',
  errorNoSubstance: (p: { query: string }) => `Substance «\u00a0${p.query}\u00a0» introuvable.`,
  errorDidYouMean: 'Vouliez-vous dire\u00a0:',
  errorCheckSpelling: 'Vérifiez l’orthographe, ou indiquez le code de la substance.',
  errorAmbiguous: (p: { query: string }) =>
    `Plusieurs substances répondent à «\u00a0${p.query}\u00a0». Laquelle afficher\u00a0?`,
  errorNotPublished: (p: { name: string; dataset: string }): string =>
    p.dataset === 'shortages'
      ? `Aucune déclaration de rupture n’est publiée pour ${p.name}.`
      : `Aucune donnée d’effets indésirables n’est publiée pour ${p.name}.`,
  errorPublished: (p: { datasets: string }): string =>
    p.datasets === 'shortages'
      ? 'Ses déclarations de rupture de stock le sont.'
      : p.datasets === 'adverseEffects'
        ? 'Ses effets indésirables le sont.'
        : 'Aucune autre donnée ne l’est.',
  errorInvalid: 'Le fichier de données contient une valeur invalide.',
  errorConfig: 'Le widget est mal configuré.',
  errorConfigSubstance: 'Le code de substance indiqué n’est pas valide.',
  errorConfigAtc: 'Le code ATC indiqué n’est pas valide.',
  errorConfigCis: 'Le code CIS indiqué n’est pas valide (8 chiffres).',
  errorUnknown: 'Une erreur inattendue est survenue.',
  errorDetails: 'Détails techniques',
  errorExpected: (p: { value: string }) => `attendu ${p.value}`,
  errorFound: (p: { value: string }) => `reçu ${p.value}`,
  errorRule: (p: { rule: ValidationRule }) => RULES[p.rule],
  errorInFile: (p: { file: string; field?: string; detail: string }) =>
    p.field ? `${p.file}, champ ${p.field} : ${p.detail}` : `${p.file} : ${p.detail}`,
};

/** The error messages' shape: the English table (`errors.en.ts`) has the same keys. */
export type ErrorMessages = typeof fr;

export const errors = { fr, en: () => import('./errors.en.js').then((m) => m.default) };

import type { DatamedError, ValidationRule } from '../../data/errors.js';
import type { Lang } from '../../i18n/locale.js';
import { t } from '../../i18n/messages.js';

const RULES: Record<Lang, Record<ValidationRule, string>> = {
  fr: {
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
  },
  en: {
    required: 'missing value',
    type: 'unexpected type of value',
    range: 'value out of bounds',
    enum: 'unknown code',
    pattern: 'invalid format',
    date: 'invalid date (YYYY-MM-DD expected)',
    duplicate: 'duplicate value',
    'too-long': 'text too long',
    'too-many': 'list too long',
    sum: 'the parts add up to more than the total',
    suppressed: 'inconsistent hidden count',
  },
};

/** A failure told in the page's language: a sentence for everyone and a detail line naming file and field. */
export function errorMessage(lang: Lang, error: DatamedError): { message: string; detail?: string } {
  const d = error.details;
  const file = d.url ?? '';
  const detail = (text: string) =>
    file ? t(lang, 'errorInFile', { file, ...(d.field ? { field: d.field } : {}), detail: text }) : text;
  switch (error.kind) {
    case 'network':
      return { message: t(lang, 'errorNetwork'), ...(file ? { detail: file } : {}) };
    case 'offline':
      return { message: t(lang, 'errorOffline') };
    case 'timeout':
      return { message: t(lang, 'errorTimeout'), ...(file ? { detail: file } : {}) };
    case 'not-found':
      return { message: t(lang, 'errorNotFound'), ...(file ? { detail: file } : {}) };
    case 'unavailable':
      return {
        message: t(lang, 'errorUnavailable', d.retryAfter ? { seconds: d.retryAfter } : {}),
        ...(file ? { detail: file } : {}),
      };
    case 'server':
      return {
        message: t(lang, 'errorServer', { status: d.status ?? 500 }),
        ...(file ? { detail: file } : {}),
      };
    case 'http':
      return { message: t(lang, 'errorHttp', { status: d.status ?? 0 }), ...(file ? { detail: file } : {}) };
    case 'not-json':
      return { message: t(lang, 'errorNotJson'), detail: detail(error.message.replace(/^[^:]*: /, '')) };
    case 'html':
      return { message: t(lang, 'errorHtml'), ...(file ? { detail: file } : {}) };
    case 'schema':
      return {
        message: t(lang, 'errorSchema', { found: d.found ?? '?', expected: d.expected ?? '?' }),
        ...(file ? { detail: file } : {}),
      };
    case 'invalid': {
      const rule = d.rule ? RULES[lang][d.rule] : error.message;
      const extra = [
        d.expected && `${lang === 'fr' ? 'attendu' : 'expected'} ${d.expected}`,
        d.found && `${lang === 'fr' ? 'reçu' : 'found'} ${d.found}`,
      ]
        .filter(Boolean)
        .join(', ');
      return { message: t(lang, 'errorInvalid'), detail: detail(extra ? `${rule} (${extra})` : rule) };
    }
    case 'config':
      return {
        message:
          d.field === 'substance'
            ? t(lang, 'errorConfigSubstance')
            : d.field === 'atc'
              ? t(lang, 'errorConfigAtc')
              : t(lang, 'errorConfig'),
        detail: error.message,
      };
    default:
      return { message: t(lang, 'errorUnknown'), detail: error.message };
  }
}

import type { DatamedError } from '../../data/errors.js';
import type { Lang } from '../../i18n/locale.js';
import { t } from '../../i18n/messages.js';

/** A failure told in the page's language: a sentence for everyone and a detail line naming file and field. */
export function errorMessage(lang: Lang, error: DatamedError): { message: string; detail?: string } {
  const d = error.details;
  const file = d.url ?? '';
  const inFile = (text: string) =>
    file ? t(lang, 'errorInFile', { file, ...(d.field ? { field: d.field } : {}), detail: text }) : text;
  let message: string;
  // By default the detail names the file that failed.
  let detail: string | undefined = file || undefined;
  switch (error.kind) {
    case 'network':
      message = t(lang, 'errorNetwork');
      break;
    case 'cross-origin':
      message = t(lang, 'errorCrossOrigin');
      break;
    case 'offline':
      message = t(lang, 'errorOffline');
      detail = undefined;
      break;
    case 'timeout':
      message = t(lang, 'errorTimeout');
      break;
    case 'not-found':
      message = t(lang, 'errorNotFound');
      break;
    case 'unavailable':
      message = t(lang, 'errorUnavailable', d.retryAfter ? { seconds: d.retryAfter } : {});
      break;
    case 'server':
      message = t(lang, 'errorServer', { status: d.status ?? 500 });
      break;
    case 'http':
      message = t(lang, 'errorHttp', { status: d.status ?? 0 });
      break;
    case 'not-json':
      message = t(lang, 'errorNotJson');
      detail = inFile(error.message.replace(/^[^:]*: /, ''));
      break;
    case 'html':
      message = t(lang, 'errorHtml');
      break;
    case 'schema':
      message = t(lang, 'errorSchema', { found: d.found ?? '?', expected: d.expected ?? '?' });
      break;
    case 'invalid': {
      const rule = d.rule ? t(lang, 'errorRule', { rule: d.rule }) : error.message;
      const extra = [
        d.expected && t(lang, 'errorExpected', { value: d.expected }),
        d.found && t(lang, 'errorFound', { value: d.found }),
      ]
        .filter(Boolean)
        .join(', ');
      message = t(lang, 'errorInvalid');
      detail = inFile(extra ? `${rule} (${extra})` : rule);
      break;
    }
    case 'config':
      message =
        d.field === 'substance'
          ? t(lang, 'errorConfigSubstance')
          : d.field === 'atc'
            ? t(lang, 'errorConfigAtc')
            : t(lang, 'errorConfig');
      detail = error.message;
      break;
    default:
      message = t(lang, 'errorUnknown');
      detail = error.message;
  }
  return detail ? { message, detail } : { message };
}

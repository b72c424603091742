/**
 * A failure told in the page's language, by cause: what happened, what to do (retry only where
 * the network or the server may recover; tell the publisher when the data are wrong; update the
 * library for a newer data version), the substances to offer when a name matched none or several,
 * and a detail line naming file and field. `errorView` draws it where the content would be.
 *
 * An on-demand chunk, with its messages: the frame imports it with the first error of the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SubstanceRef } from '../../data/contract.js';
import { isRetryable, type DatamedError } from '../../data/errors.js';
import { pick, type Lang } from '../../i18n/locale.js';
import { translator } from '../../i18n/messages.js';
import { common } from '../../i18n/messages/common.js';
import { errors } from '../../i18n/messages/errors.js';

const t = translator(common, errors);

export interface ErrorText {
  message: string;
  /** What the reader or the page's author can do about it. */
  advice?: string;
  /** Substances to switch to (a name matched none or several). */
  choices?: SubstanceRef[];
  detail?: string;
}

/** Same family (`datamed.index`), another version: this copy of the library is too old. */
function newerVersion(found: string | undefined, expected: string | undefined): boolean {
  const family = (id: string | undefined) => id?.split('/')[0];
  return !!found && family(found) === family(expected) && found !== expected;
}

function byCause(lang: Lang, error: DatamedError): ErrorText {
  const d = error.details;
  const file = d.url ?? '';
  const inFile = (text: string) =>
    file ? t(lang, 'errorInFile', { file, ...(d.field ? { field: d.field } : {}), detail: text }) : text;
  const query = d.query ?? '';
  // A server that says why it refused (the GraphQL API's message): shown in the details, as text.
  const reason = d.reason ? { detail: file ? `${file}: ${d.reason}` : d.reason } : {};
  // Data that are wrong stay wrong: the publisher can fix them, a retry cannot.
  const tell = t(lang, 'errorTellPublisher');
  switch (error.kind) {
    case 'network':
      return { message: t(lang, 'errorNetwork') };
    case 'cross-origin':
      return { message: t(lang, 'errorCrossOrigin') };
    case 'offline':
      return { message: t(lang, 'errorOffline'), detail: '' };
    case 'timeout':
      return { message: t(lang, 'errorTimeout') };
    case 'not-found':
      return { message: t(lang, 'errorNotFound') };
    case 'unavailable':
      return { message: t(lang, 'errorUnavailable', d.retryAfter ? { seconds: d.retryAfter } : {}) };
    case 'server':
      return { message: t(lang, 'errorServer', { status: d.status ?? 500 }), ...reason };
    case 'http':
      return { message: t(lang, 'errorHttp', { status: d.status ?? 0 }), ...reason };
    case 'not-json':
      return {
        message: t(lang, 'errorNotJson'),
        advice: tell,
        detail: inFile(error.message.replace(/^[^:]*: /, '')),
      };
    case 'html':
      return { message: t(lang, 'errorHtml'), advice: tell };
    case 'schema':
      if (!d.found) return { message: t(lang, 'errorSchemaMissing'), advice: tell };
      return newerVersion(d.found, d.expected)
        ? { message: t(lang, 'errorSchema', { found: d.found, expected: d.expected ?? '?' }) }
        : {
            message: t(lang, 'errorWrongFile', { found: d.found, expected: d.expected ?? '?' }),
            advice: tell,
          };
    case 'invalid': {
      const rule = d.rule ? t(lang, 'errorRule', { rule: d.rule }) : error.message;
      const extra = [
        d.expected && t(lang, 'errorExpected', { value: d.expected }),
        d.found && t(lang, 'errorFound', { value: d.found }),
      ]
        .filter(Boolean)
        .join(', ');
      return {
        message: t(lang, 'errorInvalid'),
        advice: tell,
        detail: inFile(extra ? `${rule} (${extra})` : rule),
      };
    }
    case 'unknown-substance': {
      const choices = d.choices ?? [];
      return choices.length
        ? {
            message: t(lang, 'errorNoSubstance', { query }),
            advice: t(lang, 'errorDidYouMean'),
            choices,
            detail: '',
          }
        : {
            message: t(lang, 'errorNoSubstance', { query }),
            advice: t(lang, 'errorCheckSpelling'),
            detail: '',
          };
    }
    case 'ambiguous-substance':
      return { message: t(lang, 'errorAmbiguous', { query }), choices: d.choices ?? [], detail: '' };
    case 'not-published': {
      const entry = d.choices?.[0];
      return {
        message: t(lang, 'errorNotPublished', {
          name: entry ? pick(lang, entry.name) : query,
          dataset: d.expected ?? '',
        }),
        advice: t(lang, 'errorPublished', { datasets: (d.datasets ?? []).join(' ') }),
        detail: '',
      };
    }
    case 'config':
      return {
        message:
          d.field === 'substance'
            ? t(lang, 'errorConfigSubstance')
            : d.field === 'atc'
              ? t(lang, 'errorConfigAtc')
              : d.field === 'cis'
                ? t(lang, 'errorConfigCis')
                : t(lang, 'errorConfig'),
        detail: error.message,
      };
    default:
      return { message: t(lang, 'errorUnknown'), detail: error.message };
  }
}

/** The texts of a failure; the detail defaults to the file that failed. */
export function errorMessage(lang: Lang, error: DatamedError): ErrorText {
  const text = byCause(lang, error);
  const detail = text.detail ?? error.details.url;
  const { detail: _, ...rest } = text;
  return detail ? { ...rest, detail } : rest;
}

/** What a screen reader hears when the error appears: the whole message, choices included. */
export function errorAnnouncement(lang: Lang, error: DatamedError): string {
  const { message, advice, choices } = errorMessage(lang, error);
  const names = choices?.map((c) => pick(lang, c.name)).join(', ');
  return [t(lang, 'errorTitle'), message, advice, names].filter(Boolean).join(' ');
}

export interface ErrorViewOptions {
  onRetry?: (() => void) | undefined;
  /** Switches the widget to another substance (a suggestion). */
  onChoose?: ((code: string) => void) | undefined;
}

/** The error state, where the content would be: title, message, what to do, choices, details. */
export function errorView(lang: Lang, error: DatamedError | undefined, o: ErrorViewOptions): TemplateResult {
  const { message, advice, choices, detail } = error
    ? errorMessage(lang, error)
    : { message: t(lang, 'errorUnknown'), advice: undefined, choices: undefined, detail: undefined };
  const offer = error?.kind !== 'not-published' && choices?.length && o.onChoose ? choices : undefined;
  // The frame's status says these words (errorAnnouncement), before this view: hidden here.
  return html`<div class="state state--error">
    <p class="state-title" aria-hidden="true">${t(lang, 'errorTitle')}</p>
    <p aria-hidden="true">${message}</p>
    ${advice ? html`<p aria-hidden="true">${advice}</p>` : nothing}
    ${
      offer
        ? html`<ul class="choices" part="choices">
            ${offer.map(
              (c) =>
                html`<li>
                  <button type="button" class="link" part="choice" @click=${() => o.onChoose?.(c.code)}>
                    ${pick(lang, c.name)}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      detail
        ? html`<details>
            <summary>${t(lang, 'errorDetails')}</summary>
            <code>${detail}</code>
          </details>`
        : nothing
    }
    ${
      o.onRetry && error && isRetryable(error)
        ? html`<button type="button" part="retry" @click=${o.onRetry}>${t(lang, 'retry')}</button>`
        : nothing
    }
  </div>`;
}

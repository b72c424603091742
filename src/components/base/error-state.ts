/**
 * The error state's pieces the frame always carries: the `datamed-error` event's detail, and the
 * loader of the error view (error-message.ts and its messages), an on-demand chunk fetched with
 * the page's first error, since most pages never show one.
 */
import { html, nothing } from 'lit';
import type { DatamedError } from '../../data/errors.js';
import type { DatamedErrorDetail } from '../../events.js';
import { t } from '../../i18n/messages.js';

type ErrorViews = Pick<typeof import('./error-message.js'), 'errorView' | 'errorAnnouncement'>;

/** When the chunk cannot be loaded (offline, stale cache): the title and a retry, still. */
const fallback: ErrorViews = {
  errorView: (lang, _error, o) =>
    html`<div class="state state--error">
      <p class="state-title" aria-hidden="true">${t(lang, 'errorTitle')}</p>
      ${o.onRetry ? html`<button type="button" part="retry" @click=${o.onRetry}>${t(lang, 'retry')}</button>` : nothing}
    </div>`,
  errorAnnouncement: (lang) => t(lang, 'errorTitle'),
};

let loaded: ErrorViews | undefined;
let loading: Promise<unknown> | undefined;

/** The error view when loaded; else starts loading it and calls `onLoad` once it is there. */
export function errorViews(onLoad?: () => void): ErrorViews | undefined {
  if (!loaded && onLoad) {
    loading ??= import('./error-message.js').then(
      (module) => (loaded = module),
      () => (loaded = fallback),
    );
    void loading.then(onLoad);
  }
  return loaded;
}

/** Settles once the error view asked for is there (at once when none was asked for). */
export function errorViewsSettled(): Promise<unknown> {
  return loading ?? Promise.resolve();
}

/** `datamed-error`'s detail: the kind, and what an unknown or ambiguous substance could be. */
export function errorDetail(error: DatamedError): DatamedErrorDetail {
  const { query, choices, datasets } = error.details;
  return {
    kind: error.kind,
    message: error.message,
    ...(query !== undefined ? { query } : {}),
    ...(choices ? { choices } : {}),
    ...(datasets ? { datasets } : {}),
  };
}

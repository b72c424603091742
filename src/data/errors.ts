/**
 * Every failure the data layer can report, as one error class with a `kind` the widgets turn into
 * a message in the page's language (`errorMessage` in `src/components/base/error-message.ts`).
 */

import type { SubstanceRef } from './contract.js';

export type ErrorKind =
  | 'network' // fetch rejected: server unreachable, DNS, CORS refusal (the browser does not say which)
  | 'cross-origin' // fetch rejected for an API on another site: unreachable, or no CORS headers (GraphQL adapter)
  | 'offline' // navigator.onLine is false
  | 'timeout'
  | 'aborted' // the widget no longer needs the answer; never shown
  | 'not-found' // HTTP 404 / 410
  | 'server' // HTTP 5xx except 503
  | 'unavailable' // HTTP 503, maybe with Retry-After
  | 'http' // other HTTP errors
  | 'not-json'
  | 'html' // an HTML page instead of JSON (SPA fallback, login wall, captive portal)
  | 'schema' // unknown or unsupported `schema` identifier
  | 'invalid' // contract violation: names the field
  | 'config' // bad attribute (e.g. an ATC code that cannot be one)
  | 'unknown-substance' // no substance has that code, name or alias: `details.choices` suggests some
  | 'ambiguous-substance' // several substances have that name or alias: `details.choices` lists them
  | 'not-published' // the substance exists, not these data for it: `details.datasets` says which do
  | 'unknown'; // a bug of ours: reported, never swallowed

export interface DatamedErrorDetails {
  url?: string;
  status?: number;
  /** The server's own explanation of a refusal (a GraphQL error message), plain text. */
  reason?: string;
  /** Seconds, from a Retry-After header. */
  retryAfter?: number;
  /** JSON path of the offending field, e.g. `sex[2].count`. */
  field?: string;
  /** What was expected and what was found (schema identifiers, types, allowed values). */
  found?: string;
  expected?: string;
  /** Which rule a payload broke, for a message in the page's language. */
  rule?: ValidationRule;
  /** What the page asked for (a `substance` attribute), as typed. */
  query?: string;
  /** Substances to offer instead: suggestions, or the candidates of an ambiguous name. */
  choices?: SubstanceRef[];
  /** The data a substance has, when it lacks those asked for. */
  datasets?: DatasetName[];
}

/** The kinds of data a substance may have (the `datasets` of its index entry). */
export type DatasetName = 'adverseEffects' | 'shortages';

export type ValidationRule =
  | 'required'
  | 'type'
  | 'range'
  | 'enum'
  | 'pattern'
  | 'date'
  | 'duplicate'
  | 'too-long'
  | 'too-many'
  | 'sum'
  | 'suppressed';

export class DatamedError extends Error {
  override readonly name = 'DatamedError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: DatamedErrorDetails = {},
  ) {
    super(message);
  }
}

/** Errors that trying again may cure: the network or the server, not the data nor the page. */
export function isRetryable(error: DatamedError): boolean {
  switch (error.kind) {
    // cross-origin: unreachable, or refused to other sites (CORS); only the first may pass on a retry.
    case 'network':
    case 'cross-origin':
    case 'offline':
    case 'timeout':
    case 'server':
    case 'unavailable':
      return true;
    case 'http':
      // 408 Request Timeout, 429 Too Many Requests: later may work; other 4xx will not.
      return error.details.status === 408 || error.details.status === 429;
    default:
      return false;
  }
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof DatamedError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}

/** Any thrown value as a DatamedError (unexpected ones keep their message for the details line). */
export function toDatamedError(error: unknown): DatamedError {
  if (error instanceof DatamedError) return error;
  if (isAbort(error)) return new DatamedError('aborted', 'aborted');
  const message = error instanceof Error ? error.message : String(error);
  return new DatamedError('unknown', message);
}

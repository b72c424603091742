/**
 * Every failure the data layer can report, as one error class with a `kind` the widgets turn into
 * a message in the page's language (`errorMessage` in `src/components/base/error-message.ts`).
 */

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
  | 'config' // bad attribute (e.g. a substance code that cannot be a file name)
  | 'unknown'; // a bug of ours: reported, never swallowed

export interface DatamedErrorDetails {
  url?: string;
  status?: number;
  /** Seconds, from a Retry-After header. */
  retryAfter?: number;
  /** JSON path of the offending field, e.g. `sex[2].count`. */
  field?: string;
  /** What was expected and what was found (schema identifiers, types, allowed values). */
  found?: string;
  expected?: string;
  /** Which rule a payload broke, for a message in the page's language. */
  rule?: ValidationRule;
}

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

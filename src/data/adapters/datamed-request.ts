/**
 * One GraphQL request to DataMed's API through the page's JSON client (shared, cached, timed out
 * like static files), with the answer's `errors` and `data` unwrapped.
 *
 * The deployed API sends no CORS headers: from a page of another site the browser refuses to let
 * the answer be read, and says no more than "failed to fetch". For an endpoint on another origin,
 * such a failure becomes a `cross-origin` error, whose message tells the integrator what to do
 * (relay the API through their own server: docs/graphql.md).
 */
import type { JsonClient } from '../client.js';
import { DatamedError } from '../errors.js';
import { cleanText } from '../text.js';

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message?: unknown }[];
}

/** The first message of a GraphQL answer's `errors`, if any. */
function errorMessageOf(answer: GraphqlAnswer<unknown> | null): string | undefined {
  const first = Array.isArray(answer?.errors) ? answer.errors[0] : undefined;
  return typeof first?.message === 'string' && first.message.trim() ? first.message.trim() : undefined;
}

/**
 * The explanation in the body of a refused request: the API answers a query it refuses (an
 * unknown field, a missing argument) with HTTP 400 and `{ errors: [{ message }] }`. Anything else
 * (an HTML error page of a proxy) gives none.
 */
export function refusalReason(body: string): string | undefined {
  let message: string | undefined;
  try {
    message = errorMessageOf(JSON.parse(body) as GraphqlAnswer<unknown>);
  } catch {
    return undefined;
  }
  // One line of plain text: line breaks, tabs and invisible controls go.
  const line = message && cleanText(message.replace(/\s+/g, ' '));
  return line && !line.startsWith('<') ? line.slice(0, 300) : undefined;
}

/** The answer's `data`, or a DatamedError naming the query. */
export function unwrap<T>(json: unknown, label: string): T {
  const answer = json as GraphqlAnswer<T> | null;
  if (!answer || typeof answer !== 'object')
    throw new DatamedError('invalid', `${label}: not a GraphQL answer`, { url: label });
  if (Array.isArray(answer.errors) && answer.errors.length) {
    const reason = (errorMessageOf(answer) ?? 'GraphQL error').slice(0, 300);
    throw new DatamedError('server', `${label}: ${reason}`, { url: label, status: 200, reason });
  }
  if (!answer.data) throw new DatamedError('invalid', `${label}: no data`, { url: label, field: 'data' });
  return answer.data;
}

function isCrossOrigin(endpoint: string): boolean {
  try {
    return typeof location !== 'undefined' && new URL(endpoint, location.href).origin !== location.origin;
  } catch {
    return false;
  }
}

export interface QueryOptions<T> {
  /** Cache kind: two parsings of the same query never share an entry. */
  kind: string;
  query: string;
  variables: Record<string, string>;
  /** Names the query in messages, e.g. `getSubstance(42215)`. */
  label: string;
  parse: (json: unknown) => T;
  signal?: AbortSignal | undefined;
}

export async function postQuery<T>(
  client: JsonClient,
  endpoint: string,
  options: QueryOptions<T>,
): Promise<T> {
  const { kind, query, variables, label, parse, signal } = options;
  try {
    return await client.get(endpoint, {
      kind,
      label,
      signal,
      body: JSON.stringify({ query, variables }),
      parse,
      reasonOf: refusalReason,
    });
  } catch (error) {
    if (error instanceof DatamedError && error.kind === 'network' && isCrossOrigin(endpoint)) {
      throw new DatamedError('cross-origin', `${label}: ${endpoint} could not be read from this page`, {
        url: label,
      });
    }
    throw error;
  }
}

/** The same promise, rejected as `aborted` as soon as the caller's signal aborts. */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new DatamedError('aborted', 'aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DatamedError('aborted', 'aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

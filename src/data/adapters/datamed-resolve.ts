/**
 * DataMed names substances by CODEX code (digits: `42215`), not by slug. A widget's `substance`
 * may be either: a CODEX code is used as it is; a slug (`paracetamol`) or a name (`Paracétamol`,
 * case and accents ignored) is looked up in `getSubstances`, asked once per endpoint and kept for
 * the page's life (the list is large and changes once a year). The list of products
 * (`getSpecialities`) is kept the same way.
 */
import type { JsonClient } from '../client.js';
import { DatamedError } from '../errors.js';
import { foldText } from '../vocabulary.js';
import { SPECIALITIES_QUERY, SUBSTANCES_QUERY } from './datamed-queries.js';
import { postQuery, unwrap, untilAborted } from './datamed-request.js';

export interface ApiSubstanceRef {
  code: string;
  name: string;
}

const lists = new Map<string, Promise<ApiSubstanceRef[]>>();

/**
 * The `{ code, name }` rows of a list query (`getSubstances`, `getSpecialities`): one request per
 * endpoint and list, kept for the page's life, retried after a failure.
 */
function cachedList(
  client: JsonClient,
  endpoint: string,
  list: { root: string; field: string; query: string },
  signal?: AbortSignal,
): Promise<ApiSubstanceRef[]> {
  const key = `${list.root} ${endpoint}`;
  let rows = lists.get(key);
  if (!rows) {
    const label = list.root;
    // Without the caller's signal: the list is shared by every widget of the page.
    rows = postQuery(client, endpoint, {
      kind: `gql-${list.root}`,
      query: list.query,
      variables: {},
      label,
      parse: (json) => {
        const data = unwrap<Record<string, Record<string, unknown> | null | undefined>>(json, label);
        const found = data[list.root]?.[list.field];
        return (Array.isArray(found) ? (found as ({ code?: unknown; name?: unknown } | null)[]) : [])
          .filter((s): s is ApiSubstanceRef => typeof s?.code === 'string' && typeof s.name === 'string')
          .map((s) => ({ code: s.code, name: s.name }));
      },
    });
    lists.set(key, rows);
    rows.catch(() => lists.delete(key));
  }
  return untilAborted(rows, signal);
}

/** `getSubstances` as `{ code, name }` pairs (CODEX codes). */
export const substanceList = (client: JsonClient, endpoint: string, signal?: AbortSignal) =>
  cachedList(
    client,
    endpoint,
    { root: 'getSubstances', field: 'substances', query: SUBSTANCES_QUERY },
    signal,
  );

/** `getSpecialities` as `{ code, name }` pairs (CIS codes): every product, for the search box. */
export const productList = (client: JsonClient, endpoint: string, signal?: AbortSignal) =>
  cachedList(
    client,
    endpoint,
    { root: 'getSpecialities', field: 'specialities', query: SPECIALITIES_QUERY },
    signal,
  );

/** `Paracétamol` → `paracetamol`, `Acide acétylsalicylique` → `acide-acetylsalicylique`. */
export function slugOf(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const CODEX_PATTERN = /^\d{1,12}$/;

/** The CODEX code for a widget's `substance`: a code as it is, else found by slug or name. */
export async function resolveSubstanceCode(
  client: JsonClient,
  endpoint: string,
  substance: string,
  signal?: AbortSignal,
): Promise<string> {
  const wanted = substance.trim();
  if (CODEX_PATTERN.test(wanted)) return wanted;
  if (!wanted || wanted.length > 200) {
    throw new DatamedError('config', `"${wanted.slice(0, 60)}" is not a substance`, {
      field: 'substance',
      found: wanted.slice(0, 60),
    });
  }
  const slug = slugOf(wanted);
  const list = await substanceList(client, endpoint, signal);
  const found = list.find((s) => slugOf(s.name) === slug);
  if (!found) {
    throw new DatamedError('not-found', `getSubstances: no substance "${wanted.slice(0, 60)}"`, {
      url: 'getSubstances',
      field: 'substance',
      found: wanted.slice(0, 60),
    });
  }
  return found.code;
}

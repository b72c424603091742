/**
 * What a person types in a `substance` attribute — a code, a name, an alias or a brand name, case
 * and accents ignored — turned into the code of one substance, through the list of substances of
 * the source (the static tree's index, or what its adapter supplies). When nothing matches, the
 * error suggests up to three substances; when several do, it lists them instead of guessing.
 *
 * Loaded on demand (repository.ts imports it when a typed value is not a code the source knows):
 * a page whose attributes are codes never downloads it. The index is one request per page, shared
 * by every widget through the client's cache. Only `index.json`: the products (`products-index.json`,
 * product-index.ts) are the search box's, and a name here is always a substance's.
 */
import type { IndexEntry, SubstanceRef } from './contract.js';
import { DatamedError, type DatasetName } from './errors.js';
import { getClient, loadIndex, resolveSource } from './sources.js';
import { fold, search, searchEntries, type SearchEntry } from './substance-match.js';

/** A list of substances to resolve names against (what a source adapter may supply). */
export interface SubstanceCatalogue {
  substances(signal?: AbortSignal): Promise<readonly IndexEntry[]>;
}

export type Resolution =
  | { kind: 'found'; entry: IndexEntry }
  | { kind: 'ambiguous'; choices: IndexEntry[] }
  | { kind: 'unknown'; choices: IndexEntry[] };

/** Most substances offered by an "unknown" or "ambiguous" message. */
export const MAX_CHOICES = 3;

/**
 * The catalogue of a widget's `source`: a static tree's index, or the list a source adapter
 * supplies (`SourceAdapter.substances`); undefined for an adapter that has none.
 */
export function catalogueOf(attribute: string | null | undefined): SubstanceCatalogue | undefined {
  const source = resolveSource(attribute);
  if (source.kind === 'adapter') {
    const { adapter, url } = source;
    if (!adapter.substances) return undefined;
    return { substances: (signal) => adapter.substances!(getClient(), url, signal) };
  }
  return { substances: (signal) => loadIndex(attribute, signal).then((index) => index.substances) };
}

interface Prepared {
  search: SearchEntry[];
  /** Folded code, French and English names, aliases of each entry. */
  keys: { entry: IndexEntry; code: string; names: string[]; aliases: string[] }[];
}

// Folding 1,500 entries takes a few milliseconds: once per list, whatever the number of widgets.
const prepared = new WeakMap<readonly IndexEntry[], Prepared>();

function prepare(entries: readonly IndexEntry[]): Prepared {
  let p = prepared.get(entries);
  if (!p) {
    p = {
      search: searchEntries({ substances: [...entries] }, undefined),
      keys: entries.map((entry) => ({
        entry,
        code: entry.code,
        names: [entry.name.fr, entry.name.en ?? ''].map((n) => fold(n).text),
        aliases: (entry.aliases ?? []).map((a) => fold(a).text),
      })),
    };
    prepared.set(entries, p);
  }
  return p;
}

/** Edit distance (insertions, deletions, substitutions), given up above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** Close spellings, for a typo no substring search finds ("ibuprofan", "paracetamole"). */
function nearest(p: Prepared, query: string): IndexEntry[] {
  const max = Math.max(1, Math.floor(query.length / 4));
  const scored: { entry: IndexEntry; d: number }[] = [];
  for (const k of p.keys) {
    const d = Math.min(...[...k.names, ...k.aliases].map((text) => distance(query, text, max)));
    if (d <= max) scored.push({ entry: k.entry, d });
  }
  scored.sort((a, b) => a.d - b.d || a.entry.name.fr.localeCompare(b.entry.name.fr, 'fr'));
  return scored.slice(0, MAX_CHOICES).map((s) => s.entry);
}

/**
 * The substance a typed text names. Exact matches only, in order: the code, a French or English
 * name, an alias (brand names); the first of these that matches decides, and more than one
 * substance there is ambiguous. Otherwise up to three suggestions: substances whose name or alias
 * contains the text (as the search box ranks them), else close spellings.
 */
export function resolveName(entries: readonly IndexEntry[], text: string): Resolution {
  const p = prepare(entries);
  const query = fold(text).text;
  const code = text.trim().toLowerCase();
  const tiers = [
    p.keys.filter((k) => k.code === code),
    p.keys.filter((k) => k.names.includes(query)),
    p.keys.filter((k) => k.aliases.includes(query)),
  ];
  for (const tier of tiers) {
    const found = [...new Set(tier.map((k) => k.entry))];
    if (found.length === 1) return { kind: 'found', entry: found[0]! };
    if (found.length > 1) {
      const choices = found.sort((a, b) => a.name.fr.localeCompare(b.name.fr, 'fr'));
      return { kind: 'ambiguous', choices };
    }
  }
  if (!query) return { kind: 'unknown', choices: [] };
  const hits = search(p.search, text, MAX_CHOICES).hits.map((h) => h.entry);
  return { kind: 'unknown', choices: hits.length ? hits : nearest(p, query) };
}

const ref = (e: IndexEntry): SubstanceRef => ({ code: e.code, name: e.name });

/** The datasets an entry has. */
function datasetsOf(entry: IndexEntry): DatasetName[] {
  return (['adverseEffects', 'shortages'] as const).filter((d) => entry.datasets[d]);
}

/**
 * The code whose `dataset` to load for a typed text, or the error that says why there is none:
 * unknown (with suggestions), ambiguous (with the candidates), or not published for that substance
 * (with the data it has). `notFound` is the 404 of the text tried as a code, if it was: when the
 * index lists that very code with the dataset, the tree is inconsistent and that 404 is the answer.
 */
export async function resolveCode(
  catalogue: SubstanceCatalogue,
  text: string,
  dataset: DatasetName,
  signal?: AbortSignal,
  notFound?: DatamedError,
): Promise<string> {
  let entries: readonly IndexEntry[];
  try {
    entries = await catalogue.substances(signal);
  } catch (error) {
    // No index to search (a tree without one): the original 404 says more than the index's.
    if (notFound && error instanceof DatamedError && error.kind === 'not-found') throw notFound;
    throw error;
  }
  const typed = text.trim().slice(0, 80);
  const resolution = resolveName(entries, typed);
  const details = { field: 'substance', query: typed };
  if (resolution.kind === 'unknown') {
    throw new DatamedError('unknown-substance', `no substance "${typed}"`, {
      ...details,
      choices: resolution.choices.slice(0, MAX_CHOICES).map(ref),
    });
  }
  if (resolution.kind === 'ambiguous') {
    throw new DatamedError('ambiguous-substance', `"${typed}" names several substances`, {
      ...details,
      choices: resolution.choices.slice(0, 8).map(ref),
    });
  }
  const { entry } = resolution;
  if (!entry.datasets[dataset]) {
    throw new DatamedError('not-published', `no ${dataset} data for ${entry.code}`, {
      ...details,
      expected: dataset,
      choices: [ref(entry)],
      datasets: datasetsOf(entry),
    });
  }
  if (notFound && entry.code === typed.toLowerCase()) throw notFound;
  return entry.code;
}

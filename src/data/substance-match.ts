/**
 * Matching typed text against the substance index, for the search box and for the widgets'
 * `substance` attribute (src/data/resolve.ts): folded once when the index arrives, so each
 * keystroke only compares strings. Case, accents, ligatures and apostrophes do not matter
 * ("paracetamol" finds "Paracétamol", "oestrodose" finds "Œstrodose"); brand names and other
 * aliases match too. Pure: no DOM.
 */
import type { IndexEntry, IndexFile } from './contract.js';

/** A text folded for matching, with where each folded character comes from in the original. */
export interface Folded {
  text: string;
  /** `from[i]`: index in the original of folded character i; one more entry for the end. */
  from: number[];
}

const MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Folds a text (lower case, no accents, ligatures spelt out, one kind of apostrophe and space). */
export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  let space = true; // drops leading spaces and collapses runs
  let i = 0;
  for (const ch of original) {
    let f = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    f = LIGATURES[f] ?? f;
    if (/[’ʼ`´]/.test(f)) f = "'";
    if (/\s/.test(f)) {
      if (!space) {
        text += ' ';
        from.push(i);
      }
      space = true;
    } else {
      for (const c of f) {
        text += c;
        from.push(i);
      }
      space = false;
    }
    i += ch.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
  }
  from.push(original.length);
  return { text, from };
}

export interface SearchEntry {
  entry: IndexEntry;
  name: string;
  folded: Folded;
  aliases: { text: string; folded: Folded }[];
}

export interface SearchHit {
  entry: IndexEntry;
  /** Display name of the substance. */
  name: string;
  /** Parts of the name that match the query, [start, end) in the name. */
  nameRanges: [number, number][];
  /** The alias that matched, when the name itself did not. */
  alias?: { text: string; ranges: [number, number][] };
}

export type DatasetFilter = 'adverse-effects' | 'shortages' | undefined;

/** The searchable entries of an index, optionally only those with a given dataset. */
export function searchEntries(index: Pick<IndexFile, 'substances'>, dataset: DatasetFilter): SearchEntry[] {
  return index.substances
    .filter((e) =>
      dataset === 'adverse-effects'
        ? e.datasets.adverseEffects
        : dataset === 'shortages'
          ? e.datasets.shortages
          : true,
    )
    .map((entry) => ({ entry, ...foldedNames(entry) }));
}

/** A searchable thing's French name and other names, each folded once (substances, products). */
export function foldedNames(item: {
  name: { fr: string };
  aliases?: string[] | undefined;
}): Pick<SearchEntry, 'name' | 'folded' | 'aliases'> {
  return {
    name: item.name.fr,
    folded: fold(item.name.fr),
    aliases: (item.aliases ?? []).map((text) => ({ text, folded: fold(text) })),
  };
}

/** Scored hits best first (lowest score), then the shorter name, then alphabetical; at most `limit`. */
export function bestFirst<H extends { name: string }>(
  scored: { hit: H; score: number }[],
  limit: number,
): { hits: H[]; total: number } {
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.hit.name.length - b.hit.name.length ||
      a.hit.name.localeCompare(b.hit.name, 'fr'),
  );
  return { hits: scored.slice(0, Math.max(0, limit)).map((s) => s.hit), total: scored.length };
}

/** How well a folded text matches: 0 equal, 1 starts with, 2 a word starts with, 3 contains; -1 no. */
function matchRank(text: string, query: string): { rank: number; at: number } {
  if (text === query) return { rank: 0, at: 0 };
  if (text.startsWith(query)) return { rank: 1, at: 0 };
  let at = text.indexOf(query);
  if (at < 0) return { rank: -1, at };
  let firstWord = -1;
  while (at >= 0) {
    if (/[\s(\-'/,.]/.test(text[at - 1] ?? ' ')) {
      firstWord = at;
      break;
    }
    at = text.indexOf(query, at + 1);
  }
  return firstWord >= 0 ? { rank: 2, at: firstWord } : { rank: 3, at: text.indexOf(query) };
}

/** The original range of a folded match. */
function originalRange(f: Folded, at: number, length: number): [number, number] {
  return [f.from[at]!, f.from[at + length]!];
}

/**
 * Matching entries, best first: the name equal to the query, starting with it, a word of it
 * starting with it, containing it; then the same on aliases. Ties: shorter name, then alphabetical.
 */
export function search(
  entries: SearchEntry[],
  query: string,
  limit: number,
): { hits: SearchHit[]; total: number } {
  const q = fold(query).text;
  if (!q) return { hits: [], total: 0 };
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const e of entries) {
    const own = matchRank(e.folded.text, q);
    if (own.rank >= 0) {
      scored.push({
        score: own.rank,
        hit: { entry: e.entry, name: e.name, nameRanges: [originalRange(e.folded, own.at, q.length)] },
      });
      continue;
    }
    let best: { rank: number; at: number; alias: SearchEntry['aliases'][number] } | undefined;
    for (const alias of e.aliases) {
      const m = matchRank(alias.folded.text, q);
      if (m.rank >= 0 && (!best || m.rank < best.rank)) best = { ...m, alias };
    }
    if (best) {
      scored.push({
        score: 4 + best.rank,
        hit: {
          entry: e.entry,
          name: e.name,
          nameRanges: [],
          alias: { text: best.alias.text, ranges: [originalRange(best.alias.folded, best.at, q.length)] },
        },
      });
    }
  }
  return bestFirst(scored, limit);
}

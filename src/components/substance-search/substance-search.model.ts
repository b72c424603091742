/**
 * The search box's model: matching lives in the data layer (src/data/substance-match.ts, shared
 * with the widgets' name resolution); here, what only the list needs. Pure: no DOM.
 */
export {
  fold,
  search,
  searchEntries,
  type DatasetFilter,
  type Folded,
  type SearchEntry,
  type SearchHit,
} from '../../data/substance-match.js';

/** Splits a text into plain and matching parts, for highlighting. */
export function splitRanges(text: string, ranges: [number, number][]): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    if (end > start) parts.push({ text: text.slice(start, end), match: true });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

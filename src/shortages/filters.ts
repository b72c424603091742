/**
 * Filters of the shortage widgets and the counts beside each choice: which items pass, and how
 * many each facet value would show. Numbers only, on the codes `buildTimeline` gave each item, so
 * that a filter change fits in a frame.
 */
import type { ShortageClassification, ShortageState } from '../data/contract.js';
import { CLASSIFICATIONS, FACETS, STATES, type Facet, type Timeline, type TimelineItem } from './model.js';

/** Scope of a widget: one substance (its own file), one product, one ATC class, or everything. */
export interface ShortageScopeAttributes {
  substance?: string | undefined;
  product?: string | undefined;
  atc?: string | undefined;
}

export interface ShortageFilters {
  /** Classifications shown; all when undefined. */
  classifications?: readonly ShortageClassification[];
  /** States shown; all when undefined. */
  states?: readonly ShortageState[];
  /** One cause key (or `NO_CAUSE`); all when undefined. */
  cause?: string;
  /** One ATC level 1 letter (or `NO_ATC`); all when undefined. */
  atc?: string;
}

/** For each facet, how many items each value would show given the other facets' filters. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/** The values of each facet found in the data (whatever the filters: a choice never vanishes). */
export function facetValues(timeline: Timeline): Record<Facet, string[]> {
  const f = timeline.facets;
  return {
    classification: CLASSIFICATIONS.filter((c) => f.classification.includes(c)),
    state: STATES.filter((s) => f.state.includes(s)),
    cause: f.cause,
    atc: f.atc,
  };
}

export function isFiltered(filters: ShortageFilters): boolean {
  return (
    (!!filters.classifications && filters.classifications.length < CLASSIFICATIONS.length) ||
    (!!filters.states && filters.states.length < STATES.length) ||
    filters.cause !== undefined ||
    filters.atc !== undefined
  );
}

export interface FilterResult {
  /** Items shown, in file order. */
  items: TimelineItem[];
  counts: FacetCounts;
}

/** Which values of a facet pass the filters: one flag per value code. */
function allowed(timeline: Timeline, facet: Facet, filters: ShortageFilters): Uint8Array {
  const values = timeline.facets[facet];
  const keep = (value: string): boolean => {
    switch (facet) {
      case 'classification':
        return !filters.classifications || filters.classifications.includes(value as ShortageClassification);
      case 'state':
        return !filters.states || filters.states.includes(value as ShortageState);
      case 'cause':
        return filters.cause === undefined || value === filters.cause;
      case 'atc':
        return filters.atc === undefined || value === filters.atc;
    }
  };
  return Uint8Array.from(values, (v) => (keep(v) ? 1 : 0));
}

/**
 * Applies the filters and counts, for every facet value, what choosing it would show (the items
 * that pass every other facet). Numbers only: a frame's budget on 6,000 declarations.
 */
export function filterTimeline(timeline: Timeline, filters: ShortageFilters): FilterResult {
  const pass = FACETS.map((facet) => allowed(timeline, facet, filters));
  const tallies = FACETS.map((facet) => new Int32Array(timeline.facets[facet].length));
  const items: TimelineItem[] = [];
  const [p0, p1, p2, p3] = pass as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const [c0, c1, c2, c3] = timeline.codes as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  const all = timeline.items;
  for (let i = 0; i < all.length; i++) {
    const k0 = c0[i]!;
    const k1 = c1[i]!;
    const k2 = c2[i]!;
    const k3 = c3[i]!;
    // Which facets fail? Counting a facet's values ignores that facet's own filter.
    const failures = (p0[k0] ? 0 : 1) + (p1[k1] ? 0 : 2) + (p2[k2] ? 0 : 4) + (p3[k3] ? 0 : 8);
    if (failures === 0) {
      items.push(all[i]!);
      tallies[0]![k0]!++;
      tallies[1]![k1]!++;
      tallies[2]![k2]!++;
      tallies[3]![k3]!++;
    } else if (failures === 1) tallies[0]![k0]!++;
    else if (failures === 2) tallies[1]![k1]!++;
    else if (failures === 4) tallies[2]![k2]!++;
    else if (failures === 8) tallies[3]![k3]!++;
  }
  const counts = {} as FacetCounts;
  FACETS.forEach((facet, k) => {
    const map = new Map<string, number>();
    timeline.facets[facet].forEach((value, c) => tallies[k]![c] && map.set(value, tallies[k]![c]!));
    counts[facet] = map;
  });
  return { items, counts };
}

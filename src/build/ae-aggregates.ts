/** What the adverse-effect tables leave of a substance once read: a few numbers per cell. Pure. */
import type { AgeBand, SexKey } from './ae-columns.js';

/** Cases and treated patients of one row of the year, sex or age table (and where it was read). */
export interface Pair {
  cases: number;
  patients: number;
  line: number;
}

/**
 * The counts of one organ class by sex or by age band: two or three pairs, in a flat array. A `Map`
 * each would cost about twice the memory, and there are some 50 per substance: what a build
 * keeps of a large input is mostly these.
 */
export class PartCounts<K extends string | number> {
  private pairs: (K | number)[] = [];

  get(part: K): number | undefined {
    for (let i = 0; i < this.pairs.length; i += 2)
      if (this.pairs[i] === part) return this.pairs[i + 1] as number;
    return undefined;
  }

  has(part: K): boolean {
    return this.get(part) !== undefined;
  }

  set(part: K, n: number): void {
    for (let i = 0; i < this.pairs.length; i += 2)
      if (this.pairs[i] === part) {
        this.pairs[i + 1] = n;
        return;
      }
    // A new array of the exact size: `push` would reserve room for 16 more (some 130 bytes each).
    this.pairs = this.pairs.concat([part, n]);
  }

  keys(): K[] {
    return this.pairs.filter((_, i) => i % 2 === 0) as K[];
  }
}

/** Aggregates of one substance, as read. */
export interface SubstanceTables {
  /** The name as the tables give it (the key that joins the tables). */
  name: string;
  years: Map<number, Pair>;
  sex: Map<SexKey, Pair>;
  age: Map<string, Pair & { band: AgeBand }>;
  socSex: Map<string, PartCounts<SexKey>>;
  socAge: Map<string, PartCounts<number>>;
  /** `n_cas` of the organ-class tables (one value per table), and the line that first gave it. */
  socCases: { sex?: number; age?: number };
  socCasesLine: { sex?: number; age?: number };
}

/** The number of cases of a substance: the year table, else the sex table, else the age table. */
export function casesOf(s: SubstanceTables): number | undefined {
  for (const part of [s.years, s.sex, s.age] as Map<unknown, Pair>[]) {
    if (part.size) {
      let total = 0;
      for (const p of part.values()) total += p.cases;
      return total;
    }
  }
  return undefined;
}

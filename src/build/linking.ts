/**
 * Links shortage declarations to the substances of the adverse-effect tables. Shortage exports
 * name the substance in free text, often the INN without its salt ("metformine", "PACLITAXEL",
 * "atracurium (bésilate d')"); the tables use salt names ("CHLORHYDRATE DE METFORMINE"). In order:
 * 1. exact: the same words, whatever their order, case and accents (`nameKey`);
 * 2. alias: a name the BDPM gives the same substance (its therapeutic fraction: "METFORMINE");
 * 3. base: the same molecule once salt and hydrate words are dropped (`baseKey`); when several
 *    table substances share it, the one named by the molecule alone, else the one with most cases;
 * 4. combination: "Amoxicilline + Acide clavulanique" links to each part that links.
 * What links to nothing becomes a substance of its own in the index (shortages only), so the
 * search still finds it. Pure: no Node APIs.
 */
import { baseKey, combinationParts, nameKey } from './names.js';

export type LinkMethod = 'exact' | 'alias' | 'base' | 'combination';

export interface Link {
  /** Names of adverse-effect substances (table keys), first the main one. */
  names: string[];
  method: LinkMethod;
}

export class SubstanceLinker {
  private readonly byKey = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly byBase = new Map<string, string[]>();
  private readonly cache = new Map<string, Link | undefined>();

  /**
   * @param names the adverse-effect substances (table keys) with their number of cases (tie-breaks)
   * @param aliases other names of the same substances (BDPM fractions, accented spellings)
   */
  constructor(
    private readonly names: ReadonlyMap<string, number>,
    aliases: ReadonlyMap<string, Iterable<string>> = new Map(),
  ) {
    for (const name of [...names.keys()].sort()) {
      const key = nameKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, name);
      const base = baseKey(name);
      if (base) this.byBase.set(base, [...(this.byBase.get(base) ?? []), name]);
    }
    for (const [name, others] of [...aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      for (const other of others) {
        const key = nameKey(other);
        if (!this.byKey.has(key) && !this.byAlias.has(key)) this.byAlias.set(key, name);
      }
    }
  }

  /** The adverse-effect substance(s) a free-text substance name designates, or undefined. */
  link(text: string): Link | undefined {
    const trimmed = text.trim();
    if (!trimmed) return undefined;
    if (this.cache.has(trimmed)) return this.cache.get(trimmed);
    const found = this.single(trimmed) ?? this.combination(trimmed);
    this.cache.set(trimmed, found);
    return found;
  }

  private single(text: string): Link | undefined {
    const key = nameKey(text);
    if (!key) return undefined;
    const exact = this.byKey.get(key);
    if (exact) return { names: [exact], method: 'exact' };
    const alias = this.byAlias.get(key);
    if (alias) return { names: [alias], method: 'alias' };
    const base = baseKey(text);
    const candidates = base ? this.byBase.get(base) : undefined;
    if (!candidates) return undefined;
    const plain = candidates.find((c) => nameKey(c) === base);
    const best =
      plain ??
      [...candidates].sort((a, b) => this.names.get(b)! - this.names.get(a)! || (a < b ? -1 : 1))[0]!;
    return { names: [best], method: 'base' };
  }

  private combination(text: string): Link | undefined {
    const parts = combinationParts(text);
    if (!parts.length) return undefined;
    const names: string[] = [];
    for (const part of parts) {
      const found = this.single(part);
      if (!found) return undefined;
      if (!names.includes(found.names[0]!)) names.push(found.names[0]!);
    }
    return { names, method: 'combination' };
  }
}

/**
 * The substances of the tree: one entry per substance of the adverse-effect tables and per name of
 * a shortage declaration that links to none of them, each with its code, display name, aliases
 * (BDPM spellings, brand names), ATC and BDPM codes; and every declaration linked to the entries it
 * is about. The index entries are made from them here; tree.ts writes the files.
 */
import type { IndexEntry, ShortageDeclaration } from '../data/contract.js';
import { foldText as foldUncached } from '../data/vocabulary.js';
import { casesOf } from './ae-aggregates.js';
import { SubstanceLinker } from './linking.js';
import { assignCodes, baseKey, brandOf, displayName, nameKey } from './names.js';
import type { BuildSummary, TreeInputs } from './tree-types.js';

/** Folding is costly (Unicode normalisation) and names repeat: each text is folded once. */
const folded = new Map<string, string>();
function foldText(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear();
    folded.set(text, (f = foldUncached(text)));
  }
  return f;
}

/** A substance of the index while it is gathered. */
export interface Entry {
  code: string;
  name: string;
  /** Key in the adverse-effect tables, for substances that have one. */
  tableName?: string;
  aliases: Map<string, { text: string; weight: number }>;
  atc: Set<string>;
  bdpm: Set<string>;
  /** Words of the base molecule, computed once. */
  molecule?: Set<string>;
}

export interface Substances {
  /** Every entry, in code order. */
  ordered: Entry[];
  /** How many entries come from shortage declarations only. */
  shortagesOnly: number;
  /** The declarations with their substance code, in date then id order, and every code they concern. */
  linkedDeclarations: { declaration: ShortageDeclaration; codes: string[] }[];
  /** The shortage figures of the build summary. */
  shortages: BuildSummary['shortages'];
  /**
   * Our code of a substance of the medicines database (its code and name): by its code when the
   * adverse-effect tables name it alike, else by name as declarations are linked, else the
   * shortage-only substance of that name.
   */
  substanceCodeOf: (bdpmCode: string, name: string) => string | undefined;
}

/** Links the declarations to the substances and gathers the entries. */
export function gatherSubstances(inputs: TreeInputs): Substances {
  const tables = inputs.adverseEffects;
  const bdpm = inputs.bdpm;
  const substances = tables ? [...tables.substances.values()] : [];
  const casesByName = new Map(substances.map((s) => [s.name, casesOf(s) ?? 0]));

  // BDPM substance codes of each table substance (same words), their fractions and spellings.
  const bdpmCodes = new Map<string, string[]>();
  const aliasNames = new Map<string, Set<string>>();
  if (bdpm) {
    const byKey = new Map<string, string>();
    for (const s of substances) byKey.set(nameKey(s.name), s.name);
    const fractions = bdpm.fractionNames();
    for (const [code, bdpmName] of [...bdpm.substanceNames].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const tableName = byKey.get(nameKey(bdpmName));
      if (!tableName) continue;
      bdpmCodes.set(tableName, [...(bdpmCodes.get(tableName) ?? []), code]);
      const set = aliasNames.get(tableName) ?? new Set<string>();
      for (const fraction of fractions.get(code) ?? []) set.add(fraction);
      aliasNames.set(tableName, set);
    }
  }
  const linker = new SubstanceLinker(casesByName, aliasNames);

  // Declarations: shortage exports, then the current availability of the BDPM.
  const summaryShortages: BuildSummary['shortages'] = {
    declarations: 0,
    fromAvailability: 0,
    availabilitySkipped: 0,
    withSubstance: 0,
    linked: 0,
    byMethod: { exact: 0, alias: 0, base: 0, combination: 0, bdpm: 0 },
    unlinkedNames: 0,
  };
  const pending: { declaration: ShortageDeclaration; tableNames: string[]; orphan?: string }[] = [];
  const orphans = new Map<string, Map<string, number>>(); // name key → spellings
  const noteOrphan = (text: string) => {
    const key = nameKey(text);
    if (!key) return undefined;
    const spellings = orphans.get(key) ?? new Map<string, number>();
    spellings.set(text.trim(), (spellings.get(text.trim()) ?? 0) + 1);
    orphans.set(key, spellings);
    return key;
  };
  for (const declaration of inputs.shortages ?? []) {
    const link = linker.link(declaration.substance);
    if (declaration.substance.trim()) summaryShortages.withSubstance++;
    if (link) {
      summaryShortages.linked++;
      summaryShortages.byMethod[link.method]++;
      pending.push({ declaration, tableNames: link.names });
    } else {
      const orphan = noteOrphan(declaration.substance);
      pending.push({ declaration, tableNames: [], ...(orphan ? { orphan } : {}) });
    }
  }
  if (bdpm?.kinds.has('dispo')) {
    const tableNameOfCode = new Map<string, string>();
    for (const [name, codes] of bdpmCodes) for (const code of codes) tableNameOfCode.set(code, name);
    const { declarations, skipped } = bdpm.availabilityDeclarations();
    summaryShortages.fromAvailability = declarations.length;
    summaryShortages.availabilitySkipped = skipped;
    for (const { substanceCodes, ...declaration } of declarations) {
      if (declaration.substance) summaryShortages.withSubstance++;
      const direct = substanceCodes.map((c) => tableNameOfCode.get(c)).filter((n): n is string => !!n);
      const link = direct.length
        ? { names: direct, method: 'bdpm' as const }
        : linker.link(declaration.substance);
      if (link) {
        summaryShortages.linked++;
        summaryShortages.byMethod[link.method]++;
        pending.push({ declaration, tableNames: [...new Set(link.names)] });
      } else {
        const orphan = noteOrphan(declaration.substance);
        pending.push({ declaration, tableNames: [], ...(orphan ? { orphan } : {}) });
      }
    }
  }
  summaryShortages.declarations = pending.length;
  summaryShortages.unlinkedNames = orphans.size;

  // Codes for every substance: the table names, and one spelling per orphan name.
  const orphanName = new Map<string, string>();
  for (const [key, spellings] of orphans) {
    const best = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    orphanName.set(key, best);
  }
  const codes = assignCodes([...substances.map((s) => s.name), ...orphanName.values()]);
  const entries = new Map<string, Entry>();
  const entryOfTable = new Map<string, Entry>();
  const entryOfOrphan = new Map<string, Entry>();
  const newEntry = (name: string, display: string, tableName?: string): Entry => {
    const entry: Entry = {
      code: codes.get(name)!,
      name: display,
      ...(tableName ? { tableName } : {}),
      aliases: new Map(),
      atc: new Set(),
      bdpm: new Set(),
    };
    entries.set(entry.code, entry);
    return entry;
  };
  for (const s of substances) {
    const accented = bdpmCodes.get(s.name)?.map((c) => bdpm!.substanceNames.get(c)!)[0];
    const entry = newEntry(s.name, displayName(accented ?? s.name), s.name);
    for (const c of bdpmCodes.get(s.name) ?? []) entry.bdpm.add(c);
    for (const fraction of aliasNames.get(s.name) ?? []) addAlias(entry, displayName(fraction), 100);
    entryOfTable.set(s.name, entry);
  }
  for (const [key, name] of orphanName) entryOfOrphan.set(key, newEntry(name, displayName(name)));

  // Brand names from the BDPM medicines that contain each substance.
  if (bdpm) {
    const medicines = bdpm.medicinesBySubstance();
    for (const [tableName, list] of bdpmCodes) {
      const entry = entryOfTable.get(tableName)!;
      for (const code of list)
        for (const cis of medicines.get(code) ?? []) {
          const brand = brandOf(bdpm.products.get(cis)?.name ?? '');
          if (brand && !isGeneric(brand, entry)) addAlias(entry, brand, 10);
        }
    }
  }

  // Declarations get their substance codes; substances get brands, spellings and ATC codes.
  const linkedDeclarations = pending.map(({ declaration, tableNames, orphan }) => {
    const linked = tableNames.map((n) => entryOfTable.get(n)!);
    const targets = orphan ? [entryOfOrphan.get(orphan)!] : linked;
    if (targets.length === 1 && !orphan) {
      const entry = targets[0]!;
      if (!bdpmCodes.has(entry.tableName!)) entry.name = withAccents(entry.name, declaration.substance);
    }
    for (const entry of targets) {
      const brand = brandOf(declaration.product);
      if (brand && !isGeneric(brand, entry)) addAlias(entry, brand, 1);
      if (
        declaration.substance &&
        nameKey(declaration.substance) !== nameKey(entry.name) &&
        targets.length === 1
      )
        addAlias(entry, displayName(declaration.substance), 1);
      if (declaration.atc && targets.length === 1) entry.atc.add(declaration.atc);
    }
    const codes = targets.map((e) => e.code);
    const withCode: ShortageDeclaration = {
      ...declaration,
      ...(codes.length ? { substanceCode: codes[0]! } : {}),
    };
    return { declaration: withCode, codes };
  });
  linkedDeclarations.sort(({ declaration: a }, { declaration: b }) =>
    a.reported < b.reported ? -1 : a.reported > b.reported ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );

  const ordered = [...entries.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const codeOfBdpm = new Map<string, string>();
  for (const [tableName, list] of bdpmCodes)
    for (const c of list) codeOfBdpm.set(c, entryOfTable.get(tableName)!.code);
  const substanceCodeOf = (bdpmCode: string, name: string) => {
    const byCode = codeOfBdpm.get(bdpmCode);
    if (byCode) return byCode;
    const link = linker.link(name);
    if (link?.names.length === 1) return entryOfTable.get(link.names[0]!)!.code;
    return entryOfOrphan.get(nameKey(name))?.code;
  };
  return {
    ordered,
    shortagesOnly: entryOfOrphan.size,
    linkedDeclarations,
    shortages: summaryShortages,
    substanceCodeOf,
  };
}

/** The index entry of a substance: at most 20 aliases, the most frequent first, and 10 ATC codes. */
export function indexEntry(e: Entry, has: { adverseEffects: boolean; shortages: boolean }): IndexEntry {
  const own = foldText(e.name);
  const aliases = [...e.aliases]
    .filter(([folded]) => folded !== own)
    .sort(([ka, a], [kb, b]) => b.weight - a.weight || (ka < kb ? -1 : 1))
    .slice(0, 20)
    .map(([, a]) => a.text);
  const atc = [...e.atc]
    .filter((c) => ![...e.atc].some((o) => o !== c && o.startsWith(c)))
    .sort()
    .slice(0, 10);
  return {
    code: e.code,
    name: { fr: e.name },
    ...(aliases.length ? { aliases } : {}),
    ...(atc.length ? { atc } : {}),
    ...(e.bdpm.size ? { bdpm: [...e.bdpm].sort() } : {}),
    datasets: {
      ...(has.adverseEffects ? { adverseEffects: !!e.tableName } : {}),
      ...(has.shortages ? { shortages: true } : {}),
    },
  };
}

function addAlias(entry: Entry, text: string, weight: number): void {
  const key = foldText(text);
  if (!key || text.length > 300) return;
  const known = entry.aliases.get(key);
  if (known) known.weight += weight;
  else entry.aliases.set(key, { text, weight });
}

/** "Amoxicilline Biogaran", "Acide zolédronique Sandoz": generics named after the substance, not brands. */
function isGeneric(brand: string, entry: Entry): boolean {
  entry.molecule ??= new Set(baseKey(entry.tableName ?? entry.name).split(' '));
  return baseKey(brand)
    .split(' ')
    .some((word) => entry.molecule!.has(word));
}

/**
 * The display name with the accents of a spelling that differs from it only by case and accents:
 * "Paracetamol" (table) and "paracétamol" (shortage export) → "Paracétamol".
 */
export function withAccents(display: string, spelling: string): string {
  if (!/[\u0080-\uffff]/.test(spelling)) return display; // nothing to take from a plain spelling
  const a = display.normalize('NFC');
  const b = spelling.trim().normalize('NFC');
  if (a.length !== b.length || foldText(a) !== foldText(b)) return display;
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const letter = b[i]!;
    out +=
      a[i] === a[i]!.toUpperCase() && a[i] !== a[i]!.toLowerCase()
        ? letter.toUpperCase()
        : letter.toLowerCase();
  }
  return out;
}

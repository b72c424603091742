/**
 * Assembles the data-contract tree (docs/data-contract.md) from what the readers gathered: the
 * index, one adverse-effect file per substance (with the privacy rule of `src/data/privacy.ts`
 * applied), all shortage declarations and one shortage file per substance. Files are produced one
 * at a time by a generator, so the caller can check and write each before the next is built.
 * Deterministic: substances in code order, declarations in date then id order, no clock.
 * Pure: no Node APIs.
 */
import {
  SCHEMA_IDS,
  TREE,
  type AdverseEffectsFile,
  type IndexEntry,
  type IndexFile,
  type Provenance,
  type ShortageDeclaration,
  type ShortagesFile,
} from '../data/contract.js';
import { protectAdverseEffects } from '../data/privacy.js';
import { defaultProtectionWidth } from './disclosure/audit.js';
import type { Highs } from './disclosure/intervals.js';
import { auditAndProtect, newAuditSummary, type AuditSummary } from './disclosure/publish.js';
import { foldText as foldUncached } from '../data/vocabulary.js';
import { rawAdverseEffectsFile } from './ae-file.js';
import { casesOf, type SubstanceTables } from './ae-aggregates.js';
import { AdverseEffectTables } from './ae-tables.js';
import type { OrganClassTally } from './organ-classes.js';
import type { BdpmData } from './bdpm.js';
import { SubstanceLinker, type LinkMethod } from './linking.js';
import { assignCodes, baseKey, brandOf, displayName, nameKey } from './names.js';
import { explainSuppression, type SuppressedCell } from './report.js';

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

export const DEFAULT_SOURCES = {
  adverseEffects: 'ANSM (BNPV, Open Medic)',
  shortages: 'ANSM',
} as const;

export interface TreeOptions {
  threshold: number;
  /**
   * The disclosure audit (src/build/disclosure): with HiGHS loaded, every adverse-effect file is
   * audited and more counts are hidden until no hidden count can be recomputed from all the
   * tables together. Without it, only the per-table rule applies (drafts, not for publication).
   */
  audit?: { highs: Highs; protectionWidth?: number };
  /**
   * Receives the hidden cells of each file as it is built. Without it they are kept in
   * `summary.suppressed`; with it, nothing accumulates (large inputs, a report streamed to disk).
   */
  onSuppressed?: (cells: SuppressedCell[]) => void;
  /**
   * ISO date or date-time written as `generated` in every file; by default each dataset's own date
   * (`datasetDates`).
   */
  generated?: string;
  adverseEffectsSource?: string;
  shortagesSource?: string;
  sourceUrl?: string;
}

export interface TreeInputs {
  adverseEffects?: AdverseEffectTables;
  /** Declarations from shortage exports (already normalised). */
  shortages?: ShortageDeclaration[];
  bdpm?: BdpmData;
}

export type TreeFile =
  | { path: string; kind: 'index'; value: IndexFile }
  | { path: string; kind: 'adverse-effects'; value: AdverseEffectsFile }
  | { path: string; kind: 'shortages'; value: ShortagesFile };

export interface BuildSummary {
  threshold: number;
  substances: { total: number; adverseEffects: number; shortagesOnly: number };
  /** Cases: all of them in the tables, and those the published files show. */
  cases: { total: number; shown: number };
  /** Count cells of the adverse-effect files, and the hidden ones by reason. */
  cells: {
    total: number;
    hidden: number;
    primary: number;
    secondary: number;
    linked: number;
    source: number;
  };
  /** The disclosure audit, when it ran. */
  audit?: AuditSummary;
  suppressed: SuppressedCell[];
  /** Organ-class bases set to the case total: their small difference would have been a count. */
  alignedBases: string[];
  /** Organ classes left out because the substance's total of cases is itself hidden. */
  organClassesWithheld: string[];
  /** Organ-class cells the source leaves out, and what its other figures determine of them. */
  organClassCells: OrganClassTally;
  /** Organ classes whose sex and age rows contradict each other (`substance:code`): published as given. */
  contradictoryClasses: string[];
  /** Substances whose year, sex and age tables do not add up to the same total. */
  inconsistentTotals: { substance: string; totals: Record<string, number> }[];
  shortages: {
    declarations: number;
    fromAvailability: number;
    /** Availability rows not published: back on the market, or a repeated presentation. */
    availabilitySkipped: number;
    withSubstance: number;
    /** Declarations linked to a substance of the adverse-effect tables, by method. */
    linked: number;
    byMethod: Record<LinkMethod | 'bdpm', number>;
    /** Distinct substance names that link to nothing (they become index entries of their own). */
    unlinkedNames: number;
  };
}

interface Entry {
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

/**
 * The date each dataset describes up to — the default `generated` date of its files, so that output
 * depends on input only: the end of the adverse-effect years; the latest date a shortage
 * declaration was reported (or a BDPM availability updated). Not the dates a declaration looks
 * forward to (an expected return in 2023 in an export of 2020), nor when a shortage began.
 */
export function datasetDates(inputs: TreeInputs): { adverseEffects?: string; shortages?: string } {
  const out: { adverseEffects?: string; shortages?: string } = {};
  const years = inputs.adverseEffects ? yearsOf(inputs.adverseEffects) : [];
  if (years.length) out.adverseEffects = `${years[years.length - 1]}-12-31`;
  let latest = inputs.bdpm?.latestDate();
  for (const d of inputs.shortages ?? [])
    if (latest === undefined || d.reported > latest) latest = d.reported;
  if (latest) out.shortages = latest;
  return out;
}

/** The latest of the dataset dates: the tree's date in messages and reports. */
export function latestInputDate(inputs: TreeInputs): string | undefined {
  const dates = Object.values(datasetDates(inputs)).sort();
  return dates.at(-1);
}

function yearsOf(tables: AdverseEffectTables): number[] {
  const years = new Set<number>();
  for (const s of tables.substances.values()) for (const y of s.years.keys()) years.add(y);
  return [...years].sort((a, b) => a - b);
}

export function buildTree(
  inputs: TreeInputs,
  options: TreeOptions,
): { index: IndexFile; files: () => Generator<TreeFile>; summary: BuildSummary } {
  const { threshold } = options;
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
  const hasShortages = !!inputs.shortages || !!bdpm?.kinds.has('dispo');
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
  // The same objects serve all.json and the per-substance files: no copy per file.
  const declarations = linkedDeclarations.map((l) => l.declaration);

  // Provenance of each kind of file, dated by what its dataset describes.
  const dates = datasetDates(inputs);
  const common = (generated: string | undefined) => ({
    generated: options.generated ?? generated ?? latestInputDate(inputs) ?? '1970-01-01',
    threshold,
    demo: false,
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
  });
  const years = tables ? yearsOf(tables) : [];
  const aeProvenance: Provenance = {
    source: options.adverseEffectsSource ?? DEFAULT_SOURCES.adverseEffects,
    ...(years.length ? { period: { start: `${years[0]}-01-01`, end: `${years.at(-1)}-12-31` } } : {}),
    ...common(dates.adverseEffects),
  };
  // The period of the shortage files: when their declarations were reported.
  let first: string | undefined;
  let last: string | undefined;
  for (const { reported } of declarations) {
    if (first === undefined || reported < first) first = reported;
    if (last === undefined || reported > last) last = reported;
  }
  const shortageProvenance: Provenance = {
    source: options.shortagesSource ?? DEFAULT_SOURCES.shortages,
    ...(first && last ? { period: { start: first, end: last } } : {}),
    ...common(dates.shortages),
  };
  // The index speaks for the adverse-effect data when there are some, else for the shortages.
  const indexProvenance: Provenance = tables ? aeProvenance : shortageProvenance;

  const ordered = [...entries.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const index: IndexFile = {
    schema: SCHEMA_IDS.index,
    provenance: indexProvenance,
    substances: ordered.map((e): IndexEntry => {
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
          ...(tables ? { adverseEffects: !!e.tableName } : {}),
          ...(hasShortages ? { shortages: true } : {}),
        },
      };
    }),
  };

  const summary: BuildSummary = {
    threshold,
    substances: {
      total: ordered.length,
      adverseEffects: substances.length,
      shortagesOnly: entryOfOrphan.size,
    },
    cases: { total: tables?.totals().cases ?? 0, shown: 0 },
    cells: { total: 0, hidden: 0, primary: 0, secondary: 0, linked: 0, source: 0 },
    ...(options.audit
      ? {
          audit: newAuditSummary(
            options.audit.protectionWidth ?? defaultProtectionWidth(threshold),
            tables?.organClassRowMinimum() ?? 0,
          ),
        }
      : {}),
    suppressed: [],
    alignedBases: [],
    organClassesWithheld: [],
    organClassCells: { missing: 0, determined: 0, zeros: 0, countsUnknown: 0 },
    contradictoryClasses: [],
    inconsistentTotals: [],
    shortages: summaryShortages,
  };

  const ageLowers = tables ? lowerBounds(tables) : [];
  function* files(): Generator<TreeFile> {
    yield { path: TREE.index, kind: 'index', value: index };
    for (const entry of ordered) {
      if (!entry.tableName || !tables) continue;
      const s = tables.substances.get(entry.tableName)!;
      yield {
        path: TREE.adverseEffects(entry.code),
        kind: 'adverse-effects',
        value: substanceFile(s, entry),
      };
    }
    if (!hasShortages) return;
    yield {
      path: TREE.shortagesAll,
      kind: 'shortages',
      value: {
        schema: SCHEMA_IDS.shortages,
        provenance: shortageProvenance,
        declarations,
      },
    };
    const byCode = new Map<string, ShortageDeclaration[]>();
    for (const { declaration, codes } of linkedDeclarations) {
      for (const code of codes) {
        const list = byCode.get(code);
        if (list) list.push(declaration);
        else byCode.set(code, [declaration]);
      }
    }
    for (const entry of ordered) {
      yield {
        path: TREE.shortagesOf(entry.code),
        kind: 'shortages',
        value: {
          schema: SCHEMA_IDS.shortages,
          provenance: shortageProvenance,
          scope: { substance: entry.code },
          declarations: byCode.get(entry.code) ?? [],
        },
      };
    }
  }

  function substanceFile(s: SubstanceTables, entry: Entry): AdverseEffectsFile {
    const {
      file: raw,
      notes,
      undetermined,
    } = rawAdverseEffectsFile(tables!, s, {
      code: entry.code,
      name: { fr: entry.name },
      provenance: aeProvenance,
      yearCount: years.length || undefined,
      ageLowers,
    });
    if (notes.inconsistentTotals)
      summary.inconsistentTotals.push({ substance: entry.code, totals: notes.inconsistentTotals });
    for (const code of notes.contradictoryClasses ?? [])
      summary.contradictoryClasses.push(`${entry.code}:${code}`);
    const tally = notes.organClassCells;
    if (tally)
      for (const k of ['missing', 'determined', 'zeros', 'countsUnknown'] as const)
        summary.organClassCells[k] += tally[k];
    const cases = raw.cases?.count ?? undefined;
    if (raw.organClasses && cases !== undefined && cases > 0 && cases < threshold) {
      // Rule 4: a hidden total hides every case count, even one from another extraction.
      delete raw.organClasses;
      summary.organClassesWithheld.push(entry.code);
    }
    const base = raw.organClasses?.base;
    if (base && base.count !== null && cases !== undefined) {
      const difference = Math.abs(base.count - cases);
      if (difference > 0 && difference < threshold) {
        const largest = Math.max(cases, ...raw.organClasses!.items.map((i) => i.count ?? 0));
        raw.organClasses!.base = { count: largest };
        summary.alignedBases.push(entry.code);
      }
    }
    let file = protectAdverseEffects(raw, threshold);
    let linked = new Map<string, string>();
    if (options.audit && summary.audit) {
      const audited = auditAndProtect(file, raw, undetermined, {
        threshold,
        partitionsAddUp: !notes.inconsistentTotals,
        highs: options.audit.highs,
        summary: summary.audit,
      });
      file = audited.file;
      linked = audited.linked;
    }
    const explained = explainSuppression(raw, file, threshold, linked);
    if (options.onSuppressed) options.onSuppressed(explained);
    else summary.suppressed.push(...explained);
    for (const e of explained) summary.cells[e.reason]++;
    summary.cells.hidden += explained.length;
    summary.cells.total += countCells(file);
    if (file.cases && file.cases.count !== null) summary.cases.shown += file.cases.count;
    return file;
  }

  return { index, files, summary };
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

function lowerBounds(tables: AdverseEffectTables): number[] {
  const lowers = new Set<number>();
  for (const s of tables.substances.values()) {
    for (const a of s.age.values()) if (a.band.lower !== Infinity) lowers.add(a.band.lower);
    for (const cells of s.socAge.values())
      for (const lower of cells.keys()) if (lower !== Infinity) lowers.add(lower);
  }
  return [...lowers].sort((a, b) => a - b);
}

function countCells(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countCells(v), 0);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return Object.values(o).reduce((n: number, v) => n + countCells(v), 'count' in o ? 1 : 0);
  }
  return 0;
}

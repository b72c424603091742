/**
 * The published adverse-effect file of a substance: the raw file of `ae-file.ts` with the privacy
 * rule of `src/data/privacy.ts` applied, then the disclosure audit when it runs; what it hid and why
 * is added up in the build summary as each file is made.
 */
import type { AdverseEffectsFile, Provenance } from '../data/contract.js';
import { protectAdverseEffects } from '../data/privacy.js';
import { auditAndProtect } from './disclosure/publish.js';
import { rawAdverseEffectsFile } from './ae-file.js';
import type { SubstanceTables } from './ae-aggregates.js';
import type { AdverseEffectTables } from './ae-tables.js';
import { explainSuppression } from './report.js';
import type { BuildSummary, TreeOptions } from './tree-types.js';

/** What every file of a tree shares. */
export interface AdverseEffectsContext {
  threshold: number;
  options: Pick<TreeOptions, 'audit' | 'onSuppressed'>;
  /** Receives the tallies of each file. */
  summary: BuildSummary;
  provenance: Provenance;
  yearCount: number | undefined;
}

/** The maker of the published adverse-effect files of a tree: one call per substance. */
export function adverseEffectsFiles(
  tables: AdverseEffectTables,
  { threshold, options, summary, provenance, yearCount }: AdverseEffectsContext,
): (s: SubstanceTables, entry: { code: string; name: string }) => AdverseEffectsFile {
  const ageLowers = lowerBounds(tables);
  return function substanceFile(s, entry) {
    const {
      file: raw,
      notes,
      undetermined,
    } = rawAdverseEffectsFile(tables, s, {
      code: entry.code,
      name: { fr: entry.name },
      provenance,
      yearCount,
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
  };
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

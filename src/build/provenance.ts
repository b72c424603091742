/**
 * The provenance of each kind of file (source, period, `generated` date) and the dates it rests on:
 * each dataset's own date, so that the same inputs always give the same bytes (no clock).
 */
import type { Provenance, ShortageDeclaration } from '../data/contract.js';
import type { AdverseEffectTables } from './ae-tables.js';
import type { TreeInputs, TreeOptions } from './tree-types.js';

export const DEFAULT_SOURCES = {
  adverseEffects: 'ANSM (BNPV, Open Medic)',
  shortages: 'ANSM',
  products: 'Base de données publique des médicaments (ANSM, HAS, Assurance maladie) ; ANSM',
} as const;

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

/** The years of the adverse-effect tables, in order. */
export function yearsOf(tables: AdverseEffectTables): number[] {
  const years = new Set<number>();
  for (const s of tables.substances.values()) for (const y of s.years.keys()) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * The provenance of the adverse-effect files, of the shortage files (their period: when their
 * declarations were reported) and of the index, which speaks for the adverse-effect data when there
 * are some, else for the shortages.
 */
export function treeProvenance(
  inputs: TreeInputs,
  options: TreeOptions,
  years: number[],
  declarations: ShortageDeclaration[],
): { adverseEffects: Provenance; shortages: Provenance; index: Provenance } {
  const { threshold } = options;
  const tables = inputs.adverseEffects;
  const dates = datasetDates(inputs);
  const common = (generated: string | undefined) => ({
    generated: options.generated ?? generated ?? latestInputDate(inputs) ?? '1970-01-01',
    threshold,
    demo: false,
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
  });
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
  return {
    adverseEffects: aeProvenance,
    shortages: shortageProvenance,
    index: tables ? aeProvenance : shortageProvenance,
  };
}

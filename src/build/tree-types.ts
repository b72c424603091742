/**
 * The types of `buildTree` (tree.ts): what it reads, its options, the files it gives and the summary
 * of what it did. Apart so that the modules that build the tree (provenance, substance index,
 * protected adverse-effect files) and the CLI share them without importing tree.ts.
 */
import type {
  AdverseEffectsFile,
  IndexFile,
  ProductFile,
  ProductsIndexFile,
  ShortageDeclaration,
  ShortagesFile,
} from '../data/contract.js';
import type { Highs } from './disclosure/intervals.js';
import type { AuditSummary } from './disclosure/publish.js';
import type { AdverseEffectTables } from './ae-tables.js';
import type { OrganClassTally } from './organ-classes.js';
import type { BdpmData } from './bdpm.js';
import type { LinkMethod } from './linking.js';
import type { ProductSummary } from './products.js';
import type { SuppressedCell } from './report.js';

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
  /** Source label of the product files (default: the medicines database and ANSM). */
  productsSource?: string;
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
  | { path: string; kind: 'products-index'; value: ProductsIndexFile }
  | { path: string; kind: 'adverse-effects'; value: AdverseEffectsFile }
  | { path: string; kind: 'shortages'; value: ShortagesFile }
  | { path: string; kind: 'product'; value: ProductFile };

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
  /** The product files, when the build had the database's medicines file (`CIS_bdpm.txt`). */
  products?: ProductSummary;
}

/**
 * What the builder tells its user on the terminal: issues grouped by file, and the closing summary
 * (inputs, privacy, disclosure audit, warnings, generated dates). English, like every CLI message.
 */
import type { AdverseEffectTables } from '../build/ae-tables.js';
import { formatIssue, type BuildIssue } from '../build/issues.js';
import type { BuildSummary } from '../build/tree-types.js';
import type { Options } from './args.js';

/** Issues shown per file with --verbose or --strict; five otherwise. */
const SHOWN_ISSUES = 20;

export function printIssues(
  issues: BuildIssue[],
  say: (text: string) => void,
  all: boolean,
  omittedIn: (file: string) => number = () => 0,
): void {
  const byFile = new Map<string, BuildIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  for (const [file, list] of byFile) {
    const shown = all ? list.slice(0, SHOWN_ISSUES) : list.slice(0, 5);
    for (const issue of shown) say(formatIssue(issue));
    const more = list.length - shown.length + omittedIn(file);
    if (more > 0) say(`${file}: … and ${more} more`);
  }
}

export const number = (n: number) => n.toLocaleString('en-GB');
const percent = (a: number, b: number) => (b ? `${((a * 100) / b).toFixed(1)} %` : '–');
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function printSummary(
  info: (text: string) => void,
  o: Options,
  s: BuildSummary,
  counts: { tables: number; shortageFiles: number; shortageRows: number; bdpmFiles: number },
  tables: AdverseEffectTables,
  generated: string | { adverseEffects?: string; shortages?: string },
): void {
  if (counts.tables)
    info(
      `adverse effects: ${counts.tables} table(s), ${number(tables.rows)} rows, ${number(s.substances.adverseEffects)} substances, ${number(s.cases.total)} cases (${number(s.cases.shown)} in files that show their total)`,
    );
  if (s.shortages.declarations) {
    const m = s.shortages.byMethod;
    info(
      `shortages: ${number(s.shortages.declarations)} declarations (${number(counts.shortageRows)} export rows, ${number(s.shortages.fromAvailability)} from BDPM availability); ` +
        `${number(s.shortages.linked)} of ${number(s.shortages.withSubstance)} with a substance linked to an adverse-effect substance (${percent(s.shortages.linked, s.shortages.withSubstance)}: ` +
        `exact ${m.exact}, BDPM ${m.bdpm + m.alias}, base name ${m.base}, combination ${m.combination}); ${number(s.shortages.unlinkedNames)} other names listed as substances of their own`,
    );
  }
  const p = s.products;
  if (p) {
    const m = p.byMethod;
    const statuses = Object.entries(p.availability).map(([k, n]) => `${k} ${number(n)}`);
    info(
      `products: ${number(p.products)} (${number(p.withSubstance)} with a substance of ours, ${number(p.withShortages)} with a declaration${statuses.length ? `; now ${statuses.join(', ')}` : ''}); ` +
        `${number(p.linkedDeclarations)} of ${number(p.linkedDeclarations + p.unlinkedDeclarations)} declarations linked to a product (${percent(p.linkedDeclarations, p.linkedDeclarations + p.unlinkedDeclarations)}: ` +
        `CIS ${m.cis}, exact name ${m.exact}, name and presentation ${m.presentation}, name and dosage ${m['name-and-dosage']}, brand alone ${m.brand})`,
    );
  }
  if (counts.tables) {
    info(
      `privacy (threshold ${s.threshold}): ${number(s.cells.hidden)} of ${number(s.cells.total)} counts hidden: ` +
        `${number(s.cells.primary)} below the threshold, ${number(s.cells.secondary)} so that those cannot be recomputed from their table, ` +
        `${number(s.cells.linked)} nor by combining tables, ${number(s.cells.source)} not given exactly by the source; ` +
        `${s.alignedBases.length} organ-class base(s) aligned with the case total, ` +
        `${s.organClassesWithheld.length} organ-class section(s) withheld${o.report ? `; details in ${o.report}` : ' (--report lists every hidden cell)'}`,
    );
    const oc = s.organClassCells;
    if (oc.missing)
      info(
        `organ classes: ${number(oc.missing)} sex or age rows left out by the source; ${number(oc.determined)} of them determined by its other figures (${number(oc.zeros)} zeros), the rest hidden; ${number(oc.countsUnknown)} class counts not determined, hidden`,
      );
    const a = s.audit;
    if (a)
      info(
        `disclosure audit: ${number(a.cells)} hidden counts of ${number(a.files)} files, each bounded by linear programming in ${(a.milliseconds / 1000).toFixed(1)} s; ` +
          `the per-table rule alone left ${number(a.exposedBefore.exact)} recomputable exactly and ${number(a.exposedBefore.narrow)} small ones narrowed below ${a.protectionWidth}; ` +
          `now ${a.exposedAfter}. Hidden: ${number(a.lossBefore.cells)} counts (${number(a.lossBefore.cases)} cases) before, ${number(a.lossAfter.cells)} (${number(a.lossAfter.cases)}) after`,
      );
    else info('warning: no disclosure audit (--no-audit): do not publish this tree');
  }
  if (s.contradictoryClasses.length)
    info(
      `warning: ${s.contradictoryClasses.length} organ class(es) whose sex rows and age rows cannot count the same cases: counts hidden, rows as given (see --report)`,
    );
  if (s.inconsistentTotals.length)
    info(
      `warning: ${s.inconsistentTotals.length} substance(s) whose year, sex and age tables add up to different totals (see --report)`,
    );
  if (typeof generated === 'string') info(`generated date: ${generated}`);
  else
    info(
      `generated dates (what each dataset describes): ${[
        generated.adverseEffects && `adverse effects ${generated.adverseEffects}`,
        generated.shortages && `shortages ${generated.shortages}`,
      ]
        .filter(Boolean)
        .join(', ')}`,
    );
}

/**
 * `datamed-build`: reads the inputs, builds the data-contract tree, checks it, writes it. The steps
 * and their exit codes are in `HELP` (src/cli/args.ts) and docs/publishing.md. `run` never exits
 * the process: the tests call it directly; `datamed-build.ts` is the executable around it.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { missingColumns, tableKindOf, type TableKind } from '../build/ae-columns.js';
import { AdverseEffectTables } from '../build/ae-tables.js';
import { BdpmData } from '../build/bdpm.js';
import { BuildInputError, type BuildIssue } from '../build/issues.js';
import { looksLikeJson, type RecordReader } from '../build/records.js';
import { CsvRecordReader } from '../build/records-csv.js';
import { JsonRecordReader } from '../build/records-json.js';
import { ShortageCsvNormaliser } from '../build/shortages.js';
import loadHighs from 'highs';
import { datasetDates, latestInputDate } from '../build/provenance.js';
import { buildTree } from '../build/tree.js';
import type { TreeInputs } from '../build/tree-types.js';
import type { ShortageDeclaration } from '../data/contract.js';
import { LIMITS } from '../data/validate.js';
import { EXIT, HELP, parseOptions, UsageError, type Options } from './args.js';
import type { SiteCliOptions } from './site.js';
import { ContractError, contractChecker } from './contract-check.js';
import { discoverInputs, EncodingError, readChunks, type InputFile } from './inputs.js';
import { InterruptedError, TreeWriter, unsafeOutput } from './output.js';
import { Progress } from './progress.js';
import { ReportWriter } from './report-writer.js';
import { megabytes, number, printIssues, printSummary } from './summary.js';

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface RunHooks {
  /**
   * Called with a function that removes what this run has written so far (the temporary tree and
   * report); with undefined when the run stops having written nothing. The executable calls it on
   * Ctrl-C; it resolves to false when the tree was already in place.
   */
  onAbort?: (abort: (() => Promise<boolean>) | undefined) => void;
}

const NAME = 'datamed-build';
/** Errors shown per file; the rest are counted. */
function packageRoot(): URL {
  // src/cli/main.ts and dist/cli/datamed-build.js both sit two folders below the package root.
  return new URL(/* @vite-ignore */ '../../', import.meta.url);
}

export async function run(argv: readonly string[], io: Io, hooks: RunHooks = {}): Promise<number> {
  const started = performance.now();
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const usage = (message: string) => {
    say(`${NAME}: ${message}\nTry '${NAME} --help' for more information.`);
    return EXIT.usage;
  };
  let o: Options;
  try {
    o = parseOptions(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(error.message);
  }
  if (o.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (o.version) {
    const pkg = JSON.parse(readFileSync(new URL('package.json', packageRoot()), 'utf8')) as {
      version: string;
    };
    io.stdout.write(`${NAME} ${pkg.version}\n`);
    return EXIT.ok;
  }
  const info = (text: string) => {
    if (!o.quiet) say(`${NAME}: ${text}`);
  };
  const out = o.out ? resolve(io.cwd, o.out) : undefined;
  const report = o.report ? resolve(io.cwd, o.report) : undefined;
  if (out && report && (report === out || report.startsWith(`${out}${sep}`))) {
    return usage(`--report must be outside the tree (${o.out}): it is for the operator, not for publication`);
  }
  if (out && !o.dryRun) {
    const unsafe = unsafeOutput(out, o.force);
    if (unsafe) return usage(unsafe);
  }

  // 1. Inputs
  const found = await discoverInputs(o, io.cwd, out);
  if (o.verbose) for (const file of found.ignored) say(`${NAME}: passed over ${file} (not an input)`);
  const problems: BuildIssue[] = [...found.issues];
  if (!found.files.length && !problems.length) {
    say(`${NAME}: no input file found in ${o.inputs.join(', ')} (see --help for what is recognised)`);
    return EXIT.input;
  }
  const progress = new Progress(
    io.stderr,
    !o.quiet && !!io.stderr.isTTY,
    found.files.reduce((n, f) => n + f.size, 0),
  );
  const tables = new AdverseEffectTables();
  const bdpm = new BdpmData();
  const shortageIssues: BuildIssue[] = [];
  /** Row issues counted but not kept, per file (a huge messy export must not fill the memory). */
  const omitted = new Map<string, Record<BuildIssue['severity'], number>>();
  const declarations: ShortageDeclaration[] = [];
  const declarationIds = new Map<string, string>();
  const counts = { tables: 0, shortageFiles: 0, shortageRows: 0, bdpmFiles: 0 };
  for (const file of found.files) {
    progress.file(file.label);
    try {
      if (file.role.kind === 'adverse-effects') {
        if (await readTable(file, o, tables, progress)) counts.tables++;
      } else if (file.role.kind === 'shortages') {
        const normaliser = new ShortageCsvNormaliser(file.label);
        await readChunks(
          file,
          o.encoding,
          (text) => normaliser.push(text),
          (n) => progress.bytes(n),
        );
        const result = normaliser.end();
        counts.shortageFiles++;
        counts.shortageRows += result.rows;
        append(shortageIssues, result.issues);
        if (result.omitted.error || result.omitted.warning) omitted.set(file.label, result.omitted);
        for (const d of result.declarations) {
          const first = declarationIds.get(d.id);
          if (first) {
            shortageIssues.push({
              file: file.label,
              line: 1,
              column: 'id',
              severity: 'error',
              message: `declaration ${d.id} already read from ${first}: skipped`,
            });
            continue;
          }
          declarationIds.set(d.id, file.label);
          declarations.push(d);
        }
      } else {
        const kind = file.role.file;
        await readChunks(
          file,
          o.encoding,
          (text) => bdpm.push(file.label, kind, text),
          (n) => progress.bytes(n),
        );
        bdpm.end(file.label, kind);
        counts.bdpmFiles++;
      }
    } catch (error) {
      if (error instanceof BuildInputError) append(problems, error.issues);
      else if (error instanceof EncodingError)
        problems.push({ file: file.label, line: 1, severity: 'error', message: error.message });
      else throw error;
    }
  }
  progress.done();
  if (!tables.issues.length) tables.checkOrganClassBounds();
  append(problems, tables.issues);
  const rowErrors = [...shortageIssues, ...bdpm.issues].filter((i) => i.severity === 'error');
  const rowWarnings = [...shortageIssues, ...bdpm.issues].filter((i) => i.severity === 'warning');
  const omittedOf = (severity: BuildIssue['severity']) => (file: string) =>
    omitted.get(file)?.[severity] ?? 0;
  let rowErrorCount = rowErrors.length;
  let rowWarningCount = rowWarnings.length;
  for (const n of omitted.values()) {
    rowErrorCount += n.error;
    rowWarningCount += n.warning;
  }
  if (problems.length || (o.strict && rowErrorCount)) {
    const all = [...problems, ...(o.strict ? rowErrors : [])];
    printIssues(all, say, true, o.strict ? omittedOf('error') : undefined);
    say(
      `${NAME}: ${problems.length + (o.strict ? rowErrorCount : 0)} error(s) in the inputs${o.strict && rowErrorCount ? ' (--strict)' : ''}: nothing was written`,
    );
    return EXIT.input;
  }
  if (rowErrorCount) {
    // Skipped, not fatal: warnings (the command succeeds); --strict makes them the errors they are.
    const skipped = rowErrors.map((i) => ({ ...i, severity: 'warning' as const }));
    if (!o.quiet) printIssues(skipped, say, o.verbose, omittedOf('error'));
    info(`warning: ${rowErrorCount} unreadable row(s) skipped (listed above; --strict makes them fatal)`);
  }
  if (rowWarningCount) {
    if (o.verbose) printIssues(rowWarnings, say, true, omittedOf('warning'));
    else
      info(`${rowWarningCount} value(s) repaired or dropped in shortage or BDPM rows (--verbose lists them)`);
  }

  // The contract's limits as soon as the counts are known: a too large input stops before the build.
  const early = overLimit([
    [tables.substances.size, LIMITS.substances, 'substances in the adverse-effect tables'],
    [declarations.length, LIMITS.declarations, 'shortage declarations'],
  ]);
  if (early) {
    say(`${NAME}: ${early}`);
    return EXIT.input;
  }

  // 2. Build
  const inputs: TreeInputs = {
    ...(tables.kinds.size ? { adverseEffects: tables } : {}),
    ...(counts.shortageFiles ? { shortages: declarations } : {}),
    ...(bdpm.kinds.size ? { bdpm } : {}),
  };
  const generated = o.generated ?? latestInputDate(inputs);
  if (!generated) return usage('the inputs hold no date to stamp the files with: add --generated YYYY-MM-DD');
  const reportWriter = report ? new ReportWriter(report) : undefined;
  let writer: TreeWriter | undefined;
  // Removes what this run has written so far: on an error here, or on Ctrl-C (the executable).
  const discardAll = async () => {
    reportWriter?.discard();
    return (await writer?.discard()) ?? true;
  };
  hooks.onAbort?.(discardAll);
  // HiGHS (WebAssembly) for the disclosure audit: loaded once, some 100 ms.
  const highs = o.audit && inputs.adverseEffects ? await loadHighs() : undefined;
  const { index, files, summary } = buildTree(inputs, {
    ...(highs ? { audit: { highs } } : {}),
    ...(o.generated ? { generated: o.generated } : {}),
    // Hidden cells go to the report as they come, or are only counted.
    onSuppressed: (cells) => reportWriter?.add(cells),
    threshold: o.minCount,
    ...(o.aeSource ? { adverseEffectsSource: o.aeSource } : {}),
    ...(o.shortagesSource ? { shortagesSource: o.shortagesSource } : {}),
    ...(o.sourceUrl ? { sourceUrl: o.sourceUrl } : {}),
  });
  // The contract's own limits (readers refuse more): a clear input error, not a failed check.
  const tooMany = overLimit([
    [index.substances.length, LIMITS.substances, 'substances in the index'],
    [index.productCount ?? 0, LIMITS.substances, 'products in products-index.json'],
    [summary.shortages.declarations, LIMITS.declarations, 'shortage declarations in shortages/all.json'],
  ]);
  if (tooMany) {
    await discardAll();
    hooks.onAbort?.(undefined);
    say(`${NAME}: ${tooMany}`);
    return EXIT.input;
  }
  const check = contractChecker(new URL('schemas/', packageRoot()));
  try {
    if (!o.dryRun) writer = new TreeWriter(out!, o.gzip);
    let checked = 0;
    for (const file of files()) {
      check(file);
      await writer?.write(file);
      checked++;
    }
    await writer?.flush();
    reportWriter?.finish(summary, generated);
    await writer?.commit();
    // From here an interrupt removes nothing: the tree is in place (or there was none to write).
    hooks.onAbort?.(async () => !writer);
    // The report appears only beside a tree in place.
    reportWriter?.publish();
    printSummary(info, o, summary, counts, tables, o.generated ?? datasetDates(inputs));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (writer) info(`wrote ${writer.files} files (${megabytes(writer.bytes)}) to ${o.out} in ${seconds} s`);
    else info(`dry run: ${checked} files built and checked in ${seconds} s, nothing written`);
    if (o.site !== undefined && out) return await buildSiteAfter(out, o, io);
    return EXIT.ok;
  } catch (error) {
    await discardAll();
    hooks.onAbort?.(undefined);
    // Ctrl-C: the executable says so and exits.
    if (error instanceof InterruptedError) return EXIT.interrupted;
    if (error instanceof ContractError) {
      say(`${NAME}: internal error, nothing was written: ${error.message}`);
      return EXIT.internal;
    }
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.syscall) {
      say(`${NAME}: cannot write the output (${e.code}: ${e.message}); ${o.out} is unchanged`);
      return EXIT.output;
    }
    throw error;
  }
}

/** Reads one adverse-effect table; false when it holds no row. */
async function readTable(file: InputFile, o: Options, tables: AdverseEffectTables, progress: Progress) {
  let reader: RecordReader | undefined;
  let kind: TableKind | undefined;
  let rows = 0;
  const take = (records: ReturnType<RecordReader['push']>) => {
    if (!records.length && !reader!.columns) return;
    if (!kind) {
      const columns = reader!.columns ?? [];
      kind = tableKindOf(columns);
      if (!kind)
        throw new BuildInputError([
          {
            file: file.label,
            line: records[0]?.line ?? 1,
            severity: 'error',
            message: `not an adverse-effect table: columns ${columns.join(', ') || '(none)'}; expected MEDICAMENT with ANNEE, SEXE or AGE (and SOC_LONG for organ classes), n_cas…`,
          },
        ]);
      const missing = missingColumns(kind, columns);
      if (missing.length)
        throw new BuildInputError([
          {
            file: file.label,
            line: records[0]?.line ?? 1,
            column: missing[0]!.toUpperCase(),
            severity: 'error',
            message: `a "${kind}" table needs column(s) ${missing.join(', ')}`,
          },
        ]);
      tables.table(file.label, kind);
    }
    for (const record of records) tables.add(record);
    rows += records.length;
  };
  await readChunks(
    file,
    o.encoding,
    (text) => {
      if (!reader) {
        const json = o.format
          ? o.format === 'json'
          : looksLikeJson(text) || file.path.toLowerCase().endsWith('.json');
        reader = json ? new JsonRecordReader(file.label) : new CsvRecordReader(file.label);
      }
      take(reader.push(text));
    },
    (n) => progress.bytes(n),
  );
  reader ??= o.format === 'csv' ? new CsvRecordReader(file.label) : new JsonRecordReader(file.label);
  take(reader.end());
  return rows > 0;
}

/** `target.push(...items)` without one argument per item (the stack overflows past some 100,000). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The first count beyond the data contract's limit, as a message; undefined when none is. */
function overLimit(counts: [number, number, string][]): string | undefined {
  const over = counts.find(([n, max]) => n > max);
  return over
    ? `the inputs give ${number(over[0])} ${over[2]}; the data contract allows ${number(over[1])}: nothing was written`
    : undefined;
}

/**
 * `--site`: the static site from the tree just written (src/site/). Loaded only then, and not
 * bundled into the compiled command: it renders the whole library; compiled, it is
 * dist/site/site.js (vite.site.config.ts).
 */
async function buildSiteAfter(tree: string, o: Options, io: Io): Promise<number> {
  const compiled = !import.meta.url.endsWith('.ts');
  const module = new URL(compiled ? '../site/site.js' : './site.ts', import.meta.url).href;
  const { buildSiteFromCli } = (await import(/* @vite-ignore */ module)) as typeof import('./site.js');
  const options: SiteCliOptions = {
    tree,
    out: resolve(io.cwd, o.site!),
    langs: ['fr', 'en'],
    theme: 'ansm',
    jobs: 2,
    quiet: o.quiet,
  };
  return buildSiteFromCli(options, io, NAME);
}

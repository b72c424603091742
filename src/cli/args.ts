/**
 * The command line of `datamed-build`: options, help text, and the checks that make a wrong
 * command fail at once with exit code 2 and a message saying what to type instead.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_THRESHOLD } from '../data/privacy.js';
import { DEFAULT_SOURCES } from '../build/provenance.js';

export const EXIT = {
  ok: 0,
  input: 1,
  usage: 2,
  output: 3,
  internal: 4,
  interrupted: 130,
} as const;

export interface Options {
  inputs: string[];
  adverseEffects: string[];
  shortages: string[];
  bdpmCis: string[];
  bdpmCompo: string[];
  bdpmDispo: string[];
  format?: 'json' | 'csv';
  encoding: 'auto' | 'utf-8' | 'windows-1252';
  out?: string;
  minCount: number;
  generated?: string;
  aeSource?: string;
  shortagesSource?: string;
  sourceUrl?: string;
  gzip: boolean;
  report?: string;
  /** Build the static site (datamed-site) from the tree into this folder. */
  site?: string;
  /** The disclosure audit (on unless --no-audit). */
  audit: boolean;
  force: boolean;
  strict: boolean;
  dryRun: boolean;
  quiet: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const CONFIG = {
  'adverse-effects': { type: 'string', multiple: true },
  shortages: { type: 'string', multiple: true },
  'bdpm-cis': { type: 'string', multiple: true },
  'bdpm-compo': { type: 'string', multiple: true },
  'bdpm-dispo': { type: 'string', multiple: true },
  format: { type: 'string' },
  encoding: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'min-count': { type: 'string' },
  generated: { type: 'string' },
  'ae-source': { type: 'string' },
  'shortages-source': { type: 'string' },
  'source-url': { type: 'string' },
  gzip: { type: 'boolean' },
  report: { type: 'string' },
  site: { type: 'string' },
  'no-audit': { type: 'boolean' },
  force: { type: 'boolean' },
  strict: { type: 'boolean' },
  'dry-run': { type: 'boolean', short: 'n' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies ParseArgsConfig['options'];

export const HELP = `Usage: datamed-build [options] <input>... --out <dir>

Turns adverse-effect aggregate tables, shortage declaration exports and public medicines database
(BDPM) files into the static data tree that the DataMed widgets read: index.json,
substances/<code>.json, shortages/all.json, shortages/<code>.json, shortages/atc/<letter>.json
(one per ATC first-level group) and, with CIS_bdpm.txt,
products/<cis>.json (declarations linked to products by CIS or name). Counts below the privacy
threshold are hidden, and so is any count that would let one be recomputed, even by combining
tables: a disclosure audit (linear programming) checks every hidden count before anything is
written. Every file is checked against the data contract; the tree is written to a temporary
folder and moved into place only when all of it is valid.

Inputs (each kind optional; files or folders, recognised by name and content):
  <input>...                   adverse-effect tables (.json arrays or .csv, ANSM sa_data_* columns),
                               shortage exports (.csv with id, reported_on… columns), BDPM files
                               (CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_Dispo_Spec.txt);
                               folders are searched three levels deep
      --adverse-effects <file> an adverse-effect table, whatever its name (repeatable)
      --shortages <file>       a shortage declaration export, CSV (repeatable)
      --bdpm-cis <file>        a BDPM medicines file, like CIS_bdpm.txt
      --bdpm-compo <file>      a BDPM compositions file, like CIS_COMPO_bdpm.txt
      --bdpm-dispo <file>      a BDPM availability file, like CIS_CIP_Dispo_Spec.txt
      --format <json|csv>      format of the adverse-effect tables (default: from their content)
      --encoding <name>        auto (default: UTF-8 when valid, else Windows-1252), utf-8,
                               windows-1252

Output:
  -o, --out <dir>              folder of the tree; replaced as a whole, only after success
      --min-count <n>          privacy threshold: counts from 1 to n-1 are hidden (default ${DEFAULT_THRESHOLD},
                               the minimum the widgets accept)
      --generated <date>       "generated" date of every file, YYYY-MM-DD or an ISO date-time
                               (default: $SOURCE_DATE_EPOCH, else the latest date in the inputs:
                               the same inputs always give the same bytes)
      --ae-source <label>      source label of adverse-effect files (default "${DEFAULT_SOURCES.adverseEffects}")
      --shortages-source <label>
                               source label of shortage files (default "${DEFAULT_SOURCES.shortages}")
      --source-url <url>       link for the source label (http or https)
      --gzip                   also write <file>.json.gz next to each file (for gzip_static)
      --report <file>          write what was hidden and why: .json, or .csv for a spreadsheet;
                               confidential (reasons tell more than the tree): never inside --out
      --site <dir>             then build the static site from the tree into <dir> (French and
                               English pages; options of its own: datamed-site --help)
      --no-audit               skip the disclosure audit (faster drafts; NOT for publication:
                               hidden counts may then be recomputed by combining tables)
      --force                  replace an --out folder that does not hold a data tree
      --strict                 stop on any unreadable row of a shortage export or BDPM file
                               (default: skip the row and report it)

  -n, --dry-run                read, check and report; write nothing
  -q, --quiet                  print errors only
  -v, --verbose                print every warning and every file passed over
  -h, --help                   print this help
  -V, --version                print the version

Exit status:
  0    the tree was written (with --dry-run: it would have been)
  1    the inputs have errors, each shown as file:line[:column]; nothing was written
  2    the command line is wrong (unknown option, missing value, no input, unsafe --out)
  3    the output could not be written; an existing tree is left as it was
  4    internal error: a file failed the contract checks (please report it)
  130  interrupted; nothing was written

Examples:
  datamed-build ../shared/data --out public/datamed
  datamed-build sa_data_*.json --shortages ruptures.csv -o site/data --gzip --report hidden.csv
  datamed-build --bdpm-compo CIS_COMPO_bdpm.txt --bdpm-dispo CIS_CIP_Dispo_Spec.txt -o data
  datamed-build ../shared/data CIS_bdpm.txt CIS_COMPO_bdpm.txt -o data

Publishing the tree (CORS, caching, compression): docs/publishing.md
`;

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggestion(option: string): string {
  const name = option.replace(/^-+/, '').split('=')[0]!;
  const best = Object.keys(CONFIG)
    .map((known) => [known, distance(name, known)] as const)
    .sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= 2 ? ` (did you mean --${best[0]}?)` : '';
}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined> = {}): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: CONFIG, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as Error & { code?: string };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
      throw new UsageError(`unknown option '${option}'${suggestion(option)}`);
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /--[\w-]+/.exec(e.message)?.[0] ?? 'an option';
      throw new UsageError(
        e.message.includes('argument missing') ? `${option} needs a value` : `${option} takes no value`,
      );
    }
    throw new UsageError(e.message);
  }
  const v = parsed.values;
  const o: Options = {
    inputs: parsed.positionals,
    adverseEffects: v['adverse-effects'] ?? [],
    shortages: v.shortages ?? [],
    bdpmCis: v['bdpm-cis'] ?? [],
    bdpmCompo: v['bdpm-compo'] ?? [],
    bdpmDispo: v['bdpm-dispo'] ?? [],
    encoding: 'auto',
    minCount: DEFAULT_THRESHOLD,
    gzip: !!v.gzip,
    audit: !v['no-audit'],
    force: !!v.force,
    strict: !!v.strict,
    dryRun: !!v['dry-run'],
    quiet: !!v.quiet,
    verbose: !!v.verbose,
    help: !!v.help,
    version: !!v.version,
  };
  if (o.help || o.version) return o;

  if (v.format !== undefined) {
    if (v.format !== 'json' && v.format !== 'csv')
      throw new UsageError(`--format must be json or csv, not "${v.format}"`);
    o.format = v.format;
  }
  if (v.encoding !== undefined) {
    const e = v.encoding
      .toLowerCase()
      .replace(/^(utf8)$/, 'utf-8')
      .replace(/^(cp1252|win1252)$/, 'windows-1252');
    if (e !== 'auto' && e !== 'utf-8' && e !== 'windows-1252')
      throw new UsageError(`--encoding must be auto, utf-8 or windows-1252, not "${v.encoding}"`);
    o.encoding = e;
  }
  if (v['min-count'] !== undefined) {
    const n = Number(v['min-count']);
    if (!/^\d+$/.test(v['min-count']) || n < DEFAULT_THRESHOLD || n > 1000)
      throw new UsageError(
        `--min-count must be a whole number from ${DEFAULT_THRESHOLD} to 1000, not "${v['min-count']}" (the widgets never show counts below ${DEFAULT_THRESHOLD})`,
      );
    o.minCount = n;
  }
  const generated = v.generated ?? fromEpoch(env.SOURCE_DATE_EPOCH);
  if (generated !== undefined) {
    if (!isIsoDate(generated))
      throw new UsageError(`--generated must be a date YYYY-MM-DD or an ISO date-time, not "${generated}"`);
    o.generated = generated;
  }
  if (v['source-url'] !== undefined) {
    if (!/^https?:\/\/\S+$/.test(v['source-url']))
      throw new UsageError('--source-url must be an http(s) URL');
    o.sourceUrl = v['source-url'];
  }
  for (const [key, flag] of [
    ['aeSource', 'ae-source'],
    ['shortagesSource', 'shortages-source'],
  ] as const) {
    const label = v[flag]?.trim();
    if (label !== undefined) {
      if (!label || label.length > 300) throw new UsageError(`--${flag} must be 1 to 300 characters`);
      o[key] = label;
    }
  }
  if (v.report !== undefined) o.report = v.report;
  if (v.site !== undefined) o.site = v.site;
  if (v.out !== undefined) o.out = v.out;
  const given =
    o.inputs.length +
    o.adverseEffects.length +
    o.shortages.length +
    o.bdpmCis.length +
    o.bdpmCompo.length +
    o.bdpmDispo.length;
  if (!given) throw new UsageError('no input: name files or folders to read (see --help)');
  if (!o.out && !o.dryRun)
    throw new UsageError('no output folder: add --out <dir>, or --dry-run to only check');
  if (o.quiet && o.verbose) throw new UsageError('--quiet and --verbose contradict each other');
  if (o.site !== undefined && o.dryRun)
    throw new UsageError('--site builds a site from the tree: not with --dry-run');
  return o;
}

function fromEpoch(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^\d{1,12}$/.test(value))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds, not "${value}"`);
  return new Date(Number(value) * 1000).toISOString().slice(0, 10);
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    date.getUTCMonth() === Number(m[2]) - 1 &&
    date.getUTCDate() === Number(m[3]) &&
    (!m[4] || !Number.isNaN(Date.parse(text)))
  );
}

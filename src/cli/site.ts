/**
 * `datamed-site`: a static site from a data tree (src/site/build-site.ts). `runSite` never exits
 * the process: the tests call it; `datamed-site.ts` is the executable around it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../i18n/locale.js';
import { buildSite } from '../site/build-site.js';
import { EXIT } from './args.js';

const NAME = 'datamed-site';

export const SITE_HELP = `Usage: datamed-site <tree> --out <dir> [options]

Builds a static DataMed site from a data tree (what datamed-build writes): a page per substance,
per product with something to report, per ATC class of shortages, the home page, A–Z lists, the
page about the data, in French (fr/) and English (en/). Every page is complete HTML, readable
without JavaScript; with it, the library takes the elements over without fetching anything.

Options:
  -o, --out <dir>        the site's folder (replaced as a whole; refused if it holds anything else)
      --langs <list>     languages, comma-separated, the first the root page's (default fr,en)
      --theme <name>     ansm (default) or dsfr (the French State's design system)
      --base-url <url>   the site's public address: absolute alternates, canonical links and
                         sitemap.xml (without it, no sitemap: a sitemap needs absolute URLs)
      --jobs <n>         worker threads (default 2)
      --inline-data-limit <kB>
                         data files up to this size travel in the pages that use them, larger
                         ones are fetched by the browser, once (default 1000)
  -q, --quiet            print errors only
  -h, --help             print this help

Example:
  datamed-site public/datamed --out site --base-url https://example.org/datamed/
`;

export interface SiteCliOptions {
  tree: string;
  out: string;
  langs: Lang[];
  theme: 'ansm' | 'dsfr';
  baseUrl?: string;
  jobs: number;
  /** Bytes (the command line takes kB). */
  inlineDataLimit?: number;
  quiet: boolean;
}

class UsageError extends Error {}

/** Parses the command line; throws UsageError with what to type instead. */
export function parseSiteOptions(argv: readonly string[]): SiteCliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        langs: { type: 'string' },
        theme: { type: 'string' },
        'base-url': { type: 'string' },
        jobs: { type: 'string' },
        'inline-data-limit': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (parsed.positionals.length !== 1) throw new UsageError('name one data tree folder');
  if (!v.out) throw new UsageError('no output folder: add --out <dir>');
  const langs = (v.langs ?? 'fr,en').split(',').map((l) => l.trim());
  if (!langs.length || langs.some((l) => l !== 'fr' && l !== 'en') || new Set(langs).size !== langs.length)
    throw new UsageError(`--langs takes fr, en or both, comma-separated, not "${v.langs}"`);
  const theme = v.theme ?? 'ansm';
  if (theme !== 'ansm' && theme !== 'dsfr')
    throw new UsageError(`--theme must be ansm or dsfr, not "${theme}"`);
  if (v['base-url'] !== undefined && !/^https?:\/\/\S+$/.test(v['base-url']))
    throw new UsageError('--base-url must be an http(s) URL');
  const jobs = Number(v.jobs ?? 2);
  if (!/^\d+$/.test(v.jobs ?? '2') || jobs < 1 || jobs > 64)
    throw new UsageError('--jobs must be a whole number from 1 to 64');
  const limit = v['inline-data-limit'];
  if (limit !== undefined && !/^\d+$/.test(limit))
    throw new UsageError('--inline-data-limit takes a size in kB, a whole number');
  return {
    tree: parsed.positionals[0]!,
    out: v.out,
    langs: langs as Lang[],
    theme,
    ...(v['base-url'] ? { baseUrl: v['base-url'] } : {}),
    jobs,
    ...(limit !== undefined ? { inlineDataLimit: Number(limit) * 1000 } : {}),
    quiet: !!v.quiet,
  };
}

export interface SiteIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** Builds the site the options describe, printing progress and figures; returns the exit code. */
export async function buildSiteFromCli(options: SiteCliOptions, io: SiteIo, name = NAME): Promise<number> {
  const info = (text: string) => {
    if (!options.quiet) io.stderr.write(`${text}\n`);
  };
  try {
    const result = await buildSite({
      dataDir: resolve(io.cwd, options.tree),
      outDir: resolve(io.cwd, options.out),
      langs: options.langs,
      theme: options.theme,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      jobs: options.jobs,
      ...(options.inlineDataLimit !== undefined ? { inlineDataLimit: options.inlineDataLimit } : {}),
      log: (line) => info(line.replace(/^datamed-site/, name)),
    });
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    info(
      `${name}: ${result.rendered} pages rendered in ${seconds(result.renderMs)} s (${Math.round((result.rendered * 1000) / result.renderMs)} pages/s, ${(result.bytes / 1e6).toFixed(1)} MB), ${result.pages.length} files in ${options.out} in ${seconds(result.totalMs)} s`,
    );
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`${name}: ${(error as Error).message}\n`);
    return EXIT.output;
  }
}

/** `datamed-site` on its arguments; returns the exit code. */
export async function runSite(argv: readonly string[], io: SiteIo): Promise<number> {
  let options;
  try {
    options = parseSiteOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${NAME}: ${error.message}\nTry '${NAME} --help' for more information.\n`);
    return EXIT.usage;
  }
  if (options === 'help') {
    io.stdout.write(SITE_HELP);
    return EXIT.ok;
  }
  return buildSiteFromCli(options, io);
}

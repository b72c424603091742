/**
 * Benchmark of `datamed-build` on the real ANSM data in ../shared/data (never copied): wall time
 * and peak memory of the compiled command (dist/cli/datamed-build.js, built by `npm run
 * bench:build` first), a few runs, median first. Not a test: figures depend on the machine.
 *
 *   npm run bench:build                       3 runs on the real data
 *   npm run bench:build -- --runs 5
 *   npm run bench:build -- --scale 10         1 run on a synthetic input 10 times larger (the real
 *                                             rows repeated under renamed substances and ids)
 *   npm run bench:build -- --out-dir /dev/shm write the trees (and a scaled input) there (default:
 *                                             the system temp folder)
 *   npm run bench:build -- --dry-run          build and check, write nothing (no disk in the figure)
 *   npm run bench:build -- --no-audit         without the disclosure audit (its time is printed by
 *                                             the command itself: "disclosure audit: … in N s")
 *   npm run bench:build -- --heap 400         run with --max-old-space-size=400 (MB)
 *
 * Scale 69 is the largest within the contract's limits (98,325 table substances and some 600 names
 * from the shortage export only; 439,116 declarations).
 * At scale 100 the tree would list 142,500 substances, beyond the limit of 100,000: the command then
 * stops after reading everything (exit 1), which still measures reading and aggregating.
 */
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CsvParser } from '../src/build/csv.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/data');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    scale: { type: 'string' },
    'out-dir': { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-audit': { type: 'boolean' },
    heap: { type: 'string' },
  },
});
const scale = Number(values.scale ?? 1);
const runs = Number(values.runs ?? (scale > 1 ? 1 : 3));
const base = values['out-dir'] ?? tmpdir();
const cli = join(root, 'dist/cli/datamed-build.js');

if (!existsSync(join(shared, 'ansm-adverse-effects-2014-2018'))) {
  console.error(`bench:build: the real data are not in ${shared}; nothing to measure.`);
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error(
    'bench:build: dist/cli/datamed-build.js is missing: run `npm run bench:build` (it builds it).',
  );
  process.exit(1);
}

/** Writes a text stream with back-pressure. */
async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((r) => stream.once('drain', () => r()));
}
async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((r) => stream.end(r));
}

/** The real inputs repeated `n` times under other names, in a temporary folder. */
async function scaledInput(n: number): Promise<string> {
  const dir = mkdtempSync(join(base, 'datamed-bench-input-'));
  const tables = join(shared, 'ansm-adverse-effects-2014-2018');
  for (const name of [
    'sa_data_annee',
    'sa_data_sexe',
    'sa_data_age',
    'sa_data_soclong_sexe',
    'sa_data_soclong_age',
  ]) {
    const rows = JSON.parse(readFileSync(join(tables, `${name}.json`), 'utf8')) as { MEDICAMENT: string }[];
    const out = createWriteStream(join(dir, `${name}.json`));
    await write(out, '[');
    for (let k = 1; k <= n; k++) {
      const chunk = rows.map((r) =>
        JSON.stringify(k === 1 ? r : { ...r, MEDICAMENT: `${r.MEDICAMENT} #${k}` }),
      );
      await write(out, (k > 1 ? ',' : '') + chunk.join(','));
    }
    await write(out, ']');
    await close(out);
  }
  const parser = new CsvParser();
  const records = [
    ...parser.push(readFileSync(join(shared, 'ansm-shortages/shortages-2014-2020.csv'), 'utf8')),
    ...parser.end(),
  ];
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const out = createWriteStream(join(dir, 'shortages.csv'));
  await write(out, `${records[0]!.fields.map(quote).join(',')}\n`);
  for (let k = 1; k <= n; k++) {
    const lines = records.slice(1).map((r) =>
      r.fields
        .map((f, i) => (i === 0 && k > 1 && f ? `${f}-${k}` : f))
        .map(quote)
        .join(','),
    );
    await write(out, `${lines.join('\n')}\n`);
  }
  await close(out);
  return dir;
}

const input = scale > 1 ? await scaledInput(scale) : shared;
const inputMegabytes =
  scale > 1 ? readdirSync(input).reduce((n, f) => n + statSync(join(input, f)).size, 0) / 1e6 : undefined;
const dropInput = () => {
  if (scale > 1) rmSync(input, { recursive: true, force: true });
};
const results: { seconds: number; cpu: number; megabytes: number; code: number }[] = [];
// The trees are removed after the last run, not between runs: on this ext4 disk, creating files
// right after thousands were deleted scans the recently freed inodes, which slowed every run after
// the first by seconds (a publisher's runs are not seconds apart).
const trees: string[] = [];
const dropTrees = () => trees.splice(0).forEach((t) => rmSync(t, { recursive: true, force: true }));
for (let i = 0; i < runs; i++) {
  const out = join(mkdtempSync(join(base, 'datamed-bench-')), 'tree');
  trees.push(join(out, '..'));
  const rssFile = join(tmpdir(), `datamed-bench-rss-${process.pid}-${i}`);
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      ...(values.heap ? [`--max-old-space-size=${values.heap}`] : []),
      '--import',
      join(root, 'scripts/bench-rss.mjs'),
      cli,
      input,
      '-o',
      out,
      '-q',
      ...(values['dry-run'] ? ['--dry-run'] : []),
      ...(values['no-audit'] ? ['--no-audit'] : []),
    ],
    {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (!existsSync(rssFile)) {
    // The process died before its exit handler (out of memory with a small --max-old-space-size…).
    console.error(
      `run ${i + 1}: the command died (status ${r.status}, signal ${r.signal}):\n${r.stderr.slice(-2000)}`,
    );
    dropInput();
    dropTrees();
    process.exit(1);
  }
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number };
  const megabytes = usage.maxRSS / 1024;
  const cpu = usage.cpu / 1e6;
  rmSync(rssFile, { force: true });
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr);
    dropInput();
    dropTrees();
    process.exit(1);
  }
  if (r.status === 1 && scale === 1) {
    console.error(r.stderr);
    dropTrees();
    process.exit(1);
  }
  results.push({ seconds, cpu, megabytes, code: r.status ?? -1 });
  console.log(
    `run ${i + 1}: ${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, peak memory ${megabytes.toFixed(0)} MB, exit ${r.status}${r.status === 1 ? ` (${r.stderr.trim().split('\n').at(-1)})` : ''}`,
  );
}
dropInput();
dropTrees();
const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
const median = sorted[Math.floor(sorted.length / 2)]!;
const what =
  scale > 1
    ? `${scale}× the real input (synthetic, ${inputMegabytes!.toFixed(0)} MB)`
    : '1,425 substances + 6,383 shortage rows (real ANSM data)';
console.log(
  `datamed-build, ${what}: median ${median.seconds.toFixed(2)} s wall (${median.cpu.toFixed(2)} s CPU), peak memory ${Math.max(...results.map((r) => r.megabytes)).toFixed(0)} MB ` +
    `(${runs} run(s)${values['dry-run'] ? ', --dry-run' : ''}${values['no-audit'] ? ', --no-audit' : ''}${values.heap ? `, --max-old-space-size=${values.heap}` : ''}, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, output in ${base})`,
);

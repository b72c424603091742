#!/usr/bin/env node
/**
 * Sizes of the CDN bundles (min + gzip), against budgets.
 *
 *   npm run size                  builds the CDN bundles (into .size-dist/), measures them, writes the
 *                                 table into docs/sizes.md
 *   npm run size -- --check       measures and fails (exit 1) when a bundle exceeds size-budgets.json
 *   npm run size -- --dist        measures dist/cdn as built by `npm run build` instead of rebuilding
 *   npm run size -- --budgets     rewrites size-budgets.json: today's sizes + 5 %, rounded up (no more
 *                                 than an issue's target: 35 KB for the profile)
 *
 * A bundle's size is its file plus everything it imports at start (nothing, for our entries);
 * what it imports on demand (Vega, the downloads) is counted apart, and apart again the English
 * messages, which only English pages load (`<bundle>.en-<hash>.js`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { buildCdn } from './build-cdn.mjs';
import { cdnEntries } from './cdn-entries.mjs';

const root = resolve(import.meta.dirname, '..');
export const BUDGETS_FILE = resolve(root, 'size-budgets.json');

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g;

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Every file a bundle loads, at start and on demand. */
function closure(dir, file) {
  const initial = new Set();
  const lazy = new Set();
  const visit = (name, onDemand) => {
    if (initial.has(name) || (onDemand && lazy.has(name))) return;
    (onDemand ? lazy : initial).add(name);
    const code = readFileSync(resolve(dir, name), 'utf8');
    for (const [, dep] of code.matchAll(STATIC_IMPORT)) visit(dep.slice(2), onDemand);
    for (const [, dep] of code.matchAll(DYNAMIC_IMPORT)) visit(dep.slice(2), true);
  };
  visit(file, false);
  for (const name of initial) lazy.delete(name);
  return { initial: [...initial], lazy: [...lazy] };
}

const isEnglish = (file) => /\.en-[\w-]+\.js$/.test(file);

/** Measures every CDN bundle in `dir`: `{ name, file, min, gzip, lazyMin, lazyGzip, englishGzip }`. */
export function measure(dir) {
  return Object.keys(cdnEntries(root)).map((name) => {
    const file = `${name}.js`;
    const { initial, lazy: onDemand } = closure(dir, file);
    const lazy = onDemand.filter((n) => !isEnglish(n));
    const english = onDemand.filter(isEnglish);
    const sum = (files, f) => files.reduce((total, n) => total + f(readFileSync(resolve(dir, n))), 0);
    return {
      name,
      file,
      min: sum(initial, (b) => b.length),
      gzip: sum(initial, gzip),
      lazyMin: sum(lazy, (b) => b.length),
      lazyGzip: sum(lazy, gzip),
      englishGzip: sum(english, gzip),
    };
  });
}

/** Code a strict page or a plain browser refuses: Node globals, eval and its siblings. */
export function forbiddenCode(code) {
  const found = [];
  if (/(?<![\w$.'"])process\s*\.\s*(?:env|argv|platform|version|nextTick)\b/.test(code))
    found.push('process');
  // A call, not a method named `eval` (`eval(e,t){…}`) nor `x.eval(…)`.
  if (/(?<![\w$.])eval\s*\((?![^()]*\)\s*\{)/.test(code)) found.push('eval');
  if (/\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/.test(code)) found.push('new Function');
  return found;
}

/** Bundles over budget: `[{ name, gzip, budget }]`; a bundle without a budget fails too. */
export function overBudget(rows, budgets) {
  return rows
    .filter((r) => !(r.file in budgets) || r.gzip > budgets[r.file])
    .map((r) => ({ name: r.name, file: r.file, gzip: r.gzip, budget: budgets[r.file] }));
}

/** Budgets set by an issue rather than by today's size (the profile: ≤ 35 KB gzip). */
const TARGETS = { 'ae-profile.js': 35 * 1024 };

export const readBudgets = () => JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')).budgets;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const LABELS = {
  'datamed-widgets': 'whole library',
  embed: '`embed.html`’s script (then the widget shown)',
  'embed-host': 'iframe resizer for the host page',
};

export function table(rows, budgets) {
  const lines = [
    '| file (`dist/cdn/`) | what | min | min + gzip | budget (gzip) | English pages add (gzip) | on demand (min + gzip) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const what = LABELS[r.name] ?? `\`<datamed-${r.name}>\``;
    const budget = budgets[r.file] ? kb(budgets[r.file]) : '–';
    const lazy = r.lazyGzip ? kb(r.lazyGzip) : '–';
    const english = r.englishGzip ? kb(r.englishGzip) : '–';
    lines.push(
      `| \`${r.file}\` | ${what} | ${kb(r.min)} | ${kb(r.gzip)} | ${budget} | ${english} | ${lazy} |`,
    );
  }
  return lines.join('\n');
}

/** Writes a file formatted as `npm run lint` wants it (Prettier, the project's settings). */
async function writeFormatted(file, text) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

async function writeDocs(markdown) {
  await writeFormatted(
    resolve(root, 'docs/sizes.md'),
    `# Bundle sizes\n\nGenerated by \`npm run size\`: each file of \`dist/cdn/\` with everything it loads at start,\n` +
      `minified, gzip level 9 (1 KB = 1,024 bytes). Budgets live in \`size-budgets.json\`; \`npm test\` fails\n` +
      `when a bundle exceeds its budget. “On demand” is loaded only when used (Vega for\n` +
      `\`<datamed-vega-chart>\`, the download code when a download menu is opened). French is built in;\n` +
      `“English pages add” is the chunk of English messages that only pages in English load.\n\n${markdown}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.includes('--dist')
    ? resolve(root, 'dist/cdn')
    : await buildCdn(resolve(root, '.size-dist'), { logLevel: 'error' });
  if (!existsSync(resolve(dir, 'datamed-widgets.js'))) throw new Error(`${dir}: no bundles (npm run build)`);
  const rows = measure(dir);
  if (args.includes('--budgets')) {
    const budgets = Object.fromEntries(
      rows.map((r) => [
        r.file,
        Math.min(TARGETS[r.file] ?? Infinity, Math.ceil((r.gzip * 1.05) / 100) * 100),
      ]),
    );
    writeFileSync(
      BUDGETS_FILE,
      JSON.stringify(
        {
          description:
            'Largest min + gzip size (bytes) of each CDN bundle with what it loads at start. Checked by `npm run size -- --check` and by npm test (test/node/distribution.test.ts).',
          budgets,
        },
        null,
        2,
      ) + '\n',
    );
  }
  const budgets = existsSync(BUDGETS_FILE) ? readBudgets() : {};
  const markdown = table(rows, budgets);
  console.log(markdown);
  if (args.includes('--check')) {
    const over = overBudget(rows, budgets);
    for (const o of over)
      console.error(
        o.budget
          ? `${o.file}: ${o.gzip} bytes gzipped, over its budget of ${o.budget}`
          : `${o.file}: no budget in size-budgets.json`,
      );
    process.exit(over.length ? 1 : 0);
  } else {
    await writeDocs(markdown);
    console.log('\nWritten: docs/sizes.md');
  }
}

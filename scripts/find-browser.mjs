/**
 * The one browser of every test runner, benchmark and screenshot: a pinned Chromium.
 *
 * 1. `$CHROME_PATH` when set: an explicit choice (`CHROME_PATH=/usr/bin/chromium npm test` for the
 *    system's Chromium, which moves with each system upgrade).
 * 2. Else the Chromium shipped inside the npm dev dependency `@sparticuz/chromium` (a headless
 *    shell, its version pinned in package.json: 143, whose package supports Node 20): no download, no root. It is unpacked at first use
 *    into `node_modules/.cache/datamed-chromium/<version>/` (some 3 s, 210 MB), then reused.
 *
 * The fonts are pinned too: the browser gets a fontconfig file of its own that lists only fonts from
 * npm packages — Roboto (`@fontsource/roboto`, the ANSM theme's), Marianne (`@gouvfr/dsfr`, the DSFR
 * theme's), Open Sans (shipped with the Chromium), the fallback for text, and DejaVu
 * (`dejavu-fonts-ttf`), the fallback for symbols (▾ ▲ ✓ ⚠ ✕ …: none of the others has them, every
 * reader's system has a font that does) and the monospace font — so that a page renders with the
 * same glyphs on any machine, whatever fonts the system has (test/node/browser-fonts.test.ts checks
 * every symbol of the source). The theme packages ship web fonts (WOFF), which fontconfig does not
 * read: they are unpacked to TrueType beside the browser (a WOFF file is a TrueType file whose
 * tables are zlib-compressed).
 *
 *   node scripts/find-browser.mjs            prints the path (unpacking it if needed)
 *   node scripts/find-browser.mjs --version  prints what `describeBrowser()` says
 *   node scripts/find-browser.mjs --check    starts it on a blank page; exit 1 if it cannot start
 */
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = '@sparticuz/chromium';
const packageDir = join(root, 'node_modules', PACKAGE);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The pinned version of the npm-shipped Chromium, or undefined when the package is not installed. */
function pinnedVersion() {
  const manifest = join(packageDir, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/** Where the npm-shipped Chromium of this version is unpacked. */
function cacheDir(version) {
  return join(root, 'node_modules', '.cache', 'datamed-chromium', version);
}

/**
 * Unpacks the npm-shipped Chromium (with its fonts) into the cache, once. The package unpacks into
 * the system's temporary folder: a child process with TMPDIR set to a fresh folder does it there,
 * and the folder is renamed into place only when complete, so an interrupted unpack leaves nothing
 * half-written behind.
 */
function unpack(version) {
  const target = cacheDir(version);
  if (executable(join(target, 'chromium'))) return target;
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const script = `const { default: c } = await import('${PACKAGE}');
c.setGraphicsMode = false; // no WebGL in the tests: the GL libraries stay packed
await c.executablePath();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, TMPDIR: partial },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return target;
}

/** The theme fonts of the npm packages, as WOFF files: Roboto (Latin subsets) and Marianne. */
function themeFonts() {
  const roboto = join(root, 'node_modules/@fontsource/roboto/files');
  const marianne = join(root, 'node_modules/@gouvfr/dsfr/dist/fonts');
  const pick = (dir, test) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.woff') && test(f))
          .map((f) => join(dir, f))
      : [];
  return [
    ...pick(roboto, (f) => /^roboto-latin(-ext)?-(300|400|500|700)-(normal|italic)\.woff$/.test(f)),
    ...pick(marianne, (f) => f.startsWith('Marianne-')),
  ];
}

/** A WOFF 1.0 file as the TrueType / OpenType file it wraps (the WOFF specification, section 5). */
export function woffToSfnt(woff) {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  const pow = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // flavour: TrueType or CFF
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(numTables * 16 - pow * 16, 10);
  const parts = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(header, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** The fontconfig file that gives the browser the pinned fonts and nothing else. */
function fontConfig(dir) {
  const themes = join(dir, 'theme-fonts');
  const fonts = themeFonts();
  if (!existsSync(themes) || readdirSync(themes).length !== fonts.length) {
    rmSync(themes, { recursive: true, force: true });
    mkdirSync(themes, { recursive: true });
    for (const font of fonts)
      writeFileSync(
        join(themes, font.replace(/^.*\//, '').replace(/\.woff$/, '.ttf')),
        woffToSfnt(readFileSync(font)),
      );
  }
  // TrueType already: read where npm put them.
  const symbolFonts = join(root, 'node_modules/dejavu-fonts-ttf/ttf');
  const file = join(dir, 'fonts.conf');
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<!-- Written by scripts/find-browser.mjs: the only fonts the tests' browser sees. -->
<fontconfig>
  <dir>${join(dir, 'fonts')}</dir>
  <dir>${themes}</dir>
  <dir>${symbolFonts}</dir>
  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Open Sans</family><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>Open Sans</family><family>DejaVu Sans</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
`;
  if (!existsSync(file) || readFileSync(file, 'utf8') !== xml) writeFileSync(file, xml);
  return file;
}

let found;

/**
 * The browser's path: `$CHROME_PATH`, else the npm-shipped Chromium (unpacked if needed). Also sets
 * `FONTCONFIG_FILE` for the npm-shipped one, which every browser this process starts inherits.
 */
export function findBrowser() {
  if (found) return found;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.`);
    return (found = fromEnv);
  }
  const version = pinnedVersion();
  if (!version)
    throw new Error(
      [
        `The pinned browser (${PACKAGE}, a dev dependency) is not installed: run \`npm ci\`.`,
        'Or choose one:   CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
  const dir = unpack(version);
  process.env.FONTCONFIG_FILE ??= fontConfig(dir);
  return (found = join(dir, 'chromium'));
}

/** "Chromium 143.0.7499.0 (npm @sparticuz/chromium 143.0.4, pinned)", or with the path of a chosen one. */
export function describeBrowser(path = findBrowser()) {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return process.env.CHROME_PATH
    ? `${version} (CHROME_PATH=${process.env.CHROME_PATH})`
    : `${version} (npm ${PACKAGE} ${pinnedVersion()}, pinned)`;
}

/** Flags for headless runs as root on a machine without network (no background connections). */
export const BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests run in several pages at once: keep background pages painting and their timers on time.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/** Starts the browser through Playwright and renders a page: what every runner will ask of it. */
async function check(path) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: path, args: BROWSER_ARGS, timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.setContent('<p>ok</p>');
    if ((await page.textContent('p')) !== 'ok') throw new Error(`${path} started but rendered nothing`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const path = findBrowser();
    if (process.argv.includes('--version')) console.log(describeBrowser(path));
    else if (process.argv.includes('--check')) {
      await check(path);
      console.log(`${describeBrowser(path)}: starts and renders a page`);
    } else console.log(path);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

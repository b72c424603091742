/**
 * Finding and reading the input files: what each file is (by name, then by its first line), and
 * its text delivered in chunks as the disk gives it, decoded from UTF-8 or Windows-1252.
 */
import { isAscii } from 'node:buffer';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { bdpmKindOf, type BdpmFileKind } from '../build/bdpm.js';
import { tableKindOf } from '../build/ae-columns.js';
import { SHORTAGE_COLUMNS } from '../build/shortages.js';
import { looksLikeJson } from '../build/records.js';
import { detectSeparator } from '../build/records-csv.js';
import { decodeWindows1252 } from '../build/encoding.js';
import type { BuildIssue } from '../build/issues.js';
import type { Options } from './args.js';

export type Role = { kind: 'adverse-effects' } | { kind: 'shortages' } | { kind: 'bdpm'; file: BdpmFileKind };

export interface InputFile {
  path: string;
  /** The path as messages show it (relative to the working directory). */
  label: string;
  role: Role;
  size: number;
}

const MAX_DEPTH = 3;
const SNIFF_BYTES = 64 * 1024;

/** Every input file and its role; `ignored` lists files of the given folders that are none. */
export async function discoverInputs(
  o: Options,
  cwd: string,
  outDir: string | undefined,
): Promise<{ files: InputFile[]; ignored: string[]; issues: BuildIssue[] }> {
  const files: InputFile[] = [];
  const ignored: string[] = [];
  const issues: BuildIssue[] = [];
  const seen = new Set<string>();
  const label = (path: string) => relative(cwd, path) || basename(path);
  const add = (path: string, role: Role) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, label: label(path), role, size: statSync(path).size });
  };
  const problem = (path: string, message: string) =>
    issues.push({ file: label(path), line: 1, severity: 'error', message });

  const named: [string[], Role][] = [
    [o.adverseEffects, { kind: 'adverse-effects' }],
    [o.shortages, { kind: 'shortages' }],
    [o.bdpmCis, { kind: 'bdpm', file: 'cis' }],
    [o.bdpmCompo, { kind: 'bdpm', file: 'compo' }],
    [o.bdpmDispo, { kind: 'bdpm', file: 'dispo' }],
  ];
  for (const [paths, role] of named) {
    for (const given of paths) {
      const path = resolve(cwd, given);
      if (!existsSync(path) || !statSync(path).isFile()) problem(path, 'no such file');
      else add(path, role);
    }
  }

  const walk = async (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      if (outDir && (path === outDir || path.startsWith(outDir + sep))) continue;
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(path, depth + 1);
      } else if (stat.isFile()) {
        const role = await roleOf(path);
        if (role) add(path, role);
        else ignored.push(label(path));
      }
    }
  };
  for (const given of o.inputs) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) {
      problem(path, 'no such file or folder');
      continue;
    }
    if (statSync(path).isDirectory()) {
      await walk(path, 1);
      continue;
    }
    const role = await roleOf(path);
    if (role) add(path, role);
    else
      problem(
        path,
        'not a known input (an adverse-effect table, a shortage export or a BDPM file): name its kind with --adverse-effects, --shortages or --bdpm-…',
      );
  }
  return { files, ignored, issues };
}

/** What a file is, from its name, else from its first line; undefined for anything else. */
async function roleOf(path: string): Promise<Role | undefined> {
  const bdpm = bdpmKindOf(path);
  if (bdpm) return { kind: 'bdpm', file: bdpm };
  const ext = extname(path).toLowerCase();
  if (!['.json', '.csv', '.tsv', '.txt'].includes(ext)) return undefined;
  const start = await head(path);
  if (looksLikeJson(start)) return { kind: 'adverse-effects' };
  if (ext === '.json') return undefined;
  const firstLine = start.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const columns = firstLine.split(detectSeparator(firstLine)).map((c) => c.replace(/^"|"$/g, '').trim());
  if (tableKindOf(columns)) return { kind: 'adverse-effects' };
  // A shortage export, even one missing a required column (the normaliser then names it).
  const lower = new Set(columns.map((c) => c.toLowerCase()));
  if (SHORTAGE_COLUMNS.filter((c) => lower.has(c)).length >= 3) return { kind: 'shortages' };
  return undefined;
}

async function head(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export class EncodingError extends Error {}

/**
 * Reads a file in chunks, decoded. `auto`: UTF-8 when the first chunk is valid UTF-8 (and, for
 * BDPM files, which are Windows-1252 by definition, holds non-ASCII text), else Windows-1252.
 */
export async function readChunks(
  file: InputFile,
  encoding: Options['encoding'],
  onText: (text: string) => void,
  onBytes: (bytes: number) => void,
): Promise<string> {
  let decode: ((chunk?: Buffer) => string) | undefined;
  let chosen = encoding;
  const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
  let offset = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (!decode) {
      if (chosen === 'auto') chosen = guessEncoding(chunk, file.role.kind === 'bdpm');
      if (chosen === 'utf-8') {
        const utf8 = new TextDecoder('utf-8', { fatal: true });
        decode = (bytes) => (bytes ? utf8.decode(bytes, { stream: true }) : utf8.decode());
      } else decode = (bytes) => (bytes ? decodeWindows1252(bytes) : '');
    }
    try {
      onText(decode(chunk));
    } catch (error) {
      if (error instanceof TypeError)
        throw new EncodingError(
          `${file.label}: not valid UTF-8 after byte ${offset} (if the file is Windows-1252, add --encoding windows-1252)`,
        );
      throw error;
    }
    offset += chunk.length;
    onBytes(chunk.length);
  }
  if (decode) onText(decode());
  return chosen;
}

function guessEncoding(chunk: Buffer, preferWindows1252: boolean): 'utf-8' | 'windows-1252' {
  if (isAscii(chunk)) return preferWindows1252 ? 'windows-1252' : 'utf-8';
  try {
    // A chunk may end inside a character: `stream: true` keeps the tail for later.
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

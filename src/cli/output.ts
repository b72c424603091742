/**
 * Writing the tree without ever leaving a half-written one: files go to a temporary folder beside
 * the target, which replaces the target by two renames once everything is written. Until then an
 * existing tree stays as it was; on failure the temporary folder is removed.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TreeFile } from '../build/tree.js';
import { SCHEMA_IDS } from '../data/contract.js';

/** Why an `--out` folder must not be replaced, or undefined when it may be. */
export function unsafeOutput(out: string, force: boolean): string | undefined {
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `--out ${out} is a file, not a folder`;
  const entries = readdirSync(out);
  if (!entries.length || force) return undefined;
  const index = join(out, 'index.json');
  if (existsSync(index)) {
    try {
      const head = readFileSync(index, 'utf8').slice(0, 200);
      if (head.includes(`"schema":"${SCHEMA_IDS.index}"`)) return undefined;
    } catch {
      // unreadable: not ours
    }
  }
  return `--out ${out} holds other files (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? '…' : ''}), not a data tree: it would be replaced as a whole. Choose a new or empty folder, or add --force`;
}

/** Compact JSON and a final newline, as every file of the tree. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

export class TreeWriter {
  readonly temp: string;
  files = 0;
  bytes = 0;
  private readonly folders = new Set<string>();

  constructor(
    private readonly out: string,
    private readonly gzip: boolean,
  ) {
    mkdirSync(dirname(out), { recursive: true });
    this.temp = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
  }

  /**
   * Writes one file. A shortage file's declarations are written a slice at a time: the text of a
   * 500,000-declaration file is never built whole (same bytes as `serialize`).
   */
  write(file: TreeFile): void {
    const path = join(this.temp, file.path);
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const parts: string[] = [];
    if (file.kind === 'shortages' && file.value.declarations.length > 1000) {
      const head = JSON.stringify({ ...file.value, declarations: [] });
      parts.push(head.slice(0, -2)); // without "]}"
      const list = file.value.declarations;
      for (let i = 0; i < list.length; i += 1000) {
        const slice = list.slice(i, i + 1000).map((d) => JSON.stringify(d));
        parts.push((i ? ',' : '') + slice.join(','));
      }
      parts.push(']}\n');
    } else {
      parts.push(serialize(file.value));
    }
    const fd = openSync(path, 'w');
    const buffers: Buffer[] = [];
    try {
      for (const part of parts) {
        const buffer = Buffer.from(part, 'utf8');
        writeSync(fd, buffer);
        this.bytes += buffer.length;
        if (this.gzip) buffers.push(buffer);
      }
    } finally {
      closeSync(fd);
    }
    this.files++;
    if (this.gzip) {
      // mtime 0 in the gzip header: the same input gives the same bytes.
      const compressed = gzipSync(Buffer.concat(buffers), { level: 9 });
      const gz = openSync(`${path}.gz`, 'w');
      try {
        writeSync(gz, compressed);
      } finally {
        closeSync(gz);
      }
      this.bytes += compressed.length;
      this.files++;
    }
  }

  /** Puts the written tree in place of `out` (an existing tree is replaced only now). */
  commit(): void {
    if (!existsSync(this.out)) {
      renameSync(this.temp, this.out);
      return;
    }
    const old = `${this.temp}.old`;
    renameSync(this.out, old);
    try {
      renameSync(this.temp, this.out);
    } catch (error) {
      renameSync(old, this.out);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    rmSync(this.temp, { recursive: true, force: true });
  }
}

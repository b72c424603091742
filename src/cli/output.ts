/**
 * Writing the tree without ever leaving a half-written one: files go to a temporary folder beside
 * the target, which replaces the target by two renames once everything is written. Until then an
 * existing tree stays as it was; on failure the temporary folder is removed.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
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

/** Writes in flight at once: the disk works while the next files are built and checked. */
const IN_FLIGHT = 4;

export class TreeWriter {
  readonly temp: string;
  files = 0;
  bytes = 0;
  private readonly folders = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  constructor(
    private readonly out: string,
    private readonly gzip: boolean,
  ) {
    mkdirSync(dirname(out), { recursive: true });
    this.temp = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
  }

  /**
   * Queues one file; resolves once there is room for another. The text of a large shortage file
   * is built a slice of declarations at a time (same bytes as `serialize`).
   */
  async write(file: TreeFile): Promise<void> {
    if (this.failure) throw this.failure;
    const path = join(this.temp, file.path);
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const parts: Buffer[] = [];
    if (file.kind === 'shortages' && file.value.declarations.length > 1000) {
      const head = JSON.stringify({ ...file.value, declarations: [] });
      parts.push(Buffer.from(head.slice(0, -2), 'utf8')); // without "]}"
      const list = file.value.declarations;
      for (let i = 0; i < list.length; i += 1000) {
        const slice = list.slice(i, i + 1000).map((d) => JSON.stringify(d));
        parts.push(Buffer.from((i ? ',' : '') + slice.join(','), 'utf8'));
      }
      parts.push(Buffer.from(']}\n', 'utf8'));
    } else {
      parts.push(Buffer.from(serialize(file.value), 'utf8'));
    }
    const size = parts.reduce((n, p) => n + p.length, 0);
    this.bytes += size;
    this.files++;
    this.track(writeFile(path, parts));
    if (this.gzip) {
      // mtime 0 in the gzip header: the same input gives the same bytes.
      const compressed = gzipSync(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), { level: 9 });
      this.bytes += compressed.length;
      this.files++;
      this.track(writeFile(`${path}.gz`, [compressed]));
    }
    while (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
    if (this.failure) throw this.failure;
  }

  private track(promise: Promise<void>): void {
    const tracked = promise.then(
      () => void this.pending.delete(tracked),
      (error: unknown) => {
        this.pending.delete(tracked);
        this.failure ??= error;
      },
    );
    this.pending.add(tracked);
  }

  /** Waits for every queued write; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
  }

  /** Puts the written tree in place of `out` (an existing tree is replaced only now). */
  async commit(): Promise<void> {
    await this.flush();
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

  async discard(): Promise<void> {
    await Promise.allSettled(this.pending);
    rmSync(this.temp, { recursive: true, force: true });
  }
}

async function writeFile(path: string, parts: Buffer[]): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writev(parts);
  } finally {
    await handle.close();
  }
}

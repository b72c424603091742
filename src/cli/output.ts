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
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TreeFile } from '../build/tree-types.js';
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

/**
 * The thread that writes the files (and compresses them with `--gzip`), so that the main thread
 * only builds, checks and encodes: one `open`, `write`s and one `close` per file, synchronous in
 * that thread, with no promise or event-loop round trip per call. CommonJS source run with
 * `eval`: the command stays one module, in the repository (tsx) as in the package (dist/cli/).
 */
const WRITER_THREAD = `
const { parentPort } = require('node:worker_threads');
const { closeSync, openSync, writeSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
let failure;
function writeAll(path, parts) {
  const fd = openSync(path, 'w');
  try {
    for (const part of parts)
      for (let at = 0; at < part.length; ) at += writeSync(fd, part, at, part.length - at);
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', (batch) => {
  let gzipBytes = 0;
  if (!failure) {
    try {
      for (const { path, parts, gzip } of batch) {
        writeAll(path, parts);
        if (gzip) {
          // mtime 0 in the gzip header: the same input gives the same bytes.
          const compressed = gzipSync(parts.length === 1 ? parts[0] : Buffer.concat(parts), { level: 9 });
          writeAll(path + '.gz', [compressed]);
          gzipBytes += compressed.length;
        }
      }
    } catch (error) {
      failure = { message: error.message, code: error.code, syscall: error.syscall, path: error.path };
    }
  }
  parentPort.postMessage({ gzipBytes, failure });
});
`;

interface Job {
  path: string;
  parts: Uint8Array[];
  gzip: boolean;
}

/** Files sent to the writing thread per message, and the bytes after which a batch goes anyway. */
const BATCH_FILES = 64;
const BATCH_BYTES = 1 << 20;
/** Batches queued at once: the disk works while the next files are built and checked. */
const IN_FLIGHT = 4;

export class TreeWriter {
  readonly temp: string;
  files = 0;
  bytes = 0;
  private readonly folders = new Set<string>();
  private readonly encoder = new TextEncoder();
  private readonly thread: Worker;
  private batch: Job[] = [];
  private batchBytes = 0;
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  private failure: Error | undefined;
  /** Once discarded (an error, or Ctrl-C while committing), the tree can no longer be put in place. */
  private state: 'writing' | 'committed' | 'discarded' = 'writing';

  constructor(
    private readonly out: string,
    private readonly gzip: boolean,
  ) {
    mkdirSync(dirname(out), { recursive: true });
    this.temp = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
    this.thread = new Worker(WRITER_THREAD, { eval: true });
    this.thread.on('message', (m: { gzipBytes: number; failure?: WriteFailure }) => {
      this.bytes += m.gzipBytes;
      if (m.failure && !this.failure) this.failure = writeError(m.failure);
      this.inFlight--;
      this.wake();
    });
    this.thread.on('error', (error) => {
      this.failure ??= error;
      this.inFlight = 0;
      this.wake();
    });
  }

  /**
   * Queues one file; resolves once there is room for another. The text of a large shortage file
   * is built a slice of declarations at a time (same bytes as `serialize`).
   */
  async write(file: TreeFile): Promise<void> {
    if (this.state === 'discarded') throw new InterruptedError();
    if (this.failure) throw this.failure;
    const path = join(this.temp, file.path);
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const parts: Uint8Array[] = [];
    if (file.kind === 'shortages' && file.value.declarations.length > 1000) {
      const head = JSON.stringify({ ...file.value, declarations: [] });
      parts.push(this.encoder.encode(head.slice(0, -2))); // without "]}"
      const list = file.value.declarations;
      for (let i = 0; i < list.length; i += 1000) {
        const slice = list.slice(i, i + 1000).map((d) => JSON.stringify(d));
        parts.push(this.encoder.encode((i ? ',' : '') + slice.join(',')));
      }
      parts.push(this.encoder.encode(']}\n'));
    } else {
      parts.push(this.encoder.encode(serialize(file.value)));
    }
    const size = parts.reduce((n, p) => n + p.length, 0);
    this.bytes += size;
    this.files += this.gzip ? 2 : 1;
    this.batch.push({ path, parts, gzip: this.gzip });
    this.batchBytes += size;
    if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) this.send();
    while (this.inFlight >= IN_FLIGHT && !this.failure) await this.settled();
    if (this.failure) throw this.failure;
  }

  private send(): void {
    if (!this.batch.length) return;
    const transfer = this.batch.flatMap((job) => job.parts.map((p) => p.buffer as ArrayBuffer));
    this.thread.postMessage(this.batch, transfer);
    this.inFlight++;
    this.batch = [];
    this.batchBytes = 0;
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** Waits for every queued write; throws the first failure. */
  async flush(): Promise<void> {
    this.send();
    while (this.inFlight > 0 && !this.failure) await this.settled();
    if (this.failure) throw this.failure;
  }

  /** Puts the written tree in place of `out` (an existing tree is replaced only now). */
  async commit(): Promise<void> {
    await this.flush();
    await this.thread.terminate();
    // An interrupt may have discarded the tree while the thread was stopping. From here on, all is
    // synchronous: no interrupt handler runs between the check and the two renames.
    if (this.state === 'discarded') throw new InterruptedError();
    this.state = 'committed';
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

  /**
   * Stops the writing thread, then removes the temporary tree. Returns false when it came too late:
   * the tree was already in place.
   */
  async discard(): Promise<boolean> {
    if (this.state === 'committed') return false;
    this.state = 'discarded';
    // Stopped first, so that no file appears in a folder being removed.
    await this.thread.terminate();
    rmSync(this.temp, { recursive: true, force: true, maxRetries: 3 });
    return true;
  }
}

/** Thrown by `commit` when the tree was discarded (Ctrl-C) before it could be put in place. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted before the tree was put in place');
  }
}

interface WriteFailure {
  message: string;
  code?: string;
  syscall?: string;
  path?: string;
}

/** The writing thread's error as the main thread's: an errno error (exit 3, "cannot write"). */
function writeError(f: WriteFailure): Error {
  return Object.assign(
    new Error(f.message),
    f.code ? { code: f.code } : {},
    f.syscall ? { syscall: f.syscall } : {},
    f.path ? { path: f.path } : {},
  );
}

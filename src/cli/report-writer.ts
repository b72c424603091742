import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SuppressedCell } from '../build/report.js';
import type { BuildSummary } from '../build/tree-types.js';

/**
 * The report of hidden cells, written as the files are built (nothing accumulates in memory):
 * CSV rows, or a JSON object whose `suppressed` list comes first and the summary after. Written to
 * a temporary name, renamed once the tree is in place, removed on failure or interrupt.
 */
export class ReportWriter {
  private readonly fd: number;
  private readonly csv: boolean;
  private first = true;
  private closed = false;

  constructor(private readonly path: string) {
    this.csv = path.toLowerCase().endsWith('.csv');
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(`${path}.tmp`, 'w');
    writeSync(this.fd, this.csv ? 'substance,cell,reason,protects\n' : '{"suppressed":[\n');
  }

  add(cells: SuppressedCell[]): void {
    if (!cells.length) return;
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = cells.map((c) =>
      this.csv
        ? [c.substance, c.cell, c.reason, (c.protects ?? []).join(' ')].map(quote).join(',')
        : JSON.stringify(c),
    );
    writeSync(this.fd, `${this.first || this.csv ? '' : ',\n'}${lines.join(this.csv ? '\n' : ',\n')}\n`);
    this.first = false;
  }

  finish(summary: BuildSummary, generated: string): void {
    if (!this.csv) {
      const { suppressed: _kept, ...rest } = summary;
      writeSync(
        this.fd,
        `],\n"generated":${JSON.stringify(generated)},\n${JSON.stringify(rest, null, 1).slice(2)}\n`,
      );
    }
    closeSync(this.fd);
    this.closed = true;
  }

  /** Puts the finished report in place. */
  publish(): void {
    renameSync(`${this.path}.tmp`, this.path);
  }

  discard(): void {
    if (!this.closed) closeSync(this.fd);
    this.closed = true;
    rmSync(`${this.path}.tmp`, { force: true });
  }
}

/**
 * An incremental RFC 4180 CSV parser: feed it text chunks as they arrive (a file stream), get
 * complete records back with the line they started on. Quoted fields may hold separators, quotes
 * ("" inside quotes) and line breaks. Pure: runs in Node (the `datamed-build` CLI) and in browsers.
 */

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export class CsvParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote inside a quoted field, waiting to know whether the next char is a quote too. */
  private quotePending = false;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private lastWasCR = false;

  constructor(private readonly separator = ',') {}

  /** Parses a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const sep = this.separator;
    for (let i = 0; i < chunk.length; i++) {
      let ch = chunk[i]!;
      if (this.line === 1 && !this.started && this.field === '' && ch === '\uFEFF') continue;
      if (this.lastWasCR) {
        this.lastWasCR = false;
        if (ch === '\n') continue; // CRLF: the CR already ended the record
      }
      if (this.quotePending) {
        this.quotePending = false;
        if (ch === '"') {
          this.field += '"';
          continue;
        }
        this.inQuotes = false; // the quote closed the field; handle ch below
      }
      if (this.inQuotes) {
        if (ch === '"') this.quotePending = true;
        else {
          if (ch === '\n' || ch === '\r') {
            this.line++;
            if (ch === '\r') {
              this.lastWasCR = true;
              ch = '\n';
            }
          }
          this.field += ch;
        }
        continue;
      }
      if (ch === '"' && this.field === '') {
        this.inQuotes = true;
        this.started = true;
      } else if (ch === sep) {
        this.record.push(this.field);
        this.field = '';
        this.started = true;
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') this.lastWasCR = true;
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
      } else {
        this.field += ch;
        this.started = true;
      }
    }
    return out;
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.started || this.field !== '' || this.record.length) this.endRecord(out);
    return out;
  }

  /** The line the parser has reached (1-based). */
  get currentLine(): number {
    return this.line;
  }

  /** True when the input ended inside a quoted field (a truncated file). */
  get unterminated(): boolean {
    return this.inQuotes && !this.quotePending;
  }

  private endRecord(out: CsvRecord[]): void {
    this.record.push(this.field);
    // Skip blank lines entirely.
    if (!(this.record.length === 1 && this.record[0] === ''))
      out.push({ line: this.recordLine, fields: this.record });
    this.record = [];
    this.field = '';
    this.started = false;
  }
}

/** Parses a whole text at once. */
export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const parser = new CsvParser(separator);
  return [...parser.push(text), ...parser.end()];
}

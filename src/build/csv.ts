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

  /** A run of plain characters of an unquoted field: anything but the separator and line breaks. */
  private readonly plain: RegExp;

  constructor(private readonly separator = ',') {
    this.plain = new RegExp(`[^${separator.replace(/[\\\]^-]/g, '\\$&')}\\r\\n]+`, 'y');
  }

  /** Parses a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const sep = this.separator;
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      let ch = chunk[i]!;
      if (this.line === 1 && !this.started && this.field === '' && ch === '\uFEFF') {
        i++;
        continue;
      }
      if (this.lastWasCR) {
        this.lastWasCR = false;
        if (ch === '\n') {
          i++;
          continue; // CRLF: the CR already ended the record
        }
      }
      if (this.quotePending) {
        this.quotePending = false;
        if (ch === '"') {
          this.field += '"';
          i++;
          continue;
        }
        this.inQuotes = false; // the quote closed the field; handle ch below
      }
      if (this.inQuotes) {
        if (ch === '"') {
          this.quotePending = true;
          i++;
          continue;
        }
        // Fast path: up to the next quote, when the run holds no carriage return.
        const quote = chunk.indexOf('"', i);
        const end = quote < 0 ? n : quote;
        const run = chunk.slice(i, end);
        if (run.indexOf('\r') < 0) {
          for (let k = run.indexOf('\n'); k >= 0; k = run.indexOf('\n', k + 1)) this.line++;
          this.field += run;
          i = end;
          continue;
        }
        if (ch === '\n' || ch === '\r') {
          this.line++;
          if (ch === '\r') {
            this.lastWasCR = true;
            ch = '\n';
          }
        }
        this.field += ch;
        i++;
        continue;
      }
      if (ch === '"' && this.field === '') {
        this.inQuotes = true;
        this.started = true;
        i++;
      } else if (ch === sep) {
        this.record.push(this.field);
        this.field = '';
        this.started = true;
        i++;
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') this.lastWasCR = true;
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        i++;
      } else {
        // Fast path: a run of plain characters at once.
        this.plain.lastIndex = i;
        this.plain.test(chunk);
        const end = Math.max(this.plain.lastIndex, i + 1);
        this.field += chunk.slice(i, end);
        this.started = true;
        i = end;
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
/**
 * A copy of a text that keeps nothing else alive. V8 makes a cut of 13 characters or more (a CSV
 * field, a JSON string) a view of the whole chunk it came from: keeping the cut keeps the chunk,
 * a megabyte, and a build that keeps one name per chunk keeps the whole input. Kept values go
 * through this; the rest of the rows is dropped as it is read.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const parser = new CsvParser(separator);
  return [...parser.push(text), ...parser.end()];
}

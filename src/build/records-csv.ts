/**
 * The streaming reader of a CSV table with a header line, on the RFC 4180 parser of `csv.ts`: it
 * finds the separator, checks the header and the width of every row, and names each field. Apart
 * from the JSON reader: the two share only the record types and the token limit (`records.ts`).
 * Pure: no Node APIs.
 */
import { CsvParser } from './csv.js';
import { fail } from './issues.js';
import { MAX_TOKEN, type FieldValue, type InputRecord, type RecordReader } from './records.js';

/**
 * Streaming reader of a CSV table with a header line. The separator (comma, semicolon or tab) is
 * the one the header line uses most. Values stay text; the table decides what they must be.
 */
export class CsvRecordReader implements RecordReader {
  private parser: CsvParser | undefined;
  private pending = '';
  columns: string[] | undefined;
  private width = 0;

  constructor(private readonly file: string) {}

  push(chunk: string): InputRecord[] {
    if (!this.parser) {
      this.pending += chunk;
      const lineEnd = this.pending.search(/[\r\n]/);
      if (lineEnd < 0 && this.pending.length < MAX_TOKEN) return [];
      this.parser = new CsvParser(detectSeparator(this.pending.slice(0, lineEnd < 0 ? undefined : lineEnd)));
      const text = this.pending;
      this.pending = '';
      return this.records(this.parser.push(text));
    }
    return this.records(this.parser.push(chunk));
  }

  end(): InputRecord[] {
    if (!this.parser) {
      this.parser = new CsvParser(detectSeparator(this.pending));
      const out = this.records(this.parser.push(this.pending));
      return [...out, ...this.finish()];
    }
    return this.finish();
  }

  private finish(): InputRecord[] {
    const unterminated = this.parser!.unterminated;
    const out = this.records(this.parser!.end());
    if (unterminated)
      fail(this.file, this.parser!.currentLine, 'the file ends inside a quoted field (truncated?)');
    if (!this.columns) fail(this.file, 1, 'empty file, no header line');
    return out;
  }

  private records(raw: { line: number; fields: string[] }[]): InputRecord[] {
    const out: InputRecord[] = [];
    for (const { line, fields } of raw) {
      if (!this.columns) {
        this.columns = fields.map((f) => f.trim());
        this.width = fields.length;
        const seen = new Set<string>();
        for (const name of this.columns) {
          if (!name) fail(this.file, line, 'a column of the header line has no name');
          if (seen.has(name)) fail(this.file, line, `column "${name}" appears twice`, { column: name });
          seen.add(name);
        }
        continue;
      }
      if (fields.length !== this.width)
        fail(
          this.file,
          line,
          `${fields.length} fields instead of ${this.width} (a stray separator or quote?)`,
        );
      const map = new Map<string, FieldValue>();
      fields.forEach((value, i) => map.set(this.columns![i]!, { value, line }));
      out.push({ line, fields: map });
    }
    return out;
  }
}

/** The separator a header line uses most (outside quotes): `,`, `;` or tab. */
export function detectSeparator(headerLine: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [sep, count] of counts) if (count > counts.get(best)!) best = sep;
  return best;
}

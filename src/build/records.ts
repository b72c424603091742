/**
 * Flat records from aggregate tables, whatever their format: a JSON array of objects
 * (`[{"MEDICAMENT": "…", "n_cas": 12}, …]`, like ANSM's `sa_data_*.json`) or a CSV file with a header
 * line (comma, semicolon or tab separated). Both readers are incremental — feed text chunks as a file
 * stream delivers them — so a file is never held whole in memory, and both say where each value
 * stands (line, and character column for JSON) for error messages. Pure: no Node APIs.
 */
import { CsvParser } from './csv.js';
import { fail } from './issues.js';

export type Scalar = string | number | boolean | null;

export interface FieldValue {
  value: Scalar;
  line: number;
  /** 1-based character column (JSON only). */
  position?: number;
}

export interface InputRecord {
  line: number;
  position?: number;
  /** True when the format has types (JSON): a number written as text is then an error. */
  typed?: boolean;
  fields: Map<string, FieldValue>;
}

/** A reader of records: `push` chunks, then `end()`. Throws `BuildInputError` on broken syntax. */
export interface RecordReader {
  push(chunk: string): InputRecord[];
  end(): InputRecord[];
  /** Field names seen in the header (CSV) or the first record (JSON); undefined before. */
  readonly columns: string[] | undefined;
}

const enum State {
  Start,
  /** After `[`: a record or `]`. */
  ArrayFirst,
  /** After `,` in the array: a record. */
  ArrayValue,
  /** After a record: `,` or `]`. */
  ArrayNext,
  /** After `{`: a key or `}`. */
  ObjectFirst,
  /** After `,` in a record: a key. */
  ObjectKey,
  Colon,
  Value,
  /** After a value: `,` or `}`. */
  ObjectNext,
  Done,
}

/** A token longer than this is refused: a file with a lost quote must not eat the memory. */
const MAX_TOKEN = 1 << 20;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Streaming reader of a JSON array of flat records. */
export class JsonRecordReader implements RecordReader {
  private state = State.Start;
  private rest = '';
  private line = 1;
  private col = 1;
  private record: InputRecord | undefined;
  private key: { name: string; line: number; position: number } | undefined;
  columns: string[] | undefined;

  constructor(private readonly file: string) {}

  push(chunk: string): InputRecord[] {
    return this.run(this.rest + chunk, false);
  }

  end(): InputRecord[] {
    const out = this.run(this.rest, true);
    if (this.state === State.Start) this.error('empty file: expected a JSON array of records');
    if (this.state !== State.Done)
      this.error('the file ends before the closing "]" of the array (truncated?)');
    return out;
  }

  private error(message: string, line = this.line, position = this.col, column?: string): never {
    fail(this.file, line, message, { position, column });
  }

  private unexpected(text: string, i: number, expected: string): never {
    const found = text[i] === undefined ? 'the end of the file' : JSON.stringify(text.slice(i, i + 12));
    this.error(`expected ${expected}, found ${found}`);
  }

  private run(text: string, final: boolean): InputRecord[] {
    const out: InputRecord[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i++;
        this.col++;
        continue;
      }
      if (c === 0x0a) {
        i++;
        this.line++;
        this.col = 1;
        continue;
      }
      if (c === 0xfeff && this.state === State.Start && this.line === 1 && this.col === 1) {
        i++;
        continue;
      }
      switch (this.state) {
        case State.Start:
          if (c !== 0x5b) this.unexpected(text, i, '"[": the file must hold a JSON array of records');
          this.state = State.ArrayFirst;
          i++;
          this.col++;
          continue;
        case State.ArrayFirst:
        case State.ArrayValue:
          if (c === 0x5d && this.state === State.ArrayFirst) {
            this.state = State.Done;
            i++;
            this.col++;
            continue;
          }
          if (c !== 0x7b) this.unexpected(text, i, 'a record "{…}"');
          this.record = { line: this.line, position: this.col, typed: true, fields: new Map() };
          this.state = State.ObjectFirst;
          i++;
          this.col++;
          continue;
        case State.ArrayNext:
          if (c === 0x2c) this.state = State.ArrayValue;
          else if (c === 0x5d) this.state = State.Done;
          else this.unexpected(text, i, '"," or "]" after a record');
          i++;
          this.col++;
          continue;
        case State.ObjectFirst:
        case State.ObjectKey: {
          if (c === 0x7d && this.state === State.ObjectFirst) {
            this.closeRecord(out);
            i++;
            this.col++;
            continue;
          }
          if (c !== 0x22) this.unexpected(text, i, 'a field name in double quotes');
          const token = this.string(text, i, final);
          if (!token) return this.keep(text, i, out);
          const [name, end] = token;
          if (this.record!.fields.has(name))
            this.error(`field "${name}" appears twice in the same record`, this.line, this.col, name);
          this.key = { name, line: this.line, position: this.col };
          this.col += end - i;
          i = end;
          this.state = State.Colon;
          continue;
        }
        case State.Colon:
          if (c !== 0x3a) this.unexpected(text, i, '":" after a field name');
          this.state = State.Value;
          i++;
          this.col++;
          continue;
        case State.Value: {
          const key = this.key!;
          let value: Scalar;
          let end: number;
          if (c === 0x22) {
            const token = this.string(text, i, final);
            if (!token) return this.keep(text, i, out);
            [value, end] = token;
          } else if (c === 0x7b || c === 0x5b) {
            this.error(
              'nested objects and arrays are not supported: a table holds flat records',
              this.line,
              this.col,
              key.name,
            );
          } else {
            let j = i;
            while (j < n && isBareChar(text.charCodeAt(j))) j++;
            if (j === n && !final) return this.keep(text, i, out);
            const word = text.slice(i, j);
            if (word === 'true' || word === 'false') value = word === 'true';
            else if (word === 'null') value = null;
            else if (NUMBER.test(word)) value = Number(word);
            else
              this.error(
                word
                  ? `invalid value ${JSON.stringify(word)} (text needs double quotes)`
                  : `expected a value, found ${JSON.stringify(text[i])}`,
                this.line,
                this.col,
                key.name,
              );
            end = j;
          }
          this.record!.fields.set(key.name, { value, line: this.line, position: this.col });
          this.col += end - i;
          i = end;
          this.state = State.ObjectNext;
          continue;
        }
        case State.ObjectNext:
          if (c === 0x2c) this.state = State.ObjectKey;
          else if (c === 0x7d) this.closeRecord(out);
          else this.unexpected(text, i, '"," or "}" after a value');
          i++;
          this.col++;
          continue;
        case State.Done:
          this.unexpected(text, i, 'nothing after the closing "]"');
      }
    }
    this.rest = '';
    return out;
  }

  /** Keeps an incomplete token for the next chunk. */
  private keep(text: string, i: number, out: InputRecord[]): InputRecord[] {
    this.rest = text.slice(i);
    if (this.rest.length > MAX_TOKEN) this.error('a value longer than 1 MB (a missing quote?)');
    return out;
  }

  private closeRecord(out: InputRecord[]): void {
    const record = this.record!;
    this.columns ??= [...record.fields.keys()];
    out.push(record);
    this.record = undefined;
    this.state = State.ArrayNext;
  }

  /** A string token at `i` (a quote): its value and the index after it, or undefined if incomplete. */
  private string(text: string, i: number, final: boolean): [string, number] | undefined {
    // Fast path: most texts have no escape; find the closing quote and check what lies between.
    const close = text.indexOf('"', i + 1);
    if (close >= 0) {
      const body = text.slice(i + 1, close);
      if (body.indexOf('\\') < 0 && !CONTROL.test(body)) return [body, close + 1];
    }
    const n = text.length;
    let j = i + 1;
    let value = '';
    let from = j;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return [value + text.slice(from, j), j + 1];
      if (c === 0x5c) {
        if (j + 1 >= n) break;
        value += text.slice(from, j);
        const e = text[j + 1]!;
        const simple = ESCAPES[e];
        if (simple !== undefined) {
          value += simple;
          j += 2;
        } else if (e === 'u') {
          if (j + 6 > n) break;
          const hex = text.slice(j + 2, j + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex))
            this.error(`invalid escape "\\u${hex}"`, this.line, this.col + (j - i));
          value += String.fromCharCode(parseInt(hex, 16));
          j += 6;
        } else {
          this.error(`invalid escape "\\${e}"`, this.line, this.col + (j - i));
        }
        from = j;
        continue;
      }
      if (c < 0x20)
        this.error(
          'line break inside a text (a missing closing quote?)',
          this.line,
          this.col + (j - i),
          this.key && this.state === State.Value ? this.key.name : undefined,
        );
      j++;
    }
    if (final) this.error('the file ends inside a text (a missing closing quote?)');
    return undefined;
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Characters of numbers and literals (and of invalid bare words, to report them whole). */
function isBareChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x5f
  );
}

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

/** A JSON reader when the text starts with `[` (after spaces and a BOM), else a CSV reader. */
export function looksLikeJson(start: string): boolean {
  return /^\uFEFF?\s*\[/.test(start);
}

/**
 * The streaming reader of a JSON array of flat records (ANSM's `sa_data_*.json`): a hand-written
 * state machine, so that a large file is read chunk by chunk and every error names its line and
 * column. Apart from the CSV reader: the two share only the record types and the token limit
 * (`records.ts`). Pure: no Node APIs.
 */
import { fail } from './issues.js';
import { MAX_TOKEN, type InputRecord, type RecordReader, type Scalar } from './records.js';

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

/**
 * Flat records from aggregate tables, whatever their format: a JSON array of objects
 * (`[{"MEDICAMENT": "…", "n_cas": 12}, …]`, like ANSM's `sa_data_*.json`) or a CSV file with a header
 * line (comma, semicolon or tab separated). Both readers are incremental — feed text chunks as a file
 * stream delivers them — so a file is never held whole in memory, and both say where each value
 * stands (line, and character column for JSON) for error messages. This file holds what both share:
 * the record types and the choice of reader; the readers are `records-json.ts` and `records-csv.ts`.
 * Pure: no Node APIs.
 */

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

/** A token longer than this is refused: a file with a lost quote must not eat the memory. */
export const MAX_TOKEN = 1 << 20;

/** A JSON reader when the text starts with `[` (after spaces and a BOM), else a CSV reader. */
export function looksLikeJson(start: string): boolean {
  return /^\uFEFF?\s*\[/.test(start);
}

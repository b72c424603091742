import type { InputRecord } from '../../src/build/records.js';

/** One typed input record of an adverse-effect table (as the JSON reader gives them), for builder tests. */
export function record(line: number, fields: Record<string, string | number>): InputRecord {
  return {
    line,
    position: 1,
    typed: true,
    fields: new Map(Object.entries(fields).map(([k, value]) => [k, { value, line, position: 1 }])),
  };
}

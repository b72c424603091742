/**
 * An independent reading of the real shortage CSV for the tests that check counts against it: a
 * regular expression, not the project's parser, and the normaliser's rules written again plainly
 * (exact duplicates once, rows without a usable year or a name left out, classifications folded).
 */

/** RFC 4180 rows, by a regular expression. */
export function independentRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.replace(/^\uFEFF/, ''))) && m[0] !== '') {
    row.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

export interface IndependentCounts {
  /** Rows read (header excluded). */
  rows: number;
  byYear: Map<string, number>;
  byClassification: Map<string, number>;
  /** "2019|rupture" → count. */
  byYearAndClassification: Map<string, number>;
  byState: Map<string, number>;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Counts of the declarations the normaliser should keep, per report year, classification and state. */
export function independentCounts(text: string): IndependentCounts {
  const [header, ...data] = independentRows(text);
  const col = (name: string) => header!.indexOf(name);
  const seen = new Set<string>();
  const counts: IndependentCounts = {
    rows: data.length,
    byYear: new Map(),
    byClassification: new Map(),
    byYearAndClassification: new Map(),
    byState: new Map(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const r of data) {
    const signature = r.join('\u0001');
    if (seen.has(signature)) continue;
    seen.add(signature);
    const year = r[col('reported_on')]!.slice(0, 4);
    if (!year || year < '1990' || (!r[col('product')] && !r[col('substance')])) continue;
    const c = fold(r[col('classification')]!);
    const classification =
      c === 'rupture'
        ? 'rupture'
        : c === 'risque de rupture'
          ? 'risk'
          : c === 'arret de commercialisation'
            ? 'discontinuation'
            : 'other';
    bump(counts.byYear, year);
    bump(counts.byClassification, classification);
    bump(counts.byYearAndClassification, `${year}|${classification}`);
    bump(counts.byState, fold(r[col('state')]!).startsWith('clotur') ? 'closed' : 'open');
  }
  return counts;
}

/**
 * What the privacy rule hid, and why, found by comparing a file before and after
 * `protectAdverseEffects`. The report names cells, never their hidden values: it can be shared with
 * whoever checks the publication without becoming a leak itself. Pure: no Node APIs.
 */
import type { AdverseEffectsFile, Cell } from '../data/contract.js';
import { isHidden } from '../data/privacy.js';

export type SuppressionReason =
  /** The count is between 1 and the threshold − 1. */
  | 'primary'
  /** Hidden so that another hidden cell of its group cannot be recomputed from the total. */
  | 'secondary'
  /** Absent from the source tables, which leave small cells out. */
  | 'source';

export interface SuppressedCell {
  substance: string;
  /** Path of the cell: `sex.male`, `years.2016.patients`, `organClasses.10005329.byAge.0-19`. */
  cell: string;
  reason: SuppressionReason;
  /** For `secondary`: the hidden cells of the same group it protects. */
  protects?: string[];
}

type Json = Record<string, unknown>;

const isCell = (v: unknown): v is Cell & Json =>
  !!v && typeof v === 'object' && !Array.isArray(v) && 'count' in (v as Json);

/** The label of an element of a list: its key, year or code, else its index. */
function labelOf(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const o = item as Json;
    for (const k of ['key', 'year', 'code'] as const) if (o[k] !== undefined) return String(o[k]);
  }
  return String(index);
}

function reasonOf(raw: Cell, threshold: number): SuppressionReason {
  if (isHidden(raw)) return 'source';
  return raw.count! > 0 && raw.count! < threshold ? 'primary' : 'secondary';
}

/** Every cell hidden in `protectedFile`, with its reason. */
export function explainSuppression(
  raw: AdverseEffectsFile,
  protectedFile: AdverseEffectsFile,
  threshold: number,
): SuppressedCell[] {
  const out: SuppressedCell[] = [];
  const substance = raw.substance.code;

  /** A group: sibling cells (a list, or the same field of every element of a list). */
  const group = (path: string, raws: (Cell | undefined)[], cells: (Cell | undefined)[], labels: string[]) => {
    const hidden = cells.map((c, i) =>
      c && isHidden(c) && raws[i] ? reasonOf(raws[i]!, threshold) : undefined,
    );
    const protectedCells = labels.filter((_, i) => hidden[i] === 'primary' || hidden[i] === 'source');
    hidden.forEach((reason, i) => {
      if (!reason) return;
      const cell = `${path}${labels[i]}`;
      const protects = protectedCells.filter((l) => l !== labels[i]).map((l) => `${path}${l}`);
      out.push({
        substance,
        cell,
        reason,
        ...(reason === 'secondary' ? { protects } : {}),
      });
    });
  };

  const walk = (rawValue: unknown, value: unknown, path: string) => {
    if (Array.isArray(value) && Array.isArray(rawValue)) {
      const labels = value.map(labelOf);
      if (value.some(isCell)) group(path ? `${path}.` : '', rawValue as Cell[], value as Cell[], labels);
      // Fields that are cells in every element form a group of their own (years[].patients).
      const first = value[0];
      if (first && typeof first === 'object') {
        for (const field of Object.keys(first as Json)) {
          if (!isCell((first as Json)[field])) continue;
          const cells = value.map((v) => (v as Json)[field] as Cell | undefined);
          const raws = (rawValue as Json[]).map((v) => v?.[field] as Cell | undefined);
          group(
            path ? `${path}.` : '',
            raws,
            cells,
            labels.map((l) => `${l}.${field}`),
          );
        }
      }
      value.forEach((item, i) => {
        const rawItem = (rawValue as unknown[])[i];
        if (item && typeof item === 'object')
          for (const [k, v] of Object.entries(item as Json))
            if (typeof v === 'object' && v !== null && !isCell(v))
              walk((rawItem as Json | undefined)?.[k], v, `${path ? `${path}.` : ''}${labels[i]}.${k}`);
      });
      return;
    }
    if (value && typeof value === 'object' && rawValue && typeof rawValue === 'object') {
      for (const [k, v] of Object.entries(value as Json)) {
        const r = (rawValue as Json)[k];
        const p = path ? `${path}.${k}` : k;
        if (isCell(v) && isHidden(v) && isCell(r))
          out.push({ substance, cell: p, reason: reasonOf(r, threshold) });
        else if (typeof v === 'object' && v !== null && !isCell(v)) walk(r, v, p);
      }
    }
  };
  const { schema: _s, provenance: _p, substance: _sub, ...rawBody } = raw;
  const { schema: _s2, provenance: _p2, substance: _sub2, ...body } = protectedFile;
  walk(rawBody, body, '');
  return out;
}

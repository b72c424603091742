/**
 * The columns and values of ANSM-shaped adverse-effect tables: which kind of table a header is, and
 * how a sex, an age band or a count is written in them. Pure: no Node APIs.
 */
import { ageBandLabel as ageBandLabelOf, foldText } from '../data/vocabulary.js';
import type { FieldValue } from './records.js';

export type TableKind = 'year' | 'sex' | 'age' | 'soc-sex' | 'soc-age';

/** Labels of the age bands, made once per band (every substance and organ class repeats them). */
const bandLabels = new Map<string, ReturnType<typeof ageBandLabelOf>>();
export function ageBandLabel(key: string): ReturnType<typeof ageBandLabelOf> {
  let label = bandLabels.get(key);
  if (!label) bandLabels.set(key, (label = ageBandLabelOf(key)));
  return label;
}

const COLUMNS: Record<TableKind, readonly string[]> = {
  year: ['medicament', 'annee', 'n_cas', 'n_conso'],
  sex: ['medicament', 'sexe', 'n_cas', 'n_conso'],
  age: ['medicament', 'age', 'n_cas', 'n_conso'],
  'soc-sex': ['medicament', 'sexe', 'soc_long', 'n_decla_eff', 'n_cas'],
  'soc-age': ['medicament', 'age', 'soc_long', 'n_decla_eff', 'n_cas'],
};

/** Which table a set of column names is, or undefined. */
export function tableKindOf(columns: readonly string[]): TableKind | undefined {
  const has = new Set(columns.map((c) => c.trim().toLowerCase()));
  if (!has.has('medicament')) return undefined;
  if (has.has('soc_long')) return has.has('sexe') ? 'soc-sex' : has.has('age') ? 'soc-age' : undefined;
  if (has.has('annee')) return 'year';
  if (has.has('sexe')) return 'sex';
  if (has.has('age')) return 'age';
  return undefined;
}

/** The columns a kind needs that a header lacks. */
export function missingColumns(kind: TableKind, columns: readonly string[]): string[] {
  const has = new Set(columns.map((c) => c.trim().toLowerCase()));
  return COLUMNS[kind].filter((c) => !has.has(c));
}

export type SexKey = 'female' | 'male' | 'unknown';
export const SEX_ORDER: SexKey[] = ['female', 'male', 'unknown'];

/** "Femmes", "F", "Hommes", "H", "M", "Inconnu"… → contract keys. */
export function sexKeyOf(text: string): SexKey | undefined {
  const k = foldText(text);
  if (['femmes', 'femme', 'f', 'female', 'feminin', 'w', 'women'].includes(k)) return 'female';
  if (['hommes', 'homme', 'h', 'm', 'male', 'masculin', 'men'].includes(k)) return 'male';
  if (['inconnu', 'inconnue', 'sexe inconnu', 'unknown', 'u', 'nr', 'non renseigne', 'i'].includes(k))
    return 'unknown';
  return undefined;
}

export interface AgeBand {
  key: string;
  /** Lower bound in years; Infinity for `unknown` (sorted last). */
  lower: number;
}

/**
 * An age band from the age table ("0-19 ans", "60 ans et plus", "Âge inconnu") or its lower bound
 * alone, as the organ-class table gives it (0, 20, 60).
 */
export function ageBandOf(value: string | number): AgeBand | number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value < 150 ? value : undefined;
  const k = foldText(value);
  if (/^\d{1,3}$/.test(k)) return Number(k);
  if (['inconnu', 'age inconnu', 'unknown', 'nr', 'non renseigne'].includes(k))
    return { key: 'unknown', lower: Infinity };
  let m = /^(\d{1,3})\s*(?:-|a)\s*(\d{1,3})(?:\s*ans)?$/.exec(k);
  if (m) return { key: `${Number(m[1])}-${Number(m[2])}`, lower: Number(m[1]) };
  m =
    /^(?:(\d{1,3})\s*ans\s*et\s*plus|(\d{1,3})\s*\+|>=?\s*(\d{1,3})(?:\s*ans)?|plus de (\d{1,3}) ans)$/.exec(
      k,
    );
  if (m) {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    return { key: `${n}+`, lower: n };
  }
  m = /^(?:moins de|<)\s*(\d{1,3})(?:\s*ans)?$/.exec(k);
  if (m) return { key: `0-${Number(m[1]) - 1}`, lower: 0 };
  return undefined;
}

/** A count: a number in JSON; in CSV, where everything is text, digits. */
export function wholeNumber(value: FieldValue['value'], typed = false): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (!typed && typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number(value);
  return undefined;
}

export function show(value: FieldValue['value']): string {
  if (typeof value === 'string')
    return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  return String(value);
}

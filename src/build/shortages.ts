/**
 * Shortage declaration exports (shaped like ANSM's `shortages-2014-2020.csv`) → contract
 * declarations. Real exports are messy; every fix is reported, nothing is silently dropped:
 * - classifications in any case ("RUPTURE", "Risque de rupture", "Tension", "Rupture avérée");
 *   a missing one becomes `other`;
 * - dates `YYYY-MM-DD` (also `DD/MM/YYYY`); impossible ones (1899-12-31, Excel's day zero) are removed;
 * - free-text causes mapped to the 16 standard causes where they match, `other` otherwise, the
 *   declared text kept in `causeText`;
 * - measures mapped the same way; lower-case or spaced ATC codes repaired, impossible ones removed;
 * - exact duplicate rows kept once; rows without an id, a date or any name skipped.
 * Pure and incremental: feed CSV chunks, so a file 100× larger never sits twice in memory.
 */
import {
  CIS_PATTERN,
  ATC_PATTERN,
  type Circuit,
  type ShortageClassification,
  type ShortageDeclaration,
} from '../data/contract.js';
import { parseIsoDate } from '../data/dates.js';
import { foldText, SHORTAGE_CAUSES, SHORTAGE_MEASURES } from '../data/vocabulary.js';
import { CsvParser, detached, type CsvRecord } from './csv.js';
import { fail, type BuildIssue } from './issues.js';

export type { BuildIssue } from './issues.js';

export const SHORTAGE_COLUMNS = [
  'id',
  'reported_on',
  'classification',
  'state',
  'atc',
  'substance',
  'product',
  'laboratory',
  'shortage_start',
  'expected_return_community',
  'expected_return_hospital',
  'cause',
  'affects_hospital',
  'affects_community',
  'measure',
  'therapeutic_class',
  // Optional: the CIS codes of the products concerned, separated by spaces, commas or semicolons.
  'cis',
] as const;
type Column = (typeof SHORTAGE_COLUMNS)[number];
const REQUIRED: Column[] = ['id', 'reported_on', 'classification', 'state', 'product'];

/** Causes and measures as they are written in exports, folded, → standard codes. */
const CAUSE_ALIASES: Record<string, string> = {
  'augmentation des volumes': 'sales-increase',
  'augmentation des volumes de vente': 'sales-increase',
  'augmentation du volume de vente': 'sales-increase',
  'analyses non conformes': 'quality-analysis',
  'probleme qualite analyse non conforme': 'quality-analysis',
  'probleme de transport': 'logistics',
  'probleme de transport logistique': 'logistics',
  'transfert site': 'site-transfer',
  'non conformite bpf': 'gmp-non-compliance',
  'defaut d approvisionnement mp ac': 'supply-raw-or-packaging',
  'defaut d approvisionnement en matiere premiere': 'supply-raw-material',
  'defaut d approvisionnement en article de conditionnement': 'supply-packaging',
};
const MEASURE_ALIASES: Record<string, string> = {
  'report sur une specialite concurrente': 'switch-to-alternative',
  'suivi des stocks': 'stock-monitoring',
  'mise en place d un stock de depannage': 'emergency-stock',
  autre: 'other',
};

/** Folded further for matching: punctuation and hyphens become spaces. Exports repeat a few
 * hundred distinct values thousands of times: each is folded once. */
const keys = new Map<string, string>();
function key(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    if (keys.size > 100_000) keys.clear();
    k = foldText(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    keys.set(text, k);
  }
  return k;
}

function lookup(
  table: Readonly<Record<string, { fr: string }>>,
  aliases: Record<string, string>,
): Map<string, string> {
  const map = new Map<string, string>(Object.entries(aliases));
  for (const [code, label] of Object.entries(table)) map.set(key(label.fr), code);
  return map;
}
const CAUSES = lookup(SHORTAGE_CAUSES, CAUSE_ALIASES);
const MEASURES = lookup(SHORTAGE_MEASURES, MEASURE_ALIASES);

export function mapCause(text: string): { cause?: string; causeText?: string } {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const exact = CAUSES.get(key(trimmed));
  if (exact && exact !== 'other') return { cause: exact };
  // "Autre : retard de livraison" → other, with the detail kept.
  const detail = /^autre\s*:?\s*(.*)$/is.exec(trimmed)?.[1]?.trim();
  if (detail !== undefined) return detail ? { cause: 'other', causeText: detail } : { cause: 'other' };
  return { cause: 'other', causeText: trimmed };
}

export function mapMeasure(text: string): { measures?: string[]; measureText?: string } {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const k = key(trimmed);
  const code =
    MEASURES.get(k) ?? (k.startsWith('flexibilite reglementaire') ? 'regulatory-flexibility' : undefined);
  if (code) return code === 'other' ? { measures: ['other'] } : { measures: [code] };
  return { measures: ['other'], measureText: trimmed };
}

export function mapClassification(text: string): ShortageClassification | undefined {
  const k = key(text);
  if (k === 'rupture' || k === 'rupture de stock' || k === 'rupture averee') return 'rupture';
  if (
    k === 'risque de rupture' ||
    k === 'risque de rupture de stock' ||
    k === 'tension' ||
    k === 'tension d approvisionnement' ||
    k === 'risque'
  )
    return 'risk';
  if (k === 'arret de commercialisation') return 'discontinuation';
  if (k === 'autre') return 'other';
  return undefined;
}

/** "n05ba05" → "N05BA05", "RO6" → "R06"; undefined when no repair gives a valid code. */
export function repairAtc(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!compact) return undefined;
  if (ATC_PATTERN.test(compact)) return compact;
  // Letter O typed for a zero in the digit positions (2-3, 6-7).
  const chars = [...compact];
  for (const i of [1, 2, 5, 6]) if (chars[i] === 'O') chars[i] = '0';
  const fixed = chars.join('');
  return ATC_PATTERN.test(fixed) ? fixed : undefined;
}

const EARLIEST = '1990-01-01';

/** ISO date from `YYYY-MM-DD` or `DD/MM/YYYY`; undefined for empty, impossible or pre-1990 dates. */
export function normaliseDate(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : t.slice(0, 10);
  if (!parseIsoDate(iso) || iso < EARLIEST) return undefined;
  return iso;
}

function bool(text: string): boolean {
  return /^(true|vrai|oui|yes|1)$/i.test(text.trim());
}

/** Issues kept per severity; beyond, they are only counted (a message shows 20 at most). */
const KEPT_ISSUES = 1000;

export interface ShortageNormaliserResult {
  declarations: ShortageDeclaration[];
  issues: BuildIssue[];
  /** Issues beyond the first `KEPT_ISSUES` of their severity: counted, not kept (memory). */
  omitted: Record<BuildIssue['severity'], number>;
  /** Data rows read (header excluded). */
  rows: number;
}

/**
 * Incremental normaliser: `push` CSV text chunks, then `end()` for the result.
 * Throws a `BuildInputError` when the header lacks a required column (nothing can be read).
 */
export class ShortageCsvNormaliser {
  private readonly parser = new CsvParser(',');
  private header: Map<Column, number> | undefined;
  /** Each id's line and a 64-bit hash of its row (the row itself would keep the whole file in memory). */
  private readonly seen = new Map<string, { line: number; signature: [number, number] }>();
  private columns = 0;
  readonly declarations: ShortageDeclaration[] = [];
  readonly issues: BuildIssue[] = [];
  readonly omitted: Record<BuildIssue['severity'], number> = { error: 0, warning: 0 };
  private readonly kept: Record<BuildIssue['severity'], number> = { error: 0, warning: 0 };
  rows = 0;

  constructor(private readonly file: string) {}

  push(chunk: string): void {
    for (const record of this.parser.push(chunk)) this.record(record);
  }

  end(): ShortageNormaliserResult {
    const unterminated = this.parser.unterminated;
    for (const record of this.parser.end()) this.record(record);
    if (unterminated)
      this.issue(this.parser.currentLine, 'error', 'the file ends inside a quoted field (truncated?)');
    if (!this.header) fail(this.file, 1, 'empty file, no header line');
    return { declarations: this.declarations, issues: this.issues, omitted: this.omitted, rows: this.rows };
  }

  private issue(line: number, severity: BuildIssue['severity'], message: string, column?: string): void {
    if (this.kept[severity]++ >= KEPT_ISSUES) {
      this.omitted[severity]++;
      return;
    }
    this.issues.push({ file: this.file, line, severity, message, ...(column ? { column } : {}) });
  }

  private record({ line, fields: cut }: CsvRecord): void {
    const fields = cut.map(detached);
    if (!this.header) {
      const names = fields.map((f) => f.trim().toLowerCase());
      const header = new Map<Column, number>();
      for (const column of SHORTAGE_COLUMNS) {
        const index = names.indexOf(column);
        if (index >= 0) header.set(column, index);
      }
      const missing = REQUIRED.filter((c) => !header.has(c));
      if (missing.length) {
        fail(this.file, line, `missing column(s) ${missing.join(', ')}`, { column: missing[0] });
      }
      this.header = header;
      this.columns = fields.length;
      return;
    }
    this.rows++;
    if (fields.length !== this.columns) {
      this.issue(line, 'error', `${fields.length} fields instead of ${this.columns}: row skipped`);
      return;
    }
    const get = (c: Column) => {
      const i = this.header!.get(c);
      return i === undefined ? '' : (fields[i] ?? '').trim();
    };
    const id = get('id');
    if (!id) return this.issue(line, 'error', 'no id: row skipped', 'id');
    const signature = rowHash(fields);
    const previous = this.seen.get(id);
    if (previous) {
      if (previous.signature[0] === signature[0] && previous.signature[1] === signature[1])
        this.issue(line, 'warning', `duplicate of line ${previous.line}: kept once`, 'id');
      else
        this.issue(
          line,
          'error',
          `id ${id} already used on line ${previous.line} with other values: row skipped`,
          'id',
        );
      return;
    }
    this.seen.set(id, { line, signature });

    const product = get('product');
    const substance = get('substance');
    if (!product && !substance)
      return this.issue(line, 'error', 'neither product nor substance: row skipped', 'product');
    const reported = normaliseDate(get('reported_on'));
    const start = normaliseDate(get('shortage_start'));
    if (get('shortage_start') && !start)
      this.issue(line, 'warning', `impossible date "${get('shortage_start')}" removed`, 'shortage_start');
    if (!reported && !start)
      return this.issue(
        line,
        'error',
        `no usable date ("${get('reported_on')}"): row skipped`,
        'reported_on',
      );
    if (!reported) this.issue(line, 'warning', 'no report date: the start date stands for it', 'reported_on');

    let classification = mapClassification(get('classification'));
    if (!classification) {
      this.issue(
        line,
        'warning',
        get('classification')
          ? `unknown classification "${get('classification')}": other`
          : 'no classification: other',
        'classification',
      );
      classification = 'other';
    }
    const stateKey = key(get('state'));
    const state =
      stateKey.startsWith('cloture') || stateKey === 'ferme'
        ? 'closed'
        : stateKey === 'en cours' || stateKey === 'ouvert'
          ? 'open'
          : undefined;
    if (!state) return this.issue(line, 'error', `unknown state "${get('state')}": row skipped`, 'state');

    const declaration: ShortageDeclaration = {
      id,
      product: product || substance,
      substance,
      classification,
      state,
      reported: reported ?? start!,
    };
    if (!product) this.issue(line, 'warning', 'no product name: the substance stands for it', 'product');
    const atcText = get('atc');
    const atc = repairAtc(atcText);
    if (atc) declaration.atc = atc;
    else if (atcText) this.issue(line, 'warning', `invalid ATC code "${atcText}" removed`, 'atc');
    const laboratory = get('laboratory');
    if (laboratory) declaration.laboratory = laboratory;
    if (start) declaration.start = start;

    const returns: Partial<Record<Circuit, string>> = {};
    for (const [circuit, column] of [
      ['community', 'expected_return_community'],
      ['hospital', 'expected_return_hospital'],
    ] as const) {
      const date = normaliseDate(get(column));
      if (get(column) && !date)
        this.issue(line, 'warning', `impossible date "${get(column)}" removed`, column);
      else if (date && date < (start ?? declaration.reported)) {
        this.issue(line, 'warning', `return date ${date} before the start: removed`, column);
      } else if (date) returns[circuit] = date;
    }
    if (state === 'closed') {
      // In closed declarations the return dates are the actual end.
      const end = [returns.community, returns.hospital].filter(Boolean).sort().at(-1);
      if (end) declaration.end = end;
    } else if (returns.community || returns.hospital) {
      declaration.expectedReturn = returns;
    }
    Object.assign(declaration, mapCause(get('cause')), mapMeasure(get('measure')));
    const circuits: Circuit[] = [];
    if (bool(get('affects_community'))) circuits.push('community');
    if (bool(get('affects_hospital'))) circuits.push('hospital');
    if (circuits.length) declaration.circuits = circuits;
    const therapeuticClass = get('therapeutic_class');
    if (therapeuticClass) declaration.therapeuticClass = therapeuticClass;
    const cis = get('cis')
      .split(/[\s,;|]+/)
      .filter(Boolean);
    const bad = cis.find((c) => !CIS_PATTERN.test(c));
    if (bad)
      this.issue(line, 'warning', `"${bad.slice(0, 20)}" is not a CIS code (8 digits): cis ignored`, 'cis');
    else if (cis.length) declaration.cis = [...new Set(cis)];
    this.declarations.push(declaration);
  }
}

/** Two 32-bit FNV-1a-like hashes of a row's fields (a false "same row" needs both to collide). */
function rowHash(fields: readonly string[]): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ fields.length;
  for (const field of fields) {
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0xffff, 0x01000193); // field separator: "ab","c" ≠ "a","bc"
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  }
  return [a >>> 0, b >>> 0];
}

/** Normalises a whole CSV text at once. */
export function normaliseShortageCsv(text: string, file = 'shortages.csv'): ShortageNormaliserResult {
  const normaliser = new ShortageCsvNormaliser(file);
  normaliser.push(text);
  return normaliser.end();
}

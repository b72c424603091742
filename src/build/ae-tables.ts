/**
 * Adverse-effect aggregate tables shaped like ANSM's `sa_data_*` files → one raw (not yet
 * protected) contract file per substance.
 *
 * Five kinds of table, recognised by their columns (case does not matter):
 * | kind      | columns                                                   | real file                   |
 * | --------- | --------------------------------------------------------- | --------------------------- |
 * | `year`    | MEDICAMENT, ANNEE, n_cas, n_conso                         | sa_data_annee.json          |
 * | `sex`     | MEDICAMENT, SEXE, n_cas, n_conso                          | sa_data_sexe.json           |
 * | `age`     | MEDICAMENT, AGE, n_cas, n_conso                           | sa_data_age.json            |
 * | `soc-sex` | MEDICAMENT, SEXE, SOC_LONG, n_decla_eff, n_cas            | sa_data_soclong_sexe.json   |
 * | `soc-age` | MEDICAMENT, AGE, SOC_LONG, n_decla_eff, n_cas             | sa_data_soclong_age.json    |
 *
 * These tables carry the counts the privacy rule protects, so they are read strictly: a value of
 * the wrong type, an unknown sex, age band or organ class, or a duplicate row stops the build with
 * the file, line and column. Only aggregates are kept in memory (a few numbers per substance and
 * cell), never the rows. Pure: no Node APIs.
 */
import type { AdverseEffectsFile, CategoryCell, Cell, OrganClassCell } from '../data/contract.js';
import { SCHEMA_IDS } from '../data/contract.js';
import {
  ageBandLabel as ageBandLabelOf,
  foldText,
  ORGAN_CLASSES,
  organClassCodeOf,
  usageLevelOf,
} from '../data/vocabulary.js';
import { detached } from './csv.js';
import type { BuildIssue } from './issues.js';
import type { FieldValue, InputRecord } from './records.js';

export type TableKind = 'year' | 'sex' | 'age' | 'soc-sex' | 'soc-age';

/** Labels of the age bands, made once per band (every substance and organ class repeats them). */
const bandLabels = new Map<string, ReturnType<typeof ageBandLabelOf>>();
function ageBandLabel(key: string): ReturnType<typeof ageBandLabelOf> {
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

type SexKey = 'female' | 'male' | 'unknown';
const SEX_ORDER: SexKey[] = ['female', 'male', 'unknown'];

/** "Femmes", "F", "Hommes", "H", "M", "Inconnu"… → contract keys. */
export function sexKeyOf(text: string): SexKey | undefined {
  const k = foldText(text);
  if (['femmes', 'femme', 'f', 'female', 'feminin', 'w', 'women'].includes(k)) return 'female';
  if (['hommes', 'homme', 'h', 'm', 'male', 'masculin', 'men'].includes(k)) return 'male';
  if (['inconnu', 'inconnue', 'sexe inconnu', 'unknown', 'u', 'nr', 'non renseigne', 'i'].includes(k))
    return 'unknown';
  return undefined;
}

interface AgeBand {
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

interface Pair {
  cases: number;
  patients: number;
  line: number;
}

/** Aggregates of one substance, as read. */
/**
 * The counts of one organ class by sex or by age band: two or three pairs, in a flat array. A `Map`
 * each would cost about twice the memory, and there are some 50 per substance: what a build
 * keeps of a large input is mostly these.
 */
export class PartCounts<K extends string | number> {
  private pairs: (K | number)[] = [];

  get(part: K): number | undefined {
    for (let i = 0; i < this.pairs.length; i += 2)
      if (this.pairs[i] === part) return this.pairs[i + 1] as number;
    return undefined;
  }

  has(part: K): boolean {
    return this.get(part) !== undefined;
  }

  set(part: K, n: number): void {
    for (let i = 0; i < this.pairs.length; i += 2)
      if (this.pairs[i] === part) {
        this.pairs[i + 1] = n;
        return;
      }
    // A new array of the exact size: `push` would reserve room for 16 more (some 130 bytes each).
    this.pairs = this.pairs.concat([part, n]);
  }

  keys(): K[] {
    return this.pairs.filter((_, i) => i % 2 === 0) as K[];
  }
}

export interface SubstanceTables {
  /** The name as the tables give it (the key that joins the tables). */
  name: string;
  years: Map<number, Pair>;
  sex: Map<SexKey, Pair>;
  age: Map<string, Pair & { band: AgeBand }>;
  socSex: Map<string, PartCounts<SexKey>>;
  socAge: Map<string, PartCounts<number>>;
  /** `n_cas` of the organ-class tables (one value per table), and the line that first gave it. */
  socCases: { sex?: number; age?: number };
  socCasesLine: { sex?: number; age?: number };
}

export interface AdverseEffectTotals {
  /** Sum of cases over the substances, from the first table that gives them (year, sex, age). */
  cases: number;
  substances: number;
  rows: number;
}

/**
 * Reads the records of the tables and keeps their aggregates. Call `table(file, kind)` for each
 * file, `add(record)` for each of its records; `issues` collects every problem (all are errors).
 */
export class AdverseEffectTables {
  readonly substances = new Map<string, SubstanceTables>();
  readonly kinds = new Set<TableKind>();
  readonly issues: BuildIssue[] = [];
  /** Lower bounds of the age bands found in the age table, for the organ-class table's plain numbers. */
  private readonly bands = new Map<number, AgeBand>();
  rows = 0;
  /** The smallest organ-class row read: ANSM's tables have none below 10. */
  private smallestOrganClassRow = Infinity;
  private file = '';
  private kind: TableKind = 'year';
  /** Lower-case column → the spelling of the current table. */
  private readonly names = new Map<string, string>();
  /** Labels already mapped (a table repeats a few sexes, ages and organ classes thousands of times). */
  private readonly sexCache = new Map<string, SexKey | undefined>();
  private readonly socCache = new Map<string, string | undefined>();

  /** Starts reading a table; the following `add` calls belong to it. */
  /** The file each kind of table was read from. */
  private readonly files = new Map<TableKind, string>();

  table(file: string, kind: TableKind): void {
    this.files.set(kind, file);
    if (this.kinds.has(kind))
      this.issue(
        { line: 1 },
        `a second "${kind}" table: each kind of table may be given once`,
        undefined,
        file,
      );
    this.kinds.add(kind);
    this.file = file;
    this.kind = kind;
    this.names.clear();
  }

  private issue(at: { line: number; position?: number }, message: string, column?: string, file = this.file) {
    if (this.issues.length >= 1000) return; // enough to fix a file; the count is what matters then
    this.issues.push({
      file,
      line: at.line,
      ...(at.position ? { position: at.position } : {}),
      ...(column ? { column } : {}),
      severity: 'error',
      message,
    });
  }

  /** A field of a record; column names match whatever their case. Reports a missing field. */
  private field(record: InputRecord, column: string): FieldValue | undefined {
    const fields = record.fields;
    let name = this.names.get(column);
    let f = name === undefined ? undefined : fields.get(name);
    if (!f) {
      for (const [key, value] of fields)
        if (key.trim().toLowerCase() === column) {
          name = key;
          f = value;
          this.names.set(column, key);
          break;
        }
    }
    if (!f) this.issue(record, `missing field "${column.toUpperCase()}"`, column.toUpperCase());
    return f;
  }

  private count(record: InputRecord, column: string): number | undefined {
    const f = this.field(record, column);
    if (!f) return undefined;
    const n = wholeNumber(f.value, record.typed);
    if (n === undefined)
      this.issue(f, `expected a whole number ≥ 0, found ${show(f.value)}`, this.column(column));
    return n;
  }

  private substance(record: InputRecord): SubstanceTables | undefined {
    const f = this.field(record, 'medicament');
    if (!f) return undefined;
    const name = typeof f.value === 'string' ? f.value.trim() : '';
    if (!name || name.length > 300) {
      this.issue(
        f,
        name
          ? 'substance name longer than 300 characters'
          : `expected a substance name, found ${show(f.value)}`,
        this.column('medicament'),
      );
      return undefined;
    }
    let s = this.substances.get(name);
    if (!s) {
      s = {
        name: detached(name), // the key outlives the chunk it was read from
        years: new Map(),
        sex: new Map(),
        age: new Map(),
        socSex: new Map(),
        socAge: new Map(),
        socCases: {},
        socCasesLine: {},
      };
      this.substances.set(s.name, s);
    }
    return s;
  }

  add(record: InputRecord): void {
    this.rows++;
    const s = this.substance(record);
    if (!s) return;
    if (this.kind === 'soc-sex' || this.kind === 'soc-age') return this.addOrganClassRow(record, s);
    let key: number | string | undefined;
    let what = '';
    let band: AgeBand | undefined;
    if (this.kind === 'year') {
      const f = this.field(record, 'annee');
      const year = f && wholeNumber(f.value, record.typed);
      if (f && (year === undefined || year < 1900 || year > 2200))
        this.issue(f, `expected a year (1900–2200), found ${show(f.value)}`, this.column('annee'));
      else if (year !== undefined) [key, what] = [year, `year ${year}`];
    } else if (this.kind === 'sex') {
      key = this.sexOf(this.field(record, 'sexe'), 'sexe');
      what = String(key);
    } else {
      const f = this.field(record, 'age');
      const found = f && ageBandOf(typeof f.value === 'number' || typeof f.value === 'string' ? f.value : '');
      if (f && (found === undefined || typeof found === 'number'))
        this.issue(
          f,
          `unknown age band ${show(f.value)} (expected e.g. "0-19 ans", "60 ans et plus")`,
          this.column('age'),
        );
      else if (found && typeof found === 'object') {
        band = found;
        [key, what] = [found.key, `age ${found.key}`];
        if (found.lower !== Infinity) this.bands.set(found.lower, found);
      }
    }
    const cases = this.count(record, 'n_cas');
    const patients = this.count(record, 'n_conso');
    if (key === undefined || cases === undefined || patients === undefined) return;
    const map = (this.kind === 'year' ? s.years : this.kind === 'sex' ? s.sex : s.age) as Map<
      typeof key,
      Pair & { band?: AgeBand }
    >;
    const previous = map.get(key);
    if (previous)
      return this.issue(record, `duplicate row: "${s.name}", ${what} already given on line ${previous.line}`);
    map.set(
      key,
      band ? { cases, patients, line: record.line, band } : { cases, patients, line: record.line },
    );
  }

  private addOrganClassRow(record: InputRecord, s: SubstanceTables): void {
    const bySex = this.kind === 'soc-sex';
    const soc = this.socOf(this.field(record, 'soc_long'), 'soc_long');
    const effects = this.count(record, 'n_decla_eff');
    const cases = this.count(record, 'n_cas');
    let part: SexKey | number | undefined;
    if (bySex) part = this.sexOf(this.field(record, 'sexe'), 'sexe');
    else {
      const f = this.field(record, 'age');
      const band = f && ageBandOf(typeof f.value === 'number' || typeof f.value === 'string' ? f.value : '');
      if (f && band === undefined)
        return this.issue(
          f,
          `unknown age ${show(f.value)} (expected the lower bound of a band, e.g. 20)`,
          this.column('age'),
        );
      part = typeof band === 'object' ? band.lower : band;
      if (typeof band === 'object' && band.lower !== Infinity) this.bands.set(band.lower, band);
    }
    if (!soc || part === undefined || effects === undefined || cases === undefined) return;
    if (effects > cases)
      return this.issue(
        record,
        `n_decla_eff (${effects}) is larger than n_cas (${cases})`,
        this.column('n_decla_eff'),
      );
    const side = bySex ? 'sex' : 'age';
    const known = s.socCases[side];
    if (known !== undefined && known !== cases)
      return this.issue(
        record,
        `n_cas is ${cases} here but ${known} on line ${s.socCasesLine[side]} for the same substance`,
        this.column('n_cas'),
      );
    s.socCases[side] = cases;
    s.socCasesLine[side] ??= record.line;
    const table = (bySex ? s.socSex : s.socAge) as Map<string, PartCounts<SexKey | number>>;
    let cells = table.get(soc);
    if (!cells) table.set(soc, (cells = new PartCounts()));
    // (No line kept per organ-class row: memory stays with the aggregates on large inputs.)
    if (cells.has(part))
      return this.issue(record, `duplicate row: "${s.name}", ${soc}, ${part} given on an earlier line too`);
    cells.set(part, effects);
    this.smallestOrganClassRow = Math.min(this.smallestOrganClassRow, effects);
  }

  /**
   * Below how many cases the organ-class tables leave a row out: ANSM's rule (10), or less when the
   * tables hold smaller rows (then a missing row is smaller still: 0 when rows of 1 are listed).
   */
  organClassRowMinimum(): number {
    return Math.min(ORGAN_CLASS_ROW_MINIMUM, this.smallestOrganClassRow);
  }

  /** A column's name as the current table spells it. */
  private column(lower: string): string {
    return this.names.get(lower) ?? lower.toUpperCase();
  }

  private sexOf(f: FieldValue | undefined, column: string): SexKey | undefined {
    if (!f) return undefined;
    let sex: SexKey | undefined;
    if (typeof f.value === 'string') {
      if (this.sexCache.has(f.value)) sex = this.sexCache.get(f.value);
      else this.sexCache.set(f.value, (sex = sexKeyOf(f.value)));
    }
    if (!sex)
      this.issue(f, `unknown sex ${show(f.value)} (expected Femmes / Hommes, F / M)`, this.column(column));
    return sex;
  }

  private socOf(f: FieldValue | undefined, column: string): string | undefined {
    if (!f) return undefined;
    const text =
      typeof f.value === 'string' ? f.value.trim() : typeof f.value === 'number' ? String(f.value) : '';
    let code = this.socCache.get(text);
    if (code === undefined && !this.socCache.has(text)) {
      code =
        /^\d{8}$/.test(text) && ORGAN_CLASSES.some((c) => c.code === text) ? text : organClassCodeOf(text);
      this.socCache.set(text, code);
    }
    if (!code)
      this.issue(
        f,
        `unknown organ class ${show(f.value)} (expected one of the 27 MedDRA SOC names or codes)`,
        this.column(column),
      );
    return code;
  }

  /** The age band of a lower bound given alone (organ-class table), from the age table's bands. */
  bandOf(lower: number, allLowers: number[]): AgeBand {
    const known = this.bands.get(lower);
    if (known) return known;
    // No age table: bands run from one lower bound to the next.
    const next = allLowers.filter((l) => l > lower).sort((a, b) => a - b)[0];
    return next === undefined ? { key: `${lower}+`, lower } : { key: `${lower}-${next - 1}`, lower };
  }

  /**
   * The organ-class tables must count the same cases as the sex and age tables: a class's women at
   * most the substance's women (and so on for each sex and age band), a class's rows at most the
   * cases the table counts (`n_cas`). The disclosure audit relies on these bounds, as a reader
   * would; data that break them would make its ranges wrong, so they stop the build. Call once
   * every table is read.
   */
  checkOrganClassBounds(): void {
    const allLowers = [...this.bands.keys()];
    for (const s of this.substances.values()) {
      for (const [side, table, kind] of [
        ['sex', s.socSex, 'soc-sex'],
        ['age', s.socAge, 'soc-age'],
      ] as const) {
        const file = this.files.get(kind);
        const line = s.socCasesLine[side] ?? 1;
        for (const [code, cells] of table as Map<string, PartCounts<string | number>>) {
          let sum = 0;
          for (const part of cells.keys()) {
            const n = cells.get(part)!;
            sum += n;
            const key =
              side === 'sex'
                ? String(part)
                : part === Infinity
                  ? 'unknown'
                  : this.bandOf(part as number, allLowers).key;
            const whole = side === 'sex' ? s.sex : s.age;
            if (!whole.size) continue;
            const most = (whole as Map<string, Pair>).get(key)?.cases ?? 0;
            if (n > most)
              this.issue(
                { line },
                `"${s.name}", organ class ${code}, ${side} ${key}: ${n} cases, more than the substance's ${most} (${side} table): the tables do not count the same cases`,
                undefined,
                file,
              );
          }
          const counted = s.socCases[side];
          if (counted !== undefined && sum > counted)
            this.issue(
              { line },
              `"${s.name}", organ class ${code}: ${sum} cases by ${side}, more than the ${counted} cases of n_cas`,
              undefined,
              file,
            );
        }
      }
    }
  }

  totals(): AdverseEffectTotals {
    let cases = 0;
    for (const s of this.substances.values()) cases += casesOf(s) ?? 0;
    return { cases, substances: this.substances.size, rows: this.rows };
  }
}

/** The number of cases of a substance: the year table, else the sex table, else the age table. */
export function casesOf(s: SubstanceTables): number | undefined {
  for (const part of [s.years, s.sex, s.age] as Map<unknown, Pair>[]) {
    if (part.size) {
      let total = 0;
      for (const p of part.values()) total += p.cases;
      return total;
    }
  }
  return undefined;
}

/** A count: a number in JSON; in CSV, where everything is text, digits. */
function wholeNumber(value: FieldValue['value'], typed = false): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (!typed && typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number(value);
  return undefined;
}

function show(value: FieldValue['value']): string {
  if (typeof value === 'string')
    return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  return String(value);
}

export interface RawFileOptions {
  code: string;
  name: { fr: string; en?: string };
  provenance: AdverseEffectsFile['provenance'];
  /** All years of the year table (for the usage level: average patients per year). */
  yearCount: number | undefined;
  /** Every lower bound of the organ-class age table, for bands when there is no age table. */
  ageLowers: number[];
}

/** Notes on how a file was derived, for the build report. */
export interface DerivationNotes {
  /** The three partitions (years, sex, age) do not add up to the same total. */
  inconsistentTotals?: { years?: number; sex?: number; age?: number };
  /** Organ classes whose sex rows and age rows cannot count the same cases. */
  contradictoryClasses?: string[];
  /** Organ-class cells the source leaves out, and how many of them its other figures determine. */
  organClassCells?: OrganClassTally;
}

export interface OrganClassTally {
  /** Sex and age rows absent from the source. */
  missing: number;
  /** Of those, determined by the other figures (published, or hidden if small). */
  determined: number;
  /** Of the determined ones, zeros. */
  zeros: number;
  /** Class counts not determined (hidden). */
  countsUnknown: number;
}

/**
 * The contract file of one substance, before the privacy rule. Organ classes are derived from tables
 * that leave out small rows (see `organClasses`): what they do not determine is already hidden
 * (`suppressed`), and its bounds are in `undetermined`, by path. The base (the denominator of the
 * class percentages) is the larger `n_cas` of the two tables.
 */
export function rawAdverseEffectsFile(
  tables: AdverseEffectTables,
  s: SubstanceTables,
  o: RawFileOptions,
): { file: AdverseEffectsFile; notes: DerivationNotes; undetermined: Map<string, Bounds> } {
  const undetermined = new Map<string, Bounds>();
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance: o.provenance,
    substance: { code: o.code, name: o.name },
  };
  const notes: DerivationNotes = {};
  const sum = (m: Map<unknown, Pair>, pick: 'cases' | 'patients') =>
    [...m.values()].reduce((t, p) => t + p[pick], 0);
  const totals = {
    ...(s.years.size ? { years: sum(s.years, 'cases') } : {}),
    ...(s.sex.size ? { sex: sum(s.sex, 'cases') } : {}),
    ...(s.age.size ? { age: sum(s.age, 'cases') } : {}),
  };
  if (new Set(Object.values(totals)).size > 1) notes.inconsistentTotals = totals;
  const cases = casesOf(s);
  if (cases !== undefined) file.cases = { count: cases };

  // Treated patients (Open Medic): none at all means "not measured", not "no patient".
  const patientSource = s.years.size ? s.years : s.sex.size ? s.sex : s.age;
  const patientYears = sum(patientSource as Map<unknown, Pair>, 'patients');
  const hasPatients = patientSource.size > 0 && patientYears > 0;
  if (hasPatients) {
    file.patients = { patientYears: { count: patientYears } };
    const years = s.years.size || o.yearCount;
    if (years) file.patients.usageLevel = usageLevelOf(patientYears / years);
    if (s.sex.size) file.patients.bySex = sexCells(s.sex, 'patients');
    if (s.age.size) file.patients.byAge = ageCells(s.age, 'patients');
  }
  if (s.sex.size) file.sex = sexCells(s.sex, 'cases');
  if (s.age.size) file.age = ageCells(s.age, 'cases');
  if (s.years.size) {
    file.years = [...s.years.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, p]) => ({
        year,
        count: p.cases,
        ...(hasPatients ? { patients: { count: p.patients } } : {}),
      }));
  }

  if (tables.kinds.has('soc-sex') || tables.kinds.has('soc-age')) {
    const contradictions: string[] = [];
    const tally: OrganClassTally = { missing: 0, determined: 0, zeros: 0, countsUnknown: 0 };
    const items = organClasses(tables, s, o.ageLowers, undetermined, contradictions, tally);
    if (contradictions.length) notes.contradictoryClasses = contradictions;
    notes.organClassCells = tally;
    if (items.length || s.socCases.sex !== undefined || s.socCases.age !== undefined) {
      const base = Math.max(s.socCases.sex ?? 0, s.socCases.age ?? 0);
      file.organClasses = { ...(items.length ? { base: { count: base } } : {}), items };
    }
  }
  return { file, notes, undetermined };
}

function sexCells(m: Map<SexKey, Pair>, pick: 'cases' | 'patients'): CategoryCell[] {
  return SEX_ORDER.filter((k) => m.has(k)).map((key) => ({ key, count: m.get(key)![pick] }));
}

function ageCells(m: Map<string, Pair & { band: AgeBand }>, pick: 'cases' | 'patients'): CategoryCell[] {
  return [...m.values()]
    .sort((a, b) => a.band.lower - b.band.lower)
    .map((p) => ({ key: p.band.key, label: ageBandLabel(p.band.key), count: p[pick] }));
}

const HIDDEN: Cell = { count: null, suppressed: true };

/** ANSM's organ-class tables keep only the rows of at least this many cases. */
export const ORGAN_CLASS_ROW_MINIMUM = 10;

/** Bounds of a count the source does not give exactly. */
export interface Bounds {
  lower: number;
  upper: number;
}

/** One side (sex or age) of an organ class: its cells, given by the source or bounded. */
interface Side {
  name: 'bySex' | 'byAge';
  cells: { key: string; label?: CategoryCell['label']; value?: number; bounds: Bounds }[];
}

/**
 * The organ classes of a substance, as far as the source tells them. The source leaves out the rows
 * below `rowMinimum` cases, so a missing sex or age row is a count from 0 to rowMinimum − 1, and at
 * most the substance's own count for that sex or band. A class's count is the sum of its sex cells
 * and the sum of its age cells; from those two sums and these bounds, a missing cell or the class's
 * count is often known exactly (a class whose age rows are all there gives its count, and so its
 * one missing sex row). What stays unknown is published hidden, with its bounds in `undetermined`
 * (for the audit), never as a guess. When the two sides cannot agree (cases without a sex or an age
 * that the substance tables do not count), the class keeps its rows as given and its count is the
 * larger sum, the difference being an explicit `unknown` cell, as the data contract requires.
 */
function organClasses(
  tables: AdverseEffectTables,
  s: SubstanceTables,
  ageLowers: number[],
  undetermined: Map<string, Bounds>,
  contradictions: string[],
  tally: OrganClassTally,
): OrganClassCell[] {
  const rowMinimum = tables.organClassRowMinimum();
  const missing = (whole: number | undefined): Bounds => ({
    lower: 0,
    upper: Math.max(0, Math.min(rowMinimum - 1, whole ?? Infinity)),
  });
  const items: OrganClassCell[] = [];
  for (const { code } of ORGAN_CLASSES) {
    const sexRows = s.socSex.get(code);
    const ageRows = s.socAge.get(code);
    if (!sexRows && !ageRows) continue;
    const sides: Side[] = [];
    if (tables.kinds.has('soc-sex')) {
      const keys: SexKey[] = ['female', 'male'];
      if (sexRows?.has('unknown') || (s.sex.get('unknown')?.cases ?? 0) > 0) keys.push('unknown');
      sides.push({
        name: 'bySex',
        cells: keys.map((key) => {
          const value = sexRows?.get(key);
          const whole = s.sex.size ? (s.sex.get(key)?.cases ?? 0) : undefined;
          // Cases of unknown sex: the source may list no row for them at all, whatever their number.
          const bounds =
            key === 'unknown' && value === undefined ? { lower: 0, upper: whole ?? 0 } : missing(whole);
          return { key, ...(value === undefined ? {} : { value }), bounds };
        }),
      });
    }
    if (tables.kinds.has('soc-age')) {
      const lowers = [...new Set([...ageLowers, ...(ageRows?.keys() ?? [])])]
        .filter((l) => l !== Infinity)
        .sort((a, b) => a - b);
      const cells: Side['cells'] = lowers.map((lower) => {
        const band = tables.bandOf(lower, ageLowers);
        const value = ageRows?.get(lower);
        const whole = s.age.size ? (s.age.get(band.key)?.cases ?? 0) : undefined;
        return {
          key: band.key,
          label: ageBandLabel(band.key),
          ...(value === undefined ? {} : { value }),
          bounds: missing(whole),
        };
      });
      const unknownRow = ageRows?.get(Infinity);
      const unknownWhole = s.age.get('unknown')?.cases ?? 0;
      if (unknownRow !== undefined || unknownWhole > 0)
        cells.push({
          key: 'unknown',
          label: ageBandLabel('unknown'),
          ...(unknownRow === undefined ? {} : { value: unknownRow }),
          bounds: { lower: 0, upper: unknownWhole },
        });
      sides.push({ name: 'byAge', cells });
    }
    const resolved = resolveClass(code, sides, undetermined, tally);
    if (!resolved) contradictions.push(code);
    items.push(resolved ?? asGiven(code, sides, undetermined));
  }
  return items;
}

/**
 * The class with every count the two sides determine (see `organClasses`); undefined when they
 * contradict each other. For a missing cell x on a side whose given cells sum to G and whose other
 * missing cells lie in [L, U] together, x = n − G − (the others), so with the class count n in
 * [nLow, nHigh]: x ≥ nLow − G − U and x ≤ nHigh − G − L. The two sides depend on each other only
 * through n, so these bounds are exact (as tight as a linear programme would give).
 */
function resolveClass(
  code: string,
  sides: Side[],
  undetermined: Map<string, Bounds>,
  tally: OrganClassTally,
): OrganClassCell | undefined {
  const sums = sides.map((side) => {
    let given = 0;
    let lower = 0;
    let upper = 0;
    for (const c of side.cells) {
      if (c.value !== undefined) given += c.value;
      else {
        lower += c.bounds.lower;
        upper += c.bounds.upper;
      }
    }
    return { given, lower, upper };
  });
  const nLow = Math.max(...sums.map((t) => t.given + t.lower));
  const nHigh = Math.min(...sums.map((t) => t.given + t.upper));
  if (nLow > nHigh) return undefined;
  const path = `organClasses.${code}`;
  const item: OrganClassCell = { code, count: nLow === nHigh ? nLow : null };
  if (nLow !== nHigh) {
    tally.countsUnknown++;
    item.suppressed = true;
    undetermined.set(path, { lower: nLow, upper: nHigh });
  }
  sides.forEach((side, i) => {
    const t = sums[i]!;
    item[side.name] = side.cells.flatMap((c): CategoryCell[] => {
      const label = c.label ? { label: c.label } : {};
      if (c.value !== undefined) return [{ key: c.key, ...label, count: c.value }];
      const lower = Math.max(c.bounds.lower, nLow - t.given - (t.upper - c.bounds.upper));
      const upper = Math.min(c.bounds.upper, nHigh - t.given - (t.lower - c.bounds.lower));
      // No case of unknown sex or age in this class: no cell for it.
      if (c.key === 'unknown' && upper === 0) return [];
      if (c.key !== 'unknown') tally.missing++;
      if (lower === upper) {
        if (c.key !== 'unknown') {
          tally.determined++;
          if (lower === 0) tally.zeros++;
        }
        return [{ key: c.key, ...label, count: lower }];
      }
      undetermined.set(`${path}.${side.name}.${c.key}`, { lower, upper });
      return [{ key: c.key, ...label, ...HIDDEN }];
    });
  });
  return item;
}

/**
 * The rows as the source gives them, for sides that contradict each other (their sums cannot meet:
 * cases without a sex or an age that the substance's tables do not count). Nothing is guessed:
 * the given rows are shown, the missing ones hidden, the count hidden, and each side gets a hidden
 * `unknown` cell for the cases it does not place, so that every partition still adds up.
 */
function asGiven(code: string, sides: Side[], undetermined: Map<string, Bounds>): OrganClassCell {
  const path = `organClasses.${code}`;
  const least = Math.max(...sides.map((side) => side.cells.reduce((t, c) => t + (c.value ?? 0), 0)));
  undetermined.set(path, { lower: least, upper: Infinity });
  const item: OrganClassCell = { code, ...HIDDEN };
  for (const side of sides) {
    const cells: CategoryCell[] = side.cells
      .filter((c) => c.key !== 'unknown')
      .map((c) => {
        const label = c.label ? { label: c.label } : {};
        if (c.value !== undefined) return { key: c.key, ...label, count: c.value };
        undetermined.set(`${path}.${side.name}.${c.key}`, c.bounds);
        return { key: c.key, ...label, ...HIDDEN };
      });
    const label = side.name === 'byAge' ? { label: ageBandLabel('unknown') } : {};
    cells.push({ key: 'unknown', ...label, ...HIDDEN });
    undetermined.set(`${path}.${side.name}.unknown`, { lower: 0, upper: Infinity });
    item[side.name] = cells;
  }
  return item;
}

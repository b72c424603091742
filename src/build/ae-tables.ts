/**
 * Adverse-effect aggregate tables shaped like ANSM's `sa_data_*` files, read into aggregates per
 * substance (ae-file.ts then makes a contract file of each).
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
import { ORGAN_CLASSES, organClassCodeOf } from '../data/vocabulary.js';
import {
  ageBandOf,
  sexKeyOf,
  show,
  wholeNumber,
  type AgeBand,
  type SexKey,
  type TableKind,
} from './ae-columns.js';
import { casesOf, PartCounts, type Pair, type SubstanceTables } from './ae-aggregates.js';
import { detached } from './csv.js';
import type { BuildIssue } from './issues.js';
import type { FieldValue, InputRecord } from './records.js';

/** ANSM's organ-class tables keep only the rows of at least this many cases. */
export const ORGAN_CLASS_ROW_MINIMUM = 10;

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

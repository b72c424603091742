/**
 * The all-medicines file (`all-medicines.json`, `scope: "all"`) from the **published** substance
 * files: each count is the sum, over the substances, of the counts their files show.
 *
 * Why sums of what is published, and not of the source's true counts:
 * - the source has no case identifiers, only per-substance tables: a case that names several
 *   substances is in several of them, so any sum counts substance–case pairs, not reports
 *   (`counting: "substance-sums"` says so in the file, and the widgets say it to the reader);
 * - a true sum would publish, for every category, the total of that category's hidden cells across
 *   the substances: women of all medicines minus the women every substance shows is the sum of the
 *   hidden women cells — one substance's hidden count whenever it is the only one hidden. Summing
 *   only what the substance files show makes every figure of this file a function of those files:
 *   a reader who has them all can compute it, so it tells nothing more, and the disclosure audit
 *   of each substance file (rule 6) stands for the tree with this file in it.
 *
 * A category whose shown counts add up to 0 beside hidden ones is published as hidden (0 would be false),
 * and the per-table privacy rule applies to the result as to any file. Pure: no Node APIs.
 */
import {
  ALL_MEDICINES_CODE,
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type CategoryCell,
  type Cell,
  type Localized,
  type Provenance,
} from '../data/contract.js';
import { protectAdverseEffects } from '../data/privacy.js';
import {
  REPORTER_LABELS,
  SERIOUSNESS_CRITERIA_LABELS,
  SERIOUSNESS_LABELS,
  SEX_LABELS,
} from '../data/vocabulary.js';

export const ALL_MEDICINES_NAME: Required<Localized> = { fr: 'Tous les médicaments', en: 'All medicines' };

/** A sum of shown counts, and whether some contributions were hidden. */
class Sum {
  shown = 0;
  hidden = 0;
  add(cell: Cell | undefined): void {
    if (!cell) return;
    if (cell.count === null) this.hidden++;
    else this.shown += cell.count;
  }
  /** Hidden when the shown counts add up to 0 beside hidden ones: the sum would say 0. */
  cell(): Cell {
    return this.shown === 0 && this.hidden > 0 ? { count: null, suppressed: true } : { count: this.shown };
  }
}

/** Sums by key, in a fixed key order (a vocabulary's) or in the order keys first come. */
class Sums {
  readonly byKey = new Map<string, Sum>();
  readonly labels = new Map<string, Localized>();
  add(cells: readonly (Cell & { label?: Localized })[] | undefined, keyOf: (cell: never) => string): void {
    for (const cell of cells ?? []) {
      const key = keyOf(cell as never);
      let sum = this.byKey.get(key);
      if (!sum) this.byKey.set(key, (sum = new Sum()));
      sum.add(cell);
      if (cell.label && !this.labels.has(key)) this.labels.set(key, cell.label);
    }
  }
  categories(order?: readonly string[]): CategoryCell[] | undefined {
    if (!this.byKey.size) return undefined;
    const keys = [...this.byKey.keys()];
    if (order) keys.sort((a, b) => rank(order, a) - rank(order, b));
    return keys.map((key) => {
      const label = this.labels.get(key);
      return { key, ...(label ? { label } : {}), ...this.byKey.get(key)!.cell() };
    });
  }
}

const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
};
const byKey = (cell: CategoryCell) => cell.key;

/**
 * Adds up published substance files one at a time (the build makes them one by one), then gives the
 * all-medicines file. What the sums leave out is said by `notes`.
 */
export class AllMedicinesSums {
  private files = 0;
  private readonly cases = new Sum();
  private readonly sex = new Sums();
  private readonly age = new Sums();
  /** The age bands of the first file with some: files with other bands make the age sums meaningless. */
  private ageKeys: string | undefined;
  private ageMismatch = false;
  private readonly years = new Sums();
  private readonly organs = new Sums();
  private readonly base = new Sum();
  private baseMissing = false;
  private readonly seriousness = new Sums();
  private readonly criteria = new Sums();
  private readonly reporters = new Sums();
  readonly notes: string[] = [];

  /** One substance file, as published (protected and audited). */
  add(file: AdverseEffectsFile): void {
    this.files++;
    this.cases.add(file.cases);
    this.sex.add(file.sex, byKey);
    if (file.age?.length) {
      const keys = file.age.map((a) => a.key).join('|');
      this.ageKeys ??= keys;
      if (keys !== this.ageKeys) this.ageMismatch = true;
      this.age.add(file.age, byKey);
    }
    this.years.add(file.years, (y: { year: number }) => String(y.year));
    if (file.organClasses?.items.length) {
      this.organs.add(file.organClasses.items, (i: { code: string }) => i.code);
      if (file.organClasses.base && file.organClasses.base.count !== null)
        this.base.add(file.organClasses.base);
      else this.baseMissing = true;
    }
    this.seriousness.add(file.seriousness, byKey);
    this.criteria.add(file.seriousnessCriteria, byKey);
    this.reporters.add(file.reporters, byKey);
  }

  /** The all-medicines file, privacy rule applied; undefined when no substance file was added. */
  file(provenance: Provenance): AdverseEffectsFile | undefined {
    if (!this.files) return undefined;
    const out: AdverseEffectsFile = {
      schema: SCHEMA_IDS.adverseEffects,
      provenance,
      scope: 'all',
      counting: 'substance-sums',
      substance: { code: ALL_MEDICINES_CODE, name: ALL_MEDICINES_NAME },
      cases: this.cases.cell(),
    };
    const sex = this.sex.categories(Object.keys(SEX_LABELS));
    if (sex) out.sex = sex;
    if (this.ageMismatch) this.notes.push('age: the substance files have different age bands; no age sums');
    else {
      const age = this.age.categories();
      if (age) out.age = age;
    }
    const organs = this.organs.categories();
    if (organs) {
      out.organClasses = {
        // Without every base, the shown cases serve as the denominator of the class percentages.
        ...(this.baseMissing ? {} : { base: this.base.cell() }),
        items: organs.map(({ key, label: _label, ...cell }) => ({ code: key, ...cell })),
      };
    }
    const seriousness = this.seriousness.categories(Object.keys(SERIOUSNESS_LABELS));
    if (seriousness) out.seriousness = seriousness;
    const criteria = this.criteria.categories(Object.keys(SERIOUSNESS_CRITERIA_LABELS));
    if (criteria) out.seriousnessCriteria = criteria;
    const reporters = this.reporters.categories(Object.keys(REPORTER_LABELS));
    if (reporters) out.reporters = reporters;
    const years = this.years.categories();
    if (years) {
      out.years = years
        .map(({ key, label: _label, ...cell }) => ({ year: Number(key), ...cell }))
        .sort((a, b) => a.year - b.year);
    }
    return protectAdverseEffects(out, provenance.threshold);
  }
}

/** The all-medicines file of a list of published substance files (tests, the demo generator). */
export function allMedicinesFile(
  files: Iterable<AdverseEffectsFile>,
  provenance: Provenance,
): AdverseEffectsFile | undefined {
  const sums = new AllMedicinesSums();
  for (const file of files) sums.add(file);
  return sums.file(provenance);
}

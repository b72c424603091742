import { productsModule } from '../../data/on-demand.js';
import type { PropertyDeclarations } from 'lit';
import type { ShortageDeclaration, ShortagesFile } from '../../data/contract.js';
import { checkCis, productNameOf } from '../../data/cis.js';
import { loadShortages, sourceKey } from '../../data/repository.js';
import { checkAtc, declarationsInScope } from '../../data/shortages.js';
import { ATC_LEVEL1 } from '../../data/vocabulary.js';
import { pick } from '../../i18n/locale.js';
import { t } from '../../shortages/messages.js';
import { periodOf } from '../../shortages/text.js';
import { referenceDate } from '../../shortages/dates.js';
import { buildTimeline, type Timeline } from '../../shortages/model.js';
import { toDatamedError, type DatamedError } from '../../data/errors.js';
import { validateShortages } from '../../data/validate.js';
import { DatamedElement, type Outcome } from './datamed-element.js';
import { LoadController, type LoadStatus } from './load-controller.js';
import { memo } from './memo.js';

/**
 * Timeline models by file and scope: the timeline and the overview of one page, given the same file
 * (the data client shares it), build it once.
 */
const timelines = new WeakMap<ShortagesFile, Map<string, Timeline>>();

/**
 * Base of the shortage widgets: the scope (one substance, one product, one ATC class, or every
 * medicine), loading it, the reference date ("today"), and the timeline model built once per data.
 *
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { scope, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message, query?, choices?, datasets? }`:
 *   `choices` are the substances an unknown or ambiguous `substance` may have meant.
 */
export abstract class DatamedShortageElement extends DatamedElement {
  static override properties: PropertyDeclarations = {
    substance: { reflect: true },
    product: { reflect: true },
    atc: { reflect: true },
    cis: { reflect: true },
    today: {},
    data: { attribute: false },
  };

  /** Substance code (e.g. `amoxicilline`): that substance's declarations. */
  substance?: string;

  /** Product name, or its beginning (`DOLIPRANE`): that product's declarations. */
  product?: string;

  /** ATC code or prefix (`J01`, `N`): the declarations of that class. */
  atc?: string;

  /**
   * A product's CIS code (8 digits): its own declarations (linked to it by the producer, from its
   * product file). Takes precedence over `substance`, `product` and `atc`.
   */
  cis?: string;

  /**
   * The timeline's "today" (ISO date). Default: the end of the data's period (else their
   * generation date), so that historical data do not stretch open declarations to the reader's day.
   */
  today?: string;

  /** Declarations given directly (a whole file); the scope attributes still apply. Skips loading. */
  data?: ShortagesFile;

  protected readonly loader = new LoadController<ShortagesFile>(this, {
    key: () => {
      if (this.data) return undefined;
      if (this.cis?.trim()) return `${sourceKey(this.source)}|cis:${checkCis(this.cis)}`;
      const atc = this.atc ? checkAtc(this.atc) : '';
      return `${sourceKey(this.source)}|${this.substance ?? ''}|${this.product ?? ''}|${atc}`;
    },
    load: (signal) =>
      this.cis?.trim()
        ? Promise.resolve(productsModule()).then((m) =>
            m.loadProductShortages(this.source, this.cis!, signal),
          )
        : loadShortages(
            this.source,
            { substance: this.substance, product: this.product, atc: this.atc },
            signal,
          ),
    onReady: (file) => this.emit('datamed-load', { scope: this.scope(), data: file }),
    onError: (error) => this.emitError(error),
  });

  protected scope(): { substance?: string; product?: string; atc?: string; cis?: string } {
    if (this.cis?.trim()) return { cis: this.cis.trim() };
    return {
      ...(this.substance ? { substance: this.substance } : {}),
      ...(this.product ? { product: this.product } : {}),
      ...(this.atc ? { atc: this.atc } : {}),
    };
  }

  /**
   * The `.data` the page gave, checked like a loaded file once per object: what is wrong with it,
   * else the file as validation returns it (texts cleaned of bidi controls, src/data/text.ts).
   */
  private readonly checkedData = memo((data: unknown): { problem?: DatamedError; file?: ShortagesFile } => {
    try {
      return { file: validateShortages(data, '.data') };
    } catch (error) {
      return { problem: toDatamedError(error) };
    }
  });

  private dataProblem(data: unknown): DatamedError | undefined {
    return this.checkedData(data).problem;
  }

  /** The file shown: given through `.data` (when valid, as validated), else loaded. */
  protected get file(): ShortagesFile | undefined {
    if (this.data) return this.checkedData(this.data).file;
    return this.loader.value;
  }

  /** Status and error for the frame while there is no file to show (a bad `.data` is an error too). */
  protected get loadState(): { status: LoadStatus; error: DatamedError | undefined } {
    const problem = this.data ? this.dataProblem(this.data) : undefined;
    return problem
      ? { status: 'error', error: problem }
      : { status: this.loader.status, error: this.loader.error };
  }

  /** The timeline model of the file in scope, rebuilt only when the data, scope or today change. */
  protected get timeline(): Timeline | undefined {
    const file = this.file;
    if (!file) return undefined;
    // A loaded file is already scoped; a given one is scoped here.
    const scoped = !!this.data && !!(this.product || this.atc);
    const key = `${scoped ? `${this.product ?? ''}|${this.atc ?? ''}` : ''}|${this.today ?? ''}`;
    let byKey = timelines.get(file);
    if (!byKey) timelines.set(file, (byKey = new Map()));
    let timeline = byKey.get(key);
    if (!timeline) {
      let declarations: readonly ShortageDeclaration[] = file.declarations;
      if (scoped) {
        try {
          declarations = declarationsInScope(file.declarations, { product: this.product, atc: this.atc });
        } catch {
          declarations = [];
        }
      }
      timeline = buildTimeline(declarations, referenceDate(file.provenance, this.today));
      byKey.set(key, timeline);
    }
    return timeline;
  }

  /** The name of what is shown: the substance, the product or the ATC class. */
  protected scopeName(): string | undefined {
    const lang = this.language;
    if (this.cis?.trim()) return pick(lang, productNameOf(this.file)) || this.cis.trim();
    if (this.product) return this.product.trim();
    if (this.substance) {
      const own =
        this.file?.declarations.find((d) => d.substanceCode === this.substance) ?? this.file?.declarations[0];
      const name = own?.substance ?? this.substance;
      return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
    }
    if (this.atc) {
      const code = this.atc.trim().toUpperCase();
      const label = code.length === 1 ? pick(lang, ATC_LEVEL1[code]) : '';
      return t(lang, 'atcClassName', { code, ...(label ? { label } : {}) });
    }
    return undefined;
  }

  /** "No shortage declared" is good news, said in the scope's words. */
  protected noneOutcome(): Outcome {
    const lang = this.language;
    const period = periodOf(lang, this.file?.provenance.period);
    const p = period ? { period } : {};
    const message =
      this.product || this.substance || this.cis
        ? t(lang, 'shortagesNoneProduct', p)
        : this.atc
          ? t(lang, 'shortagesNoneClass', p)
          : t(lang, 'shortagesNoneAll', p);
    return { kind: 'empty', message, tone: 'good' };
  }
}

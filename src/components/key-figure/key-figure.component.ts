import { onDemand } from '../../data/on-demand.js';
import { html, type PropertyDeclarations } from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import type { AdverseEffectsFile, ProductFile } from '../../data/contract.js';
import type { Lang } from '../../i18n/locale.js';
import { tooFewCases } from '../../data/adverse-effects.js';
import { checkCis } from '../../data/cis.js';
import { loadAdverseEffects, loadAllMedicines, sourceKey } from '../../data/repository.js';
import { t } from '../../i18n/messages.js';
import { DatamedElement } from '../base/datamed-element.js';
import { LoadController } from '../base/load-controller.js';
import { toDatamedError } from '../../data/errors.js';
import { memo } from '../base/memo.js';
import { checkKeyFiguresData, keyFiguresOf, type KeyFiguresData } from '../../adverse-effects/key-figures.js';
import { keyFigureStyles } from './key-figure.styles.js';

/** A product and how to word its figures: both come on demand, only to pages that give a `cis`. */
interface ProductFigures {
  product: ProductFile;
  figuresOf: (file: ProductFile, lang: Lang) => KeyFiguresData;
}

const keyFiguresModule = onDemand(() => import('../../products/key-figures.js'));

async function loadProductFigures(
  source: string | undefined,
  cis: string,
  signal: AbortSignal,
): Promise<ProductFigures> {
  const { loadProduct, productKeyFigures } = await keyFiguresModule();
  return { product: await loadProduct(source, cis, signal), figuresOf: productKeyFigures };
}

/**
 * Key figures in a box: the number of reported cases and the period, the reporting rate and
 * the usage level of a substance. Either loads them (`substance` attribute) or shows figures
 * given through the `.data` property (a building block of `<datamed-ae-profile>`). With
 * `scope="all"`, the reported cases of all medicines.
 *
 * With `cis`, the figures of a product (spécialité): its availability now, its shortage
 * declarations (how many, how many ongoing), its usage level and treated patients.
 *
 * @summary Key figures of a substance's adverse-effect reports.
 * @attr cis - A product's CIS code (8 digits): that product's figures; takes precedence over `substance`.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { substance, data }` (`{ cis, data }` for a product).
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message, query?, choices?, datasets? }`:
 *   `choices` are the substances an unknown or ambiguous `substance` may have meant.
 * @attr scope - `all`: the figures of all medicines (`all-medicines.json`) instead of a substance's.
 * @csspart figure - One figure.
 *
 * @tag datamed-key-figure
 */
export class DatamedKeyFigure extends DatamedElement {
  static override styles = [...(DatamedElement.styles as []), keyFigureStyles];

  static override properties: PropertyDeclarations = {
    substance: { reflect: true },
    scope: { reflect: true },
    cis: { reflect: true },
    data: { attribute: false },
  };

  /** Code of the substance whose figures are loaded (e.g. `paracetamol`). */
  substance?: string;

  /** `all`: the figures of all medicines; `substance` is then ignored. */
  scope?: string;

  /** CIS code of a product whose figures are loaded (e.g. `60234100`). */
  cis?: string;

  /** Figures to show as they are; takes precedence over `cis`, `substance` and `scope`. */
  data?: KeyFiguresData;

  private readonly loader = new LoadController<AdverseEffectsFile | ProductFigures>(this, {
    key: () => {
      if (this.data) return undefined;
      if (this.cis?.trim()) return `${sourceKey(this.source)}|cis:${checkCis(this.cis)}`;
      if (this.allMedicines) return `${sourceKey(this.source)}|*all`;
      return this.substance ? `${sourceKey(this.source)}|${this.substance}` : undefined;
    },
    load: (signal) =>
      this.cis?.trim()
        ? loadProductFigures(this.source, this.cis, signal)
        : this.allMedicines
          ? loadAllMedicines(this.source, signal)
          : loadAdverseEffects(this.source, this.substance!, signal),
    onReady: (file) =>
      this.emit('datamed-load', {
        ...(this.cis?.trim() ? { cis: this.cis } : { substance: this.substance }),
        data: file,
      }),
    onError: (error) => this.emitError(error),
  });

  private get allMedicines(): boolean {
    return this.scope?.trim().toLowerCase() === 'all';
  }

  /**
   * The `.data` the page gave, checked once per object: what is wrong with it, else its figures as
   * shown (texts cleaned of bidi controls).
   */
  private readonly checkedData = memo((data: unknown) => {
    try {
      return { figures: checkKeyFiguresData(data), problem: undefined };
    } catch (error) {
      return { figures: undefined, problem: toDatamedError(error) };
    }
  });

  override render() {
    const lang = this.language;
    if (this.data) {
      const { figures, problem } = this.checkedData(this.data);
      if (problem || !figures)
        return this.renderFrame({
          heading: this.heading || t(lang, 'keyFiguresDefaultHeading'),
          status: 'error',
          error: problem,
        });
      return this.renderFigures(figures, false);
    }
    const file = this.loader.value;
    if (!file) {
      return this.renderFrame({
        heading: this.heading || t(lang, 'keyFiguresDefaultHeading'),
        status: this.loader.status,
        error: this.loader.error,
        onRetry: () => this.loader.retry(),
        idleMessage: t(lang, 'missingSubstance'),
      });
    }
    if ('figuresOf' in file) return this.renderFigures(file.figuresOf(file.product, lang), false);
    return this.renderFigures(keyFiguresOf(file, lang), tooFewCases(file));
  }

  private renderFigures(data: KeyFiguresData, tooFew: boolean) {
    const lang = this.language;
    return this.renderFrame({
      heading: this.heading || data.heading || t(lang, 'keyFiguresDefaultHeading'),
      status: 'ready',
      provenance: data.provenance,
      outcome: tooFew ? { kind: 'too-few' } : data.figures.length ? { kind: 'content' } : { kind: 'empty' },
      content: () =>
        html`<dl>
          ${data.figures.map(
            (f) =>
              html`<div class="figure" part="figure">
                <dt>${f.label}</dt>
                <dd class="value">${spokenNumbers(f.value)}</dd>
                ${f.detail ? html`<dd class="detail">${spokenNumbers(f.detail)}</dd>` : ''}
              </div>`,
          )}
        </dl>`,
    });
  }
}

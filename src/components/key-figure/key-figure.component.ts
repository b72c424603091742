import { html, type PropertyDeclarations } from 'lit';
import type { AdverseEffectsFile } from '../../data/contract.js';
import { tooFewCases } from '../../data/adverse-effects.js';
import { loadAdverseEffects, loadAllMedicines, sourceKey } from '../../data/repository.js';
import { t } from '../../i18n/messages.js';
import { DatamedElement } from '../base/datamed-element.js';
import { LoadController } from '../base/load-controller.js';
import { toDatamedError } from '../../data/errors.js';
import { memo } from '../base/memo.js';
import { checkKeyFiguresData, keyFiguresOf, type KeyFiguresData } from '../../adverse-effects/key-figures.js';
import { keyFigureStyles } from './key-figure.styles.js';

/**
 * Key figures in a box: the number of reported cases and the period, the reporting rate and
 * the usage level of a substance. Either loads them (`substance` attribute) or shows figures
 * given through the `.data` property (a building block of `<datamed-ae-profile>`). With
 * `scope="all"`, the reported cases of all medicines.
 *
 * @summary Key figures of a substance's adverse-effect reports.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { substance, data }`.
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
    data: { attribute: false },
  };

  /** Code of the substance whose figures are loaded (e.g. `paracetamol`). */
  substance?: string;

  /** `all`: the figures of all medicines; `substance` is then ignored. */
  scope?: string;

  /** Figures to show as they are; takes precedence over `substance` and `scope`. */
  data?: KeyFiguresData;

  private readonly loader = new LoadController<AdverseEffectsFile>(this, {
    key: () =>
      this.data || (!this.substance && !this.allMedicines)
        ? undefined
        : `${sourceKey(this.source)}|${this.allMedicines ? '*all' : this.substance}`,
    load: (signal) =>
      this.allMedicines
        ? loadAllMedicines(this.source, signal)
        : loadAdverseEffects(this.source, this.substance!, signal),
    onReady: (file) => this.emit('datamed-load', { substance: this.substance, data: file }),
    onError: (error) => this.emitError(error),
  });

  private get allMedicines(): boolean {
    return this.scope?.trim().toLowerCase() === 'all';
  }

  /** What is wrong with the `.data` the page gave, if anything (checked once per object). */
  private readonly dataProblem = memo((data: unknown) => {
    try {
      checkKeyFiguresData(data);
      return undefined;
    } catch (error) {
      return toDatamedError(error);
    }
  });

  override render() {
    const lang = this.language;
    if (this.data) {
      const problem = this.dataProblem(this.data);
      if (problem)
        return this.renderFrame({
          heading: this.heading || t(lang, 'keyFiguresDefaultHeading'),
          status: 'error',
          error: problem,
        });
      return this.renderFigures(this.data, false);
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
                <dd class="value">${f.value}</dd>
                ${f.detail ? html`<dd class="detail">${f.detail}</dd>` : ''}
              </div>`,
          )}
        </dl>`,
    });
  }
}

import { html, type PropertyDeclarations } from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import type { AdverseEffectsFile } from '../../data/contract.js';
import { tooFewCases } from '../../data/adverse-effects.js';
import { loadAdverseEffects, sourceKey } from '../../data/repository.js';
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
 * given through the `.data` property (a building block of `<datamed-ae-profile>`).
 *
 * @summary Key figures of a substance's adverse-effect reports.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { substance, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message, query?, choices?, datasets? }`:
 *   `choices` are the substances an unknown or ambiguous `substance` may have meant.
 * @csspart figure - One figure.
 *
 * @tag datamed-key-figure
 */
export class DatamedKeyFigure extends DatamedElement {
  static override styles = [...(DatamedElement.styles as []), keyFigureStyles];

  static override properties: PropertyDeclarations = {
    substance: { reflect: true },
    data: { attribute: false },
  };

  /** Code of the substance whose figures are loaded (e.g. `paracetamol`). */
  substance?: string;

  /** Figures to show as they are; takes precedence over `substance`. */
  data?: KeyFiguresData;

  private readonly loader = new LoadController<AdverseEffectsFile>(this, {
    key: () => (this.data || !this.substance ? undefined : `${sourceKey(this.source)}|${this.substance}`),
    load: (signal) => loadAdverseEffects(this.source, this.substance!, signal),
    onReady: (file) => this.emit('datamed-load', { substance: this.substance, data: file }),
    onError: (error) => this.emitError(error),
  });

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

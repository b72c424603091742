import { productsModule } from '../../data/on-demand.js';
import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { spokenNumbers } from '../../charts/spoken.js';
import type { AdverseEffectsFile, Localized, ProductFile } from '../../data/contract.js';
import { isHidden } from '../../data/privacy.js';
import { checkCis } from '../../data/cis.js';
import { loadAdverseEffects, sourceKey } from '../../data/repository.js';
import { formatNumber } from '../../i18n/format.js';
import { pick } from '../../i18n/locale.js';
import { t } from '../../adverse-effects/medication-errors.messages.js';
import { renderBlock } from '../blocks/render-blocks.js';
import { DatamedElement } from '../base/datamed-element.js';
import { LoadController } from '../base/load-controller.js';
import { compositeStyles } from '../blocks/composite.styles.js';
import { medErrorBlocks, shownErrors } from '../../adverse-effects/medication-errors.js';

/** The file of a substance or of a product (the errors have the same shape), and its name. */
interface Loaded {
  file: AdverseEffectsFile | ProductFile;
  name: Localized;
}

/**
 * Medication errors reported for a medicine: how many, with or without an adverse effect, the
 * population concerned, the step of the medicine use chain where they occurred and their nature.
 *
 * @summary Medication errors of a product, accessible charts and tables.
 * @attr substance - The substance: code (`methotrexate`), name or brand name, case and accents ignored.
 * @attr cis - A product's CIS code (8 digits) instead: that product's own medication errors.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { substance, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message, query?, choices?, datasets? }`:
 *   `choices` are the substances an unknown or ambiguous `substance` may have meant.
 * @csspart note - The introduction.
 *
 * @tag datamed-med-errors
 */
export class DatamedMedErrors extends DatamedElement {
  static override styles = [...(DatamedElement.styles as []), compositeStyles];

  static override properties: PropertyDeclarations = {
    substance: { reflect: true },
    cis: { reflect: true },
  };

  /** Code of the substance whose medication errors are shown. */
  substance?: string;

  /** CIS code of a product whose own medication errors are shown; takes precedence over `substance`. */
  cis?: string;

  private readonly loader = new LoadController<Loaded>(this, {
    key: () =>
      this.cis?.trim()
        ? `${sourceKey(this.source)}|cis:${checkCis(this.cis)}`
        : this.substance?.trim()
          ? `${sourceKey(this.source)}|${this.substance.trim()}`
          : undefined,
    load: (signal) => this.load(signal),
    onReady: ({ file }) =>
      this.emit('datamed-load', {
        ...(this.cis?.trim() ? { cis: this.cis } : { substance: this.substance }),
        data: file,
      }),
    onError: (error) => this.emitError(error),
  });

  private async load(signal: AbortSignal): Promise<Loaded> {
    if (this.cis?.trim()) {
      const { loadProduct } = await productsModule();
      const file = await loadProduct(this.source, this.cis, signal);
      return { file, name: file.product.name };
    }
    const file = await loadAdverseEffects(this.source, this.substance!.trim(), signal);
    return { file, name: file.substance.name };
  }

  override render(): TemplateResult {
    const lang = this.language;
    const loaded = this.loader.value;
    const file = loaded?.file;
    const errors = file?.medicationErrors;
    const blocks = file ? medErrorBlocks(file, lang) : [];
    const tooFew = !!errors?.cases && isHidden(errors.cases);
    return this.renderFrame({
      heading:
        this.heading ||
        (loaded
          ? t(lang, 'medErrorsHeading', { name: pick(lang, loaded.name) })
          : t(lang, 'medErrorsDefaultHeading')),
      status: this.loader.status,
      error: this.loader.error,
      onRetry: () => this.loader.retry(),
      provenance: file?.provenance,
      idleMessage: t(lang, 'missingSubstance'),
      outcome: !errors
        ? { kind: 'empty', message: t(lang, 'medErrorsNone') }
        : tooFew
          ? { kind: 'too-few' }
          : blocks.length
            ? { kind: 'content' }
            : { kind: 'empty', message: t(lang, 'medErrorsNone') },
      content: () => {
        const total = file && shownErrors(file);
        const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)) + 1;
        return html`
          <div class="pedagogy" part="note">
            <p>${t(lang, 'medErrorsIntro')}</p>
            ${total !== undefined ? html`<p><strong>${spokenNumbers(t(lang, 'medErrorsTotal', { count: formatNumber(lang, total) }))}</strong></p>` : ''}
          </div>
          <div class="blocks">${blocks.map((block) => renderBlock(block, level, this.view))}</div>
        `;
      },
    });
  }
}

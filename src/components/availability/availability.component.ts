import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ProductFile } from '../../data/contract.js';
import { pick } from '../../i18n/locale.js';
import { DatamedElement } from '../base/datamed-element.js';
import { ProductState } from '../base/product-state.js';
import { availabilityStyles } from './availability.styles.js';
import { renderAvailability, ta } from './availability.view.js';

/**
 * Is my medicine available? A product's availability now, for a patient: in shortage, at risk of
 * shortage, available again, discontinued, available or not marketed — in words with a shape,
 * never colour alone — since when, the expected return, what to do, the agency's page, and the
 * date of the situation. Sidebar-sized: readable from 200 px wide.
 *
 * @summary Availability now of a medicine (CIS code), for patients.
 * @attr cis - The product's CIS code (8 digits, e.g. `60234100`).
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { cis, data }` (the product file).
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message }`.
 * @csspart availability - The availability block.
 * @csspart status - The status line (shape and words).
 * @csspart advice - What to do.
 * @csspart link - The link to the agency's page about this shortage.
 *
 * @tag datamed-availability
 */
export class DatamedAvailability extends DatamedElement {
  static override styles = [...(DatamedElement.styles as []), availabilityStyles];

  static override properties: PropertyDeclarations = {
    cis: { reflect: true },
    data: { attribute: false },
  };

  /** CIS code of the product. */
  cis?: string;

  /** A product file given by the page (checked like a loaded one); takes precedence over `cis`. */
  data?: ProductFile;

  private readonly product = new ProductState(this, {
    onReady: (file) => this.emit('datamed-load', { cis: this.cis, data: file }),
    onError: (error) => this.emitError(error),
  });

  override render(): TemplateResult {
    const lang = this.language;
    const file = this.product.file;
    const a = file?.availability;
    return this.renderFrame({
      heading:
        this.heading ||
        (file
          ? ta(lang, 'availabilityHeading', { name: pick(lang, file.product.name) })
          : ta(lang, 'availabilityDefaultHeading')),
      ...this.product.state,
      onRetry: () => this.product.retry(),
      provenance: file?.provenance,
      idleMessage: ta(lang, 'availabilityMissingCis'),
      outcome: a ? { kind: 'content' } : { kind: 'empty', message: ta(lang, 'availabilityNone') },
      content: () => (a ? renderAvailability(lang, a) : html``),
    });
  }
}

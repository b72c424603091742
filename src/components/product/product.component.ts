import { productsModule } from '../../data/on-demand.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ProductFile } from '../../data/contract.js';
import { pick } from '../../i18n/locale.js';
import { availabilityStyles } from '../availability/availability.styles.js';
import { renderAvailability, ta } from '../availability/availability.view.js';
import { DatamedElement } from '../base/datamed-element.js';
import { ProductState } from '../base/product-state.js';
import { compositeStyles } from '../blocks/composite.styles.js';
import { renderProfileSwitch } from './product-profile.js';
import { LAZY_ELEMENTS, parseProductSections, type ProductSection } from './product-sections.js';
import { productStyles } from './product.styles.js';
import { renderDescription, renderPatients, tp } from './product.view.js';

const TITLES = {
  description: 'productSectionDescription',
  availability: 'productSectionAvailability',
  patients: 'productSectionPatients',
  profile: 'productSectionProfile',
  'med-errors': 'productSectionMedErrors',
  shortages: 'productSectionShortages',
} as const;

/**
 * A product (spécialité) page as one tag: its description (active substances and dosages, ATC
 * class, form, routes, laboratory, link to the public medicines database), its availability now,
 * its treated patients, the adverse-effect profile of each active substance (a switch when there
 * are several), its medication errors and its shortage history — in the order `sections` asks.
 * The profile, the medication errors and the timeline are the library's own elements, loaded on
 * demand the first time they are shown.
 *
 * @summary The page of a medicine (CIS code): description, availability, patients, profile, errors, shortages.
 * @attr cis - The product's CIS code (8 digits, e.g. `60234100`).
 * @attr sections - Which sections, in which order, space- or comma-separated:
 *   `description availability patients profile med-errors shortages` (default: all).
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { cis, data }` (the product file).
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message }`.
 * @csspart section - One section.
 * @csspart availability - The availability block.
 * @csspart status - The availability status line (shape and words).
 * @csspart advice - What to do.
 * @csspart link - A link (the agency's page, the public medicines database).
 * @csspart tab - A substance of the profile's switch.
 *
 * @tag datamed-product
 */
export class DatamedProduct extends DatamedElement {
  static override styles = [
    ...(DatamedElement.styles as []),
    compositeStyles,
    availabilityStyles,
    productStyles,
  ];

  static override properties: PropertyDeclarations = {
    cis: { reflect: true },
    sections: {},
    data: { attribute: false },
    selected: { state: true },
  };

  /** CIS code of the product. */
  cis?: string;

  /** Sections to show and their order. Default: all. */
  sections?: string;

  /** A product file given by the page (checked like a loaded one); takes precedence over `cis`. */
  data?: ProductFile;

  /** @internal The substance whose profile is shown. */
  private selected = 0;

  private readonly product = new ProductState(this, {
    onReady: (file) => {
      this.selected = 0;
      this.emit('datamed-load', { cis: this.cis, data: file });
    },
    onError: (error) => this.emitError(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another product: its profile switch starts at its first substance.
    if (changed.has('data') || changed.has('cis')) this.selected = 0;
  }

  /**
   * Taking over server HTML: the sections drawn by other elements need their code first, or they
   * would be blank until it arrives.
   */
  protected override readyToReplaceServerContent(): boolean {
    if (!super.readyToReplaceServerContent() || !this.product.file)
      return super.readyToReplaceServerContent();
    const missing: Promise<unknown>[] = parseProductSections(this.sections)
      .map((key) => LAZY_ELEMENTS[key])
      .filter((lazy) => lazy && !customElements.get(lazy.tag))
      .map((lazy) => lazy!.load());
    // The product code the sections' elements read the file with (handed over at once when loaded).
    const code = productsModule();
    if (code instanceof Promise) missing.push(code);
    if (!missing.length) return true;
    void Promise.all(missing).then(() => this.requestUpdate());
    return false;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const file = this.product.file;
    const sections = parseProductSections(this.sections);
    if (file) for (const key of sections) void LAZY_ELEMENTS[key]?.load();
    return this.renderFrame({
      heading: this.heading || (file ? pick(lang, file.product.name) : tp(lang, 'productDefaultHeading')),
      ...this.product.state,
      onRetry: () => this.product.retry(),
      provenance: file?.provenance,
      idleMessage: tp(lang, 'productMissingCis'),
      outcome: sections.length ? { kind: 'content' } : { kind: 'empty' },
      content: () =>
        html`<div class="sections">${sections.map((key) => this.renderSection(key, file!))}</div>`,
    });
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
  }

  private renderSection(key: ProductSection, file: ProductFile): TemplateResult {
    const lang = this.language;
    const title = tp(lang, TITLES[key]);
    const id = `${this.uid}-${key}`;
    const heading = html`<div class="section-title" id=${id} role="heading" aria-level=${this.level}>
      ${title}
    </div>`;
    // The med-errors and timeline elements title themselves: the section's title is theirs.
    const child = {
      heading: title,
      level: this.level,
      source: this.source ?? nothing,
      cis: file.product.cis,
    };
    let body: TemplateResult;
    switch (key) {
      case 'description':
        body = html`${heading}${renderDescription(lang, file)}`;
        break;
      case 'availability':
        body = html`${heading}${
          file.availability
            ? renderAvailability(lang, file.availability)
            : html`<p class="note">${ta(lang, 'availabilityNone')}</p>`
        }`;
        break;
      case 'patients':
        body = html`${heading}${renderPatients(lang, file, file.provenance.threshold)}`;
        break;
      case 'profile':
        body = html`${heading}${renderProfileSwitch({
          uid: this.uid,
          lang,
          substances: file.substances,
          selected: this.selected,
          level: this.level,
          source: this.source,
          select: (i, focus) => this.select(i, focus),
        })}`;
        break;
      case 'med-errors':
        body = html`<datamed-med-errors
          cis=${child.cis}
          source=${child.source}
          heading=${child.heading}
          heading-level=${child.level}
          embedded
        ></datamed-med-errors>`;
        break;
      case 'shortages':
        body = html`<datamed-shortage-timeline
          cis=${child.cis}
          source=${child.source}
          heading=${child.heading}
          heading-level=${child.level}
          embedded
        ></datamed-shortage-timeline>`;
        break;
    }
    // Not a landmark: the element is the page's one region for this product (two products on a
    // page would otherwise bring two « Description » landmarks); its headings give the outline.
    return html`<section class="section section--${key}" part="section">${body}</section>`;
  }

  private async select(index: number, focus: boolean): Promise<void> {
    this.selected = index;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-tab-${index}`)?.focus();
  }
}

import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AdverseEffectsFile } from '../../data/contract.js';
import { tooFewCases } from '../../data/adverse-effects.js';
import { DatamedError, isAbort, toDatamedError } from '../../data/errors.js';
import { loadAdverseEffects, loadAllMedicines, sourceKey } from '../../data/repository.js';
import { pick } from '../../i18n/locale.js';
import { t } from '../../adverse-effects/profile.messages.js';
import { DatamedElement } from '../base/datamed-element.js';
import { LoadController } from '../base/load-controller.js';
import { renderBlock } from '../blocks/render-blocks.js';
import { parseSections, profileSections, type ProfileSection } from '../../adverse-effects/profile.js';
import { compositeStyles } from '../blocks/composite.styles.js';

interface Loaded {
  files: AdverseEffectsFile[];
  /** The compared substance failed; the profile still shows the main one. */
  compareError?: DatamedError;
}

/**
 * The adverse-effect profile of a substance, as DataMed shows it: key figures, sex, age, treated
 * patients beside cases, organ classes with drill-down, seriousness, reporters, trend — each
 * section shown when the data have it, in the order `sections` asks. With `compare`, a second
 * substance is drawn beside the first on the same scales. With `scope="all"`, the same profile for
 * all medicines (DataMed's all-medicines page): no treated patients nor reporting rate.
 *
 * @summary Complete, accessible adverse-effect profile of a substance.
 * @attr substance - The substance: its code (`paracetamol`), name, other name or brand name
 *   (`Doliprane`), case and accents ignored; an unknown name shows suggestions.
 * @attr compare - A second substance (code or name, as `substance`), shown beside the first.
 * @attr scope - `all`: every report, whatever the medicine (`all-medicines.json`); `substance` is then ignored.
 * @attr sections - Which sections, in which order: `key-figures sex age patients organs seriousness reporters trend`.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - Data loaded; `detail: { substance, compare, data }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - Loading failed; `detail: { kind, message, query?, choices?, datasets? }`:
 *   `choices` are the substances an unknown or ambiguous `substance` may have meant.
 * @fires {CustomEvent<SelectDetail>} datamed-select - A mark of one of the charts was activated (bubbles from the chart).
 * @csspart note - The "how to read these figures" note.
 * @csspart section - One section.
 *
 * @tag datamed-ae-profile
 */
export class DatamedAeProfile extends DatamedElement {
  static override styles = [...(DatamedElement.styles as []), compositeStyles];

  static override properties: PropertyDeclarations = {
    substance: { reflect: true },
    compare: { reflect: true },
    scope: { reflect: true },
    sections: {},
  };

  /** Code of the substance whose profile is shown (e.g. `paracetamol`). */
  substance?: string;

  /** `all`: the profile of all medicines instead of one substance. */
  scope?: string;

  /** Code of a second substance, shown beside the first on the same scales. */
  compare?: string;

  /** Sections to show and their order, space- or comma-separated. Default: all. */
  sections?: string;

  private readonly loader = new LoadController<Loaded>(this, {
    key: () =>
      this.allMedicines || this.substance?.trim()
        ? [
            sourceKey(this.source),
            this.allMedicines ? '*all' : this.substance!.trim(),
            this.compare?.trim() ?? '',
          ].join('|')
        : undefined,
    load: (signal) => this.load(signal),
    onReady: ({ files }) =>
      this.emit('datamed-load', { substance: this.substance, compare: this.compare, data: files }),
    onError: (error) => this.emitError(error),
  });

  private get allMedicines(): boolean {
    return this.scope?.trim().toLowerCase() === 'all';
  }

  private async load(signal: AbortSignal): Promise<Loaded> {
    const compare = this.compare?.trim();
    const main = this.allMedicines
      ? loadAllMedicines(this.source, signal)
      : loadAdverseEffects(this.source, this.substance!.trim(), signal);
    const other =
      compare && (this.allMedicines || compare !== this.substance?.trim())
        ? loadAdverseEffects(this.source, compare, signal)
        : undefined;
    // When the main file fails (or the load is aborted), nobody awaits the other one: keep its
    // rejection handled, or it surfaces as an unhandled rejection in the page.
    other?.catch(() => undefined);
    const file = await main;
    if (!other) return { files: [file] };
    try {
      return { files: [file, await other] };
    } catch (error) {
      if (isAbort(error)) throw error;
      return { files: [file], compareError: toDatamedError(error) };
    }
  }

  /** A file's name inside a sentence: « tous les médicaments » takes no capital there. */
  private nameInSentence(file: AdverseEffectsFile): string {
    const lang = this.language;
    return file.scope === 'all' ? t(lang, 'allMedicinesInSentence') : pick(lang, file.substance.name);
  }

  override render(): TemplateResult {
    const lang = this.language;
    const loaded = this.loader.value;
    const files = loaded?.files ?? [];
    const main = files[0];
    const heading =
      this.heading ||
      (main
        ? files.length > 1
          ? t(lang, 'profileCompareHeading', {
              name: this.nameInSentence(main),
              other: this.nameInSentence(files[1]!),
            })
          : main.scope === 'all'
            ? t(lang, 'profileHeadingAll')
            : t(lang, 'profileHeading', { name: pick(lang, main.substance.name) })
        : t(lang, 'profileDefaultHeading'));
    const sections = main ? profileSections(files, lang, parseSections(this.sections)) : [];
    return this.renderFrame({
      heading,
      status: this.loader.status,
      error: this.loader.error,
      onRetry: () => this.loader.retry(),
      provenance: main?.provenance,
      idleMessage: t(lang, 'missingSubstance'),
      outcome:
        main && tooFewCases(main)
          ? { kind: 'too-few' }
          : sections.length
            ? { kind: 'content' }
            : { kind: 'empty', message: t(lang, 'noSections') },
      content: () => this.renderSections(sections, main, loaded?.compareError),
    });
  }

  private renderSections(
    sections: ProfileSection[],
    main: AdverseEffectsFile | undefined,
    compareError: DatamedError | undefined,
  ): TemplateResult {
    const lang = this.language;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)) + 1;
    return html`
      <div class="pedagogy" part="note">
        <p>
          <strong>${`${t(lang, 'pedagogyTitle')}.`}</strong>
          ${main?.scope === 'all' ? `${t(lang, 'allMedicinesNote')} ` : ''}${t(lang, 'pedagogy')}
        </p>
        ${main?.counting === 'substance-sums' ? html`<p>${t(lang, 'substanceSumsNote')}</p>` : nothing}
        <details>
          <summary>${t(lang, 'pedagogyMoreToggle')}</summary>
          <p>${t(lang, 'pedagogyMore')}</p>
        </details>
      </div>
      ${compareError ? html`<p class="notice" role="status">${t(lang, 'compareFailed', { code: this.compare ?? '' })}</p>` : nothing}
      <div class="sections">
        ${sections.map((section) => {
          // A section of one block needs no title of its own: the block's title serves.
          const titled = section.blocks.length > 1;
          const id = `${this.uid}-${section.key}`;
          // No group named by the title: the heading says it once (a group would say it again).
          return html`<div class="section" part="section">
            ${titled ? html`<div class="section-title" id=${id} role="heading" aria-level=${Math.min(6, level)}>${section.heading}</div>` : nothing}
            <div class="blocks">
              ${section.blocks.map((block) => renderBlock(block, titled ? level + 1 : level, this.view))}
            </div>
          </div>`;
        })}
      </div>
    `;
  }
}

/**
 * The parts of the product page drawn from the product file alone: its description and its treated
 * patients. Pure templates; links only when http(s).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProductFile } from '../../data/contract.js';
import { isHidden } from '../../data/privacy.js';
import { USAGE_LEVELS } from '../../data/vocabulary.js';
import { VOCABULARY_ENGLISH } from '../../i18n/vocabulary-english.js';
import { formatNumber } from '../../i18n/format.js';
import { pick, withColon, type Lang } from '../../i18n/locale.js';
import { translator } from '../../i18n/messages.js';
import { common } from '../../i18n/messages/common.js';
import { product } from '../../i18n/messages/product.js';

/** The product messages, the hidden-value words, and the vocabulary's English labels. */
export const tp = translator(common, product, VOCABULARY_ENGLISH);

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function row(lang: Lang, label: string, value: TemplateResult | string): TemplateResult {
  return html`<div class="fact">
    <dt>${withColon(lang, label)}</dt>
    <dd>${value}</dd>
  </div>`;
}

export function renderDescription(lang: Lang, file: ProductFile): TemplateResult {
  const p = file.product;
  const substances = file.substances;
  const bdpm = safeUrl(p.bdpmUrl);
  return html`<dl class="facts">
      ${
        substances.length
          ? row(
              lang,
              tp(lang, substances.length > 1 ? 'productSubstances' : 'productSubstance'),
              html`<ul class="substances">
                ${substances.map(
                  (s) =>
                    html`<li>
                      ${pick(lang, s.name)}${
                        s.dosage
                          ? html`,
                            ${
                              s.dosageReference
                                ? tp(lang, 'productDosage', {
                                    dosage: s.dosage,
                                    reference: s.dosageReference,
                                  })
                                : s.dosage
                            }`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${
        p.atc
          ? row(
              lang,
              tp(lang, 'productAtc'),
              `${p.atc.code}${p.atc.label ? ` – ${pick(lang, p.atc.label)}` : ''}`,
            )
          : nothing
      }
      ${p.form ? row(lang, tp(lang, 'productForm'), pick(lang, p.form)) : nothing}
      ${p.routes?.length ? row(lang, tp(lang, 'productRoutes'), p.routes.join(', ')) : nothing}
      ${p.laboratory ? row(lang, tp(lang, 'productLaboratory'), p.laboratory) : nothing}
    </dl>
    ${bdpm ? html`<p><a href=${bdpm} rel="noopener noreferrer" part="link">${tp(lang, 'productBdpm')}</a></p>` : nothing}`;
}

/** Usage level in words and the patient-years, or a note when the file has neither. */
export function renderPatients(lang: Lang, file: ProductFile, threshold: number): TemplateResult {
  const level = file.patients?.usageLevel;
  const years = file.patients?.patientYears;
  if (!level && !years) return html`<p class="note">${tp(lang, 'productPatientsNone')}</p>`;
  const label = USAGE_LEVELS.find((l) => l.key === level)?.label;
  return html`<dl class="facts">
      ${label ? row(lang, tp(lang, 'productUsage'), pick(lang, label)) : nothing}
      ${
        years
          ? row(
              lang,
              tp(lang, 'productPatientYears'),
              isHidden(years) || years.count === null
                ? tp(lang, 'suppressedValue', { threshold })
                : formatNumber(lang, years.count),
            )
          : nothing
      }
    </dl>
    ${years ? html`<p class="note">${tp(lang, 'productPatientYearsDetail')}</p>` : nothing}`;
}

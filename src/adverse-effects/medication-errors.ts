/**
 * Medication errors of a product → blocks: with / without adverse effect, population, step of the
 * medicine use chain, nature. Pure; the privacy rule is already applied to the file.
 */
import type { AdverseEffectsFile, CategoryCell } from '../data/contract.js';
import { isHidden } from '../data/privacy.js';
import { MEDICATION_ERROR_LABELS } from '../data/vocabulary.js';
import { categoriesOf, fromVocabulary } from '../charts/from-contract.js';
import { withShares, type ChartData } from '../charts/model.js';
import type { Lang } from '../i18n/locale.js';
import { t } from './medication-errors.messages.js';
import type { Block } from './blocks.js';

/** What the medication errors are drawn from: a substance's file or a product's (same shapes). */
export type MedErrorsFile = Pick<AdverseEffectsFile, 'provenance' | 'medicationErrors'>;

/** The number of medication errors when shown. */
export function shownErrors(file: MedErrorsFile): number | undefined {
  const cell = file.medicationErrors?.cases;
  return cell && !isHidden(cell) ? (cell.count ?? undefined) : undefined;
}

export function medErrorBlocks(file: MedErrorsFile, lang: Lang): Block[] {
  const me = file.medicationErrors;
  if (!me) return [];
  const total = shownErrors(file) ?? null;
  const chart = (
    heading: string,
    caption: string,
    cells: CategoryCell[] | undefined,
    labels: Readonly<Record<string, { fr: string; en?: string }>>,
    partition: boolean,
  ): ChartData | undefined =>
    cells?.length
      ? withShares({
          heading,
          caption,
          threshold: file.provenance.threshold,
          provenance: file.provenance,
          unit: { one: t(lang, 'unitError'), many: t(lang, 'unitErrors') },
          // Natures overlap: they share the total as a base for percentages, not as a sum.
          series: [
            {
              key: 'errors',
              label: t(lang, 'medErrorsDefaultHeading'),
              ...(partition ? { total } : { base: total }),
            },
          ],
          categories: categoriesOf([cells], fromVocabulary(lang, labels), Object.keys(labels)),
        })
      : undefined;
  const L = MEDICATION_ERROR_LABELS;
  const blocks: (Block | undefined)[] = [
    wrap(
      'proportion',
      chart(
        t(lang, 'sectionMedEffect'),
        t(lang, 'captionMedEffect'),
        me.adverseEffect,
        L.adverseEffect,
        true,
      ),
    ),
    wrap(
      'bar',
      chart(
        t(lang, 'sectionMedPopulation'),
        t(lang, 'captionMedPopulation'),
        me.population,
        L.population,
        true,
      ),
    ),
    wrap('bar', chart(t(lang, 'sectionMedStep'), t(lang, 'captionMedStep'), me.step, L.step, true)),
    wrap('bar', chart(t(lang, 'sectionMedNature'), t(lang, 'captionMedNature'), me.nature, {}, false)),
  ];
  return blocks.filter((b): b is Block => !!b);
}

function wrap(kind: 'bar' | 'proportion', data: ChartData | undefined): Block | undefined {
  return data ? { kind, data } : undefined;
}

/**
 * The key figures of a product (`<datamed-key-figure cis="…">`): its availability now, its shortage
 * declarations (how many, how many ongoing) and its usage level with the treated patients. Pure.
 */
import type { ProductFile } from '../data/contract.js';
import { isHidden } from '../data/privacy.js';
import { USAGE_LEVELS } from '../data/vocabulary.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { pick, withColon, type Lang } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { availability } from '../i18n/messages/availability.js';
import { common } from '../i18n/messages/common.js';
import { keyFigure } from '../i18n/messages/key-figure.js';
import { product } from '../i18n/messages/product.js';
import { VOCABULARY_ENGLISH } from '../i18n/vocabulary-english.js';
import type { KeyFiguresData, KeyFigure } from '../adverse-effects/key-figures.js';

const t = translator(common, keyFigure, availability, product, VOCABULARY_ENGLISH);

export function productKeyFigures(file: ProductFile, lang: Lang): KeyFiguresData {
  const figures: KeyFigure[] = [];
  const a = file.availability;
  if (a) {
    figures.push({
      label: t(lang, 'availabilityDefaultHeading'),
      value: t(lang, `availabilityStatus_${a.status}`),
      detail: t(lang, 'availabilityAsOf', { date: formatDate(lang, a.asOf, 'long') }),
    });
  }
  if (file.shortages) {
    const open = file.shortages.filter((d) => d.state === 'open').length;
    figures.push({
      label: t(lang, 'productShortagesCount'),
      value: formatNumber(lang, file.shortages.length),
      ...(open ? { detail: t(lang, 'productShortagesOpen', { count: formatNumber(lang, open) }) } : {}),
    });
  }
  const level = file.patients?.usageLevel;
  const years = file.patients?.patientYears;
  if (level) {
    const shown = years && !isHidden(years) && years.count !== null ? years.count : undefined;
    figures.push({
      label: t(lang, 'keyFigureUsage'),
      value: pick(lang, USAGE_LEVELS.find((l) => l.key === level)?.label),
      ...(shown !== undefined
        ? { detail: `${withColon(lang, t(lang, 'productPatientYears'))} ${formatNumber(lang, shown)}` }
        : {}),
    });
  }
  return {
    heading: t(lang, 'keyFiguresHeading', { name: pick(lang, file.product.name) }),
    figures,
    provenance: file.provenance,
  };
}

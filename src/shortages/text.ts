/**
 * A declaration in words, the same everywhere: the bar's accessible name, the tooltip, the details
 * panel, the table and the CSV. Values come from the data as plain strings and are only ever put
 * in text nodes and attributes by Lit: a product named `<script>` stays text.
 */
import type { ShortageClassification, ShortageDeclaration, ShortageState } from '../data/contract.js';
import {
  ATC_LEVEL1,
  CIRCUIT_LABELS,
  SHORTAGE_CAUSES,
  SHORTAGE_CLASSIFICATION_LABELS,
  SHORTAGE_MEASURES,
  SHORTAGE_STATE_LABELS,
} from '../data/vocabulary.js';
import { formatDate, formatDuration, formatNumber, formatPeriod, type DateStyle } from '../i18n/format.js';
import { pick, withColon, type Lang } from '../i18n/locale.js';
import { t } from './messages.js';
import type { ShortageFigures } from './figures.js';
import { facetValues } from './filters.js';
import { NO_ATC, NO_CAUSE, type Timeline, type TimelineItem } from './model.js';

/** Dates in what is shown (tooltips, tables): "3 janv. 2019"; in what is spoken, months spelled out. */
const date = (lang: Lang, time: number, style: DateStyle = 'medium') =>
  formatDate(lang, new Date(time), style);

export function classificationLabel(lang: Lang, classification: ShortageClassification): string {
  return pick(lang, SHORTAGE_CLASSIFICATION_LABELS[classification]);
}

export function stateLabel(lang: Lang, state: ShortageState): string {
  return pick(lang, SHORTAGE_STATE_LABELS[state]);
}

export function causeLabel(lang: Lang, cause: string): string {
  if (cause === NO_CAUSE) return t(lang, 'causeUnspecified');
  return pick(lang, SHORTAGE_CAUSES[cause]) || cause;
}

export function atcLabel(lang: Lang, letter: string): string {
  if (letter === NO_ATC) return t(lang, 'atcUnspecified');
  const label = pick(lang, ATC_LEVEL1[letter]);
  return label ? `${letter} – ${label}` : letter;
}

export function measureLabel(lang: Lang, measure: string): string {
  return pick(lang, SHORTAGE_MEASURES[measure]) || measure;
}

/** "du 3 janv. 2019 au 1 mars 2019", "depuis le 10 juin 2020, en cours", "à partir du …, fin non renseignée". */
export function periodText(lang: Lang, item: TimelineItem, style?: DateStyle): string {
  const from = date(lang, item.start, style);
  switch (item.endKind) {
    case 'end':
      return t(lang, 'barClosed', { from, to: date(lang, item.end, style) });
    case 'open':
      return t(lang, 'barOpen', { from });
    case 'unknown':
      return t(lang, 'barUnknownEnd', { from });
  }
}

/** "2 mois", "5 mois (en cours)", "inconnue". */
export function durationText(lang: Lang, item: TimelineItem): string {
  if (item.days === undefined) return t(lang, 'durationUnknown');
  const duration = formatDuration(lang, item.days);
  return item.endKind === 'open' ? t(lang, 'durationSoFar', { duration }) : duration;
}

/** "retour prévu le 1 févr. 2021" for an open declaration that gives one. */
export function expectedText(lang: Lang, item: TimelineItem, style?: DateStyle): string | undefined {
  return item.expected === undefined
    ? undefined
    : t(lang, 'barExpected', { date: date(lang, item.expected, style) });
}

/**
 * The accessible name of a bar: product, classification, period, duration, expected return.
 * "ALPHA 10 mg : Risque de rupture, depuis le 10 juin 2020, en cours, 5 mois (en cours), retour prévu le 1 février 2021"
 */
const barLabels = new WeakMap<TimelineItem, { lang: Lang; label: string }>();

export function barLabel(lang: Lang, item: TimelineItem): string {
  // Every bar in view is named again at every zoom frame: each name is composed once.
  const known = barLabels.get(item);
  if (known?.lang === lang) return known.label;
  const label = composeBarLabel(lang, item);
  barLabels.set(item, { lang, label });
  return label;
}

function composeBarLabel(lang: Lang, item: TimelineItem): string {
  const d = item.declaration;
  // Spoken: months spelled out (« janvier », not « janv. »).
  const parts = [classificationLabel(lang, d.classification), periodText(lang, item, 'long')];
  if (item.endKind !== 'unknown') parts.push(durationText(lang, item));
  const expected = expectedText(lang, item, 'long');
  if (expected) parts.push(expected);
  if (!item.startKnown) parts.push(`(${t(lang, 'barReportedOnly')})`);
  return `${withColon(lang, d.product)} ${parts.join(', ')}`;
}

/**
 * The end as a table cell or a detail: a date, "1 févr. 2021 (prévu)", "en cours", "non renseignée";
 * `style: 'long'` spells the month out (the table, read aloud cell by cell).
 */
export function endText(
  lang: Lang,
  item: TimelineItem,
  timeline: Pick<Timeline, 'today' | 'isToday'>,
  style: DateStyle = 'medium',
): string {
  switch (item.endKind) {
    case 'end':
      return date(lang, item.end, style);
    case 'open':
      if (item.expected !== undefined)
        return t(lang, 'expectedShort', { date: date(lang, item.expected, style) });
      return timeline.isToday
        ? t(lang, 'endOpenToday')
        : t(lang, 'endOpenAsOf', { date: date(lang, timeline.today, style) });
    case 'unknown':
      return t(lang, 'endUnknown');
  }
}

/** Cause label, with the declared text when it says more. */
export function causeText(lang: Lang, item: TimelineItem): string {
  const label = causeLabel(lang, item.cause);
  const declared = item.declaration.causeText;
  return declared ? `${label} (${t(lang, 'declaredAs', { text: declared })})` : label;
}

export function measuresText(lang: Lang, d: ShortageDeclaration): string {
  const labels = (d.measures ?? []).map((m) => measureLabel(lang, m));
  if (d.measureText) labels.push(t(lang, 'declaredAs', { text: d.measureText }));
  return labels.join(lang === 'fr' ? ' ; ' : '; ') || t(lang, 'none');
}

export function circuitsText(lang: Lang, d: ShortageDeclaration): string {
  return (d.circuits ?? []).map((c) => pick(lang, CIRCUIT_LABELS[c])).join(', ');
}

/** The label of the "today" marker: "Aujourd’hui", or "Données au 30 nov. 2020" for older data. */
export function todayText(lang: Lang, timeline: Pick<Timeline, 'today' | 'isToday'>): string {
  return timeline.isToday ? t(lang, 'today') : t(lang, 'asOf', { date: date(lang, timeline.today) });
}

/** Every detail of a declaration, as term / description pairs (empty ones left out). */
export function detailEntries(
  lang: Lang,
  item: TimelineItem,
  timeline: Pick<Timeline, 'today' | 'isToday'>,
): [string, string][] {
  const d = item.declaration;
  const long = (iso: string | undefined) => (iso ? formatDate(lang, iso, 'long') : '');
  const returns = [
    d.expectedReturn?.community &&
      `${pick(lang, CIRCUIT_LABELS.community)}${lang === 'fr' ? '\u00a0:' : ':'} ${long(d.expectedReturn.community)}`,
    d.expectedReturn?.hospital &&
      `${pick(lang, CIRCUIT_LABELS.hospital)}${lang === 'fr' ? '\u00a0:' : ':'} ${long(d.expectedReturn.hospital)}`,
  ].filter(Boolean);
  const end =
    item.endKind === 'end'
      ? long(d.end)
      : item.endKind === 'unknown'
        ? t(lang, 'endUnknown')
        : timeline.isToday
          ? t(lang, 'endOpenToday')
          : t(lang, 'endOpenAsOf', { date: formatDate(lang, new Date(timeline.today), 'long') });
  const entries: [string, string | undefined][] = [
    [t(lang, 'fieldProduct'), d.product],
    [t(lang, 'fieldSubstance'), d.substance],
    [t(lang, 'fieldLaboratory'), d.laboratory],
    [
      t(lang, 'fieldAtc'),
      d.atc ? `${d.atc}${ATC_LEVEL1[item.atc1] ? ` (${pick(lang, ATC_LEVEL1[item.atc1])})` : ''}` : '',
    ],
    [t(lang, 'fieldClassification'), classificationLabel(lang, d.classification)],
    [t(lang, 'fieldState'), stateLabel(lang, d.state)],
    [t(lang, 'fieldReported'), long(d.reported)],
    [t(lang, 'fieldStart'), d.start ? long(d.start) : t(lang, 'startNotGiven')],
    [t(lang, 'fieldEnd'), end],
    [t(lang, 'fieldExpected'), returns.join(lang === 'fr' ? ' ; ' : '; ')],
    [t(lang, 'fieldDuration'), durationText(lang, item)],
    [t(lang, 'fieldCause'), d.cause || d.causeText ? causeText(lang, item) : t(lang, 'causeUnspecified')],
    [t(lang, 'fieldMeasures'), measuresText(lang, d)],
    [t(lang, 'fieldCircuits'), circuitsText(lang, d)],
    [t(lang, 'fieldTherapeuticClass'), d.therapeuticClass],
    [t(lang, 'fieldId'), d.id],
  ];
  return entries.filter((e): e is [string, string] => !!e[1]);
}

const options = new WeakMap<Timeline, Partial<Record<Lang, { cause: string[]; atc: string[] }>>>();
const collators: Partial<Record<Lang, Intl.Collator>> = {};

/**
 * The causes and ATC classes found in the data, in the order of the filter lists: causes by name
 * ("other" and "not given" last), classes by letter ("not given" last). Once per timeline and
 * language: a collator is too slow to run at every frame.
 */
export function facetOptions(lang: Lang, timeline: Timeline): { cause: string[]; atc: string[] } {
  let byLang = options.get(timeline);
  if (!byLang) options.set(timeline, (byLang = {}));
  let sorted = byLang[lang];
  if (!sorted) {
    const present = facetValues(timeline);
    const collator = (collators[lang] ??= new Intl.Collator(lang));
    const last = (c: string) => (c === NO_CAUSE ? 2 : c === 'other' ? 1 : 0);
    sorted = {
      cause: [...present.cause].sort(
        (a, b) => last(a) - last(b) || collator.compare(causeLabel(lang, a), causeLabel(lang, b)),
      ),
      atc: [...present.atc].sort((a, b) =>
        a === NO_ATC ? 1 : b === NO_ATC ? -1 : a < b ? -1 : a > b ? 1 : 0,
      ),
    };
    byLang[lang] = sorted;
  }
  return sorted;
}

/* ------------------------------------------------------------------------------------ summary */

function count(lang: Lang, key: 'declarationsCount' | 'productsCount', n: number): string {
  return t(lang, key, { count: n, n: formatNumber(lang, n) });
}

/**
 * What a screen reader hears first: "6 364 déclarations pour 4 914 produits, de 2014 à 2020.
 * 1 418 en cours au 30 novembre 2020. La plus longue : « … » (rupture de stock), 6 ans, du … au …."
 * With filters: how many are shown out of how many.
 */
export function timelineSummary(
  lang: Lang,
  figures: ShortageFigures,
  timeline: Pick<Timeline, 'today' | 'isToday'>,
  total?: number,
): string {
  const sentences: string[] = [];
  if (figures.firstReported !== undefined && figures.lastReported !== undefined) {
    const from = new Date(figures.firstReported).getUTCFullYear();
    const to = new Date(figures.lastReported).getUTCFullYear();
    sentences.push(
      t(lang, 'summaryDeclarations', {
        count: count(lang, 'declarationsCount', figures.declarations),
        products: count(lang, 'productsCount', figures.products),
        period: t(lang, 'periodYears', { from: String(from), to: String(to) }),
      }),
    );
  }
  if (figures.open) {
    const n = formatNumber(lang, figures.open);
    sentences.push(
      timeline.isToday
        ? t(lang, 'summaryOpenToday', { count: n })
        : t(lang, 'summaryOpenAsOf', { count: n, date: formatDate(lang, new Date(timeline.today), 'long') }),
    );
  } else if (figures.declarations) sentences.push(t(lang, 'summaryNoneOpen'));
  const longest = figures.longest;
  if (longest) {
    sentences.push(
      t(lang, 'summaryLongest', {
        product: longest.declaration.product,
        classification: classificationLabel(lang, longest.declaration.classification).toLowerCase(),
        duration: formatDuration(lang, longest.days!),
        period: periodText(lang, longest, 'long'),
      }),
    );
  }
  if (total !== undefined && total !== figures.declarations) {
    sentences.push(
      t(lang, 'summaryFiltered', {
        shown: formatNumber(lang, figures.declarations),
        total: count(lang, 'declarationsCount', total),
      }),
    );
  }
  return sentences.join(' ');
}

/** "de 2014 à 2020" for the empty states, from the data's period. */
export function periodOf(lang: Lang, period: { start: string; end: string } | undefined): string | undefined {
  return period ? formatPeriod(lang, period.start, period.end) : undefined;
}

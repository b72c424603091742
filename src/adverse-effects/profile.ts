/**
 * From adverse-effect files (already protected by the privacy rule) to the sections of the
 * profile: chart data for the building blocks, in the page's language. Pure functions.
 *
 * With two files (the `compare` view) every chart gets one series per substance on the same scale:
 * bars then show each substance's share of its own cases, since counts of substances used by
 * 1,000 or 10 million people cannot share an axis meaningfully.
 */
import type { AdverseEffectsFile, CategoryCell } from '../data/contract.js';
import { shownCases } from '../data/adverse-effects.js';
import { isHidden } from '../data/privacy.js';
import {
  ORGAN_CLASS_BY_CODE,
  REPORTER_LABELS,
  SERIOUSNESS_CRITERIA_LABELS,
  SERIOUSNESS_LABELS,
  SEX_LABELS,
} from '../data/vocabulary.js';
import { ageLabel, categoriesOf, fromVocabulary, value } from '../charts/from-contract.js';
import { withShares, type ChartCategory, type ChartData, type ChartSeries } from '../charts/model.js';
import { pick, type Lang } from '../i18n/locale.js';
import { t } from './profile.messages.js';
import type { Block } from './blocks.js';
import { keyFiguresOf } from './key-figures.js';
import { PROFILE_SECTIONS, type ProfileSectionKey } from './profile-sections.js';

export { PROFILE_SECTIONS, type ProfileSectionKey };

/** `sections="sex, organs trend"` → the known keys, in the order given, without repeats. */
export function parseSections(value: string | null | undefined): ProfileSectionKey[] {
  if (!value || !value.trim()) return [...PROFILE_SECTIONS];
  const keys = value
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((k): k is ProfileSectionKey => (PROFILE_SECTIONS as readonly string[]).includes(k));
  return [...new Set(keys)];
}

/** A block of a profile section: a chart or a key-figure box. */
export type ProfileBlock = Block;

export interface ProfileSection {
  key: ProfileSectionKey;
  heading: string;
  blocks: ProfileBlock[];
}

const nameOf = (file: AdverseEffectsFile, lang: Lang) => pick(lang, file.substance.name);

function units(lang: Lang, kind: 'cases' | 'patients') {
  return kind === 'cases'
    ? { one: t(lang, 'unitCase'), many: t(lang, 'unitCases') }
    : { one: t(lang, 'unitPatient'), many: t(lang, 'unitPatients') };
}

/** One series per substance: "Cas déclarés" alone, the substance names when comparing. */
function substanceSeries(
  files: AdverseEffectsFile[],
  lang: Lang,
  total: (f: AdverseEffectsFile) => number | null | undefined,
): ChartSeries[] {
  return files.map((file, i) => ({
    key: file.substance.code,
    label: files.length > 1 ? nameOf(file, lang) : t(lang, 'seriesCases'),
    total: total(file) ?? null,
    role: i === 0 ? 'main' : 'compare',
  }));
}

interface Common {
  files: AdverseEffectsFile[];
  lang: Lang;
}

/** The parts every chart of the profile shares: threshold, provenance, unit, compare encoding. */
function base(
  { files, lang }: Common,
  heading: string,
  caption: string,
): Pick<ChartData, 'heading' | 'caption' | 'threshold' | 'provenance' | 'unit'> & Partial<ChartData> {
  const compare = files.length > 1;
  // Sums of substance files count a case once per substance: every chart says so (and its exports).
  const sums = files.some((f) => f.counting === 'substance-sums') ? [t(lang, 'substanceSumsNote')] : [];
  const notes = [...(compare ? [t(lang, 'compareShareNote')] : []), ...sums];
  return {
    heading,
    caption,
    threshold: Math.max(...files.map((f) => f.provenance.threshold)),
    provenance: files[0]!.provenance,
    unit: units(lang, 'cases'),
    ...(compare ? { encoding: 'share' as const } : {}),
    ...(notes.length ? { notes } : {}),
  };
}

function distribution(
  c: Common,
  heading: string,
  caption: string,
  lists: (CategoryCell[] | undefined)[],
  label: (cell: CategoryCell) => string,
  order?: readonly string[],
  totals?: (f: AdverseEffectsFile) => number | null | undefined,
): ChartData | undefined {
  if (lists.every((l) => !l?.length)) return undefined;
  return withShares({
    ...base(c, heading, caption),
    series: substanceSeries(c.files, c.lang, totals ?? shownCases),
    categories: categoriesOf(lists, label, order),
  });
}

export function sexChart(c: Common): ChartData | undefined {
  const { lang } = c;
  return distribution(
    c,
    t(lang, 'sectionSex'),
    t(lang, 'captionSex'),
    c.files.map((f) => f.sex),
    fromVocabulary(lang, SEX_LABELS),
    Object.keys(SEX_LABELS),
  );
}

export function ageChart(c: Common): ChartData | undefined {
  const { lang } = c;
  return distribution(
    c,
    t(lang, 'sectionAge'),
    t(lang, 'captionAge'),
    c.files.map((f) => f.age),
    ageLabel(lang),
  );
}

export function reportersChart(c: Common): ChartData | undefined {
  const { lang } = c;
  return distribution(
    c,
    t(lang, 'sectionReporters'),
    t(lang, 'captionReporters'),
    c.files.map((f) => f.reporters),
    fromVocabulary(lang, REPORTER_LABELS),
    Object.keys(REPORTER_LABELS),
  );
}

export function seriousnessBlocks(c: Common): ProfileBlock[] {
  const { lang, files } = c;
  const out: ProfileBlock[] = [];
  const split = distribution(
    c,
    t(lang, 'sectionSeriousness'),
    t(lang, 'captionSeriousness'),
    files.map((f) => f.seriousness),
    fromVocabulary(lang, SERIOUSNESS_LABELS),
    Object.keys(SERIOUSNESS_LABELS),
  );
  // Criteria overlap; their shares are of the serious cases.
  const seriousOf = (f: AdverseEffectsFile) => {
    const cell = f.seriousness?.find((s) => s.key === 'serious');
    return cell && !isHidden(cell) ? cell.count : null;
  };
  const criteria = distribution(
    c,
    t(lang, 'headingCriteria'),
    t(lang, 'captionCriteria'),
    files.map((f) => f.seriousnessCriteria),
    fromVocabulary(lang, SERIOUSNESS_CRITERIA_LABELS),
    Object.keys(SERIOUSNESS_CRITERIA_LABELS),
    seriousOf,
  );
  // Beside the criteria, the section's title goes over both charts: the split gets its own, not
  // the section's a second time.
  if (split)
    out.push({
      kind: 'proportion',
      data: criteria ? { ...split, heading: t(lang, 'headingSeriousSplit') } : split,
    });
  if (criteria) {
    // Overlapping: the series have a base for shares, no total that would draw "hidden values".
    criteria.series = criteria.series.map(({ total, ...s }) => ({ ...s, base: total ?? null }));
    out.push({
      kind: 'bar',
      data: { ...criteria, notes: [...(criteria.notes ?? []), t(lang, 'criteriaNote')] },
    });
  }
  return out;
}

export function organsChart(c: Common): ChartData | undefined {
  const { lang, files } = c;
  if (files.every((f) => !f.organClasses?.items.length)) return undefined;
  const compare = files.length > 1;
  const codes = new Set(files.flatMap((f) => f.organClasses?.items.map((i) => i.code) ?? []));
  const first = files[0]!;
  const countOf = (code: string) => first.organClasses?.items.find((i) => i.code === code)?.count ?? -1;
  const ordered = [...codes].sort(
    (a, b) => countOf(b) - countOf(a) || labelOf(a).localeCompare(labelOf(b), lang),
  );
  function labelOf(code: string): string {
    return pick(lang, ORGAN_CLASS_BY_CODE.get(code)?.label) || code;
  }
  const categories: ChartCategory[] = ordered.map((code) => {
    const items = files.map((f) => f.organClasses?.items.find((i) => i.code === code));
    const subgroups = !compare ? items[0]?.subgroups : undefined;
    return {
      key: code,
      label: labelOf(code),
      values: items.map((item) => value(item)),
      ...(subgroups?.length
        ? {
            children: [...subgroups]
              .sort((a, b) => (b.count ?? -1) - (a.count ?? -1))
              .map((g, i) => ({ key: `${code}-${i}`, label: pick(lang, g.label), values: [value(g)] })),
          }
        : {}),
    };
  });
  const hasDrill = categories.some((cat) => cat.children);
  const data = withShares({
    ...base(c, t(lang, 'sectionOrgans'), t(lang, 'captionOrgans')),
    series: files.map((file, i) => ({
      key: file.substance.code,
      label: compare ? nameOf(file, lang) : t(lang, 'seriesCases'),
      base:
        (file.organClasses?.base && !isHidden(file.organClasses.base)
          ? file.organClasses.base.count
          : shownCases(file)) ?? null,
      role: i === 0 ? ('main' as const) : ('compare' as const),
    })),
    categories,
  });
  return {
    ...data,
    notes: [t(lang, 'organsNote'), ...(hasDrill ? [t(lang, 'organsDrillNote')] : []), ...(data.notes ?? [])],
  };
}

export function trendChart(c: Common): ChartData | undefined {
  const { lang, files } = c;
  if (files.every((f) => !f.years?.length)) return undefined;
  const years = [...new Set(files.flatMap((f) => f.years?.map((y) => y.year) ?? []))].sort((a, b) => a - b);
  const compare = files.length > 1;
  const data = withShares({
    ...base(c, t(lang, 'sectionTrend'), t(lang, 'captionTrend')),
    series: substanceSeries(files, lang, shownCases),
    categories: years.map((year) => ({
      key: String(year),
      label: String(year),
      values: files.map((f) => value(f.years?.find((y) => y.year === year))),
    })),
  });
  return compare ? data : { ...data, showShares: false };
}

/** Treated patients beside cases, by sex (proportions) and by age (shares), for one substance. */
export function patientsBlocks(file: AdverseEffectsFile, lang: Lang, withName: boolean): ProfileBlock[] {
  const patients = file.patients;
  if (!patients?.bySex?.length && !patients?.byAge?.length) return [];
  const py = patients.patientYears && !isHidden(patients.patientYears) ? patients.patientYears.count : null;
  const suffix = withName ? ` (${nameOf(file, lang)})` : '';
  const series: ChartSeries[] = [
    { key: 'cases', label: t(lang, 'seriesCases'), total: shownCases(file) ?? null, role: 'main' },
    {
      key: 'patients',
      label: t(lang, 'seriesPatients'),
      total: py,
      role: 'reference',
      unit: units(lang, 'patients'),
    },
  ];
  const common = {
    threshold: file.provenance.threshold,
    provenance: file.provenance,
    unit: units(lang, 'cases'),
    series,
    notes: [t(lang, 'patientsNote')],
  };
  const out: ProfileBlock[] = [];
  if (patients.bySex?.length && file.sex?.length) {
    out.push({
      kind: 'proportion',
      data: withShares({
        ...common,
        heading: t(lang, 'headingPatientsSex') + suffix,
        caption: t(lang, 'captionPatientsSex'),
        categories: categoriesOf(
          [file.sex, patients.bySex],
          fromVocabulary(lang, SEX_LABELS),
          Object.keys(SEX_LABELS),
        ),
      }),
    });
  }
  if (patients.byAge?.length && file.age?.length) {
    out.push({
      kind: 'bar',
      data: withShares({
        ...common,
        heading: t(lang, 'headingPatientsAge') + suffix,
        caption: t(lang, 'captionPatientsAge'),
        encoding: 'share',
        categories: categoriesOf([file.age, patients.byAge], ageLabel(lang)),
      }),
    });
  }
  return out;
}

/** The sections to show, in the order asked, each only when the data have it. */
export function profileSections(
  files: AdverseEffectsFile[],
  lang: Lang,
  keys: readonly ProfileSectionKey[],
): ProfileSection[] {
  const c: Common = { files, lang };
  const sections: ProfileSection[] = [];
  const push = (key: ProfileSectionKey, heading: string, blocks: (ProfileBlock | undefined)[]) => {
    const present = blocks.filter((b): b is ProfileBlock => !!b);
    if (present.length) sections.push({ key, heading, blocks: present });
  };
  const chart = (
    kind: 'bar' | 'proportion' | 'trend',
    data: ChartData | undefined,
  ): ProfileBlock | undefined => (data ? { kind, data } : undefined);
  for (const key of keys) {
    switch (key) {
      case 'key-figures':
        push(
          key,
          t(lang, 'keyFiguresDefaultHeading'),
          files.map((f) => {
            const figures = keyFiguresOf(f, lang);
            return figures.figures.length
              ? {
                  kind: 'key-figures',
                  data: {
                    ...figures,
                    heading: files.length > 1 ? nameOf(f, lang) : t(lang, 'keyFiguresDefaultHeading'),
                  },
                }
              : undefined;
          }),
        );
        break;
      case 'sex':
        push(key, t(lang, 'sectionSex'), [chart('proportion', sexChart(c))]);
        break;
      case 'age':
        push(key, t(lang, 'sectionAge'), [chart('bar', ageChart(c))]);
        break;
      case 'patients':
        push(
          key,
          t(lang, 'sectionPatients'),
          // All medicines have no treated patients to set beside their cases.
          files.flatMap((f) => (f.scope === 'all' ? [] : patientsBlocks(f, lang, files.length > 1))),
        );
        break;
      case 'organs':
        push(key, t(lang, 'sectionOrgans'), [chart('bar', organsChart(c))]);
        break;
      case 'seriousness':
        push(key, t(lang, 'sectionSeriousness'), seriousnessBlocks(c));
        break;
      case 'reporters':
        push(key, t(lang, 'sectionReporters'), [chart('bar', reportersChart(c))]);
        break;
      case 'trend':
        push(key, t(lang, 'sectionTrend'), [chart('trend', trendChart(c))]);
        break;
    }
  }
  return sections;
}

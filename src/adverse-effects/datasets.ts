/**
 * The named DataMed datasets a partner's Vega-Lite spec can draw, as flat rows. They come from
 * the same builders as the profile's charts, after the privacy rule: a hidden count is `null`
 * (with the text « masqué » in `label`), never a number.
 */
import type { AdverseEffectsFile } from '../data/contract.js';
import { valueText } from '../charts/format.js';
import type { ChartData } from '../charts/model.js';
import type { Lang } from '../i18n/locale.js';
import {
  ageChart,
  organsChart,
  patientsBlocks,
  reportersChart,
  seriousnessBlocks,
  sexChart,
  trendChart,
} from './profile.js';

export const DATASETS = [
  'sex',
  'age',
  'organ-classes',
  'seriousness',
  'seriousness-criteria',
  'reporters',
  'years',
  'patients-sex',
  'patients-age',
] as const;
export type DatasetName = (typeof DATASETS)[number];

export function isDatasetName(name: string | undefined): name is DatasetName {
  return (DATASETS as readonly string[]).includes(name ?? '');
}

/** The dataset as chart data (one series: the substance), or undefined when the file lacks it. */
export function datasetOf(name: DatasetName, file: AdverseEffectsFile, lang: Lang): ChartData | undefined {
  const c = { files: [file], lang };
  const block = (blocks: { data?: unknown }[], index: number) => blocks[index]?.data as ChartData | undefined;
  switch (name) {
    case 'sex':
      return sexChart(c);
    case 'age':
      return ageChart(c);
    case 'organ-classes':
      return organsChart(c);
    case 'seriousness':
      return block(
        seriousnessBlocks(c).filter((b) => b.kind === 'proportion'),
        0,
      );
    case 'seriousness-criteria':
      return block(
        seriousnessBlocks(c).filter((b) => b.kind === 'bar'),
        0,
      );
    case 'reporters':
      return reportersChart(c);
    case 'years':
      return trendChart(c);
    case 'patients-sex':
      return block(
        patientsBlocks(file, lang, false).filter((b) => b.kind === 'proportion'),
        0,
      );
    case 'patients-age':
      return block(
        patientsBlocks(file, lang, false).filter((b) => b.kind === 'bar'),
        0,
      );
  }
}

export interface DatasetRow {
  key: string;
  category: string;
  series: string;
  /** `null` when hidden by the privacy rule. */
  count: number | null;
  share: number | null;
  /** The value as the widgets write it ("317 (34 %)", "masqué"). */
  label: string;
  order: number;
}

export function datasetRows(lang: Lang, data: ChartData): DatasetRow[] {
  return data.categories.flatMap((c, order) =>
    data.series.map((s, i) => {
      const v = c.values[i] ?? { count: null };
      return {
        key: c.key,
        category: c.label,
        series: s.label,
        count: v.count,
        share: v.count === null ? null : (v.share ?? null),
        label: valueText(lang, data, v),
        order,
      };
    }),
  );
}

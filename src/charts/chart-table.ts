/**
 * The table alternative of a chart (and its CSV): one row per category, for each series its count
 * and, when meaningful, its share. Hidden counts stay hidden (« masqué »), and their shares are empty.
 */
import { withColon, type Lang } from '../i18n/locale.js';
import { t } from '../i18n/messages.js';
import { shownSum, type ChartData } from './model.js';
import { unitOf } from './format.js';
import type { TableColumn, TableModel, TableValue } from './table.js';

export function chartTable(lang: Lang, data: ChartData): TableModel {
  const many = data.series.length > 1;
  const shares =
    data.showShares !== false && data.categories.some((c) => c.values.some((v) => v.share !== undefined));
  const columns: TableColumn[] = [{ key: 'category', label: t(lang, 'category'), kind: 'text' }];
  data.series.forEach((s, i) => {
    const unit = unitOf(data, i);
    const countLabel = unit ? capitalize(unit.many) : t(lang, 'count');
    // With several series, each column says which one it belongs to: "Paracétamol : Cas".
    const named = (label: string) => (many ? `${withColon(lang, s.label)} ${label}` : label);
    columns.push({ key: `c${i}`, label: named(countLabel), kind: 'count' });
    if (shares) columns.push({ key: `s${i}`, label: named(t(lang, 'share')), kind: 'ratio' });
  });
  // Stacked parts of a whole: their total closes the row.
  const total = !!data.stacked && many;
  if (total) columns.push({ key: 'total', label: t(lang, 'total'), kind: 'count' });
  const rows = data.categories.map((c) => {
    const row: Record<string, TableValue> = { category: c.label };
    data.series.forEach((_, i) => {
      const v = c.values[i];
      // Absent or hidden: the table says which, as the chart's marks do (no bare « – »).
      const absent: TableValue = !v || v.missing ? { missing: true } : null;
      const hidden: TableValue = v?.count === null ? { hidden: true, threshold: data.threshold } : null;
      row[`c${i}`] = absent ?? hidden ?? v!.count;
      // A hidden count's share is hidden too, and says so (a bare « – » reads « tiret »).
      if (shares) row[`s${i}`] = absent ?? hidden ?? v?.share ?? null;
    });
    if (total) row.total = shownSum(c);
    return row;
  });
  return {
    caption: data.caption ?? data.heading,
    columns,
    rows,
    ...(data.notes?.length ? { notes: data.notes } : {}),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

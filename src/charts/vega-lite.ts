/**
 * A chart as a Vega-Lite specification with its data inline, for partners who want to restyle or
 * extend it. Exactly the displayed values: a hidden count is `null` with the text « masqué », so the spec
 * obeys the privacy rule like the table and the CSV.
 */
import type { Lang } from '../i18n/locale.js';
import { t } from '../i18n/messages.js';
import { valueText } from './format.js';
import type { ChartData } from './model.js';
import type { ChartKind } from './summary.js';

export function vegaLiteSpec(
  lang: Lang,
  data: ChartData,
  kind: ChartKind,
  description: string,
): Record<string, unknown> {
  const many = data.series.length > 1;
  const values = data.categories.flatMap((c, order) =>
    data.series.map((s, i) => {
      const v = c.values[i] ?? { count: null };
      return {
        category: c.label,
        order,
        series: s.label,
        count: v.count,
        share: v.count === null ? null : (v.share ?? null),
        label: valueText(lang, data, v),
      };
    }),
  );
  const countTitle = data.unit ? data.unit.many : t(lang, 'count');
  const category = {
    field: 'category',
    type: 'nominal',
    title: t(lang, 'category'),
    // The data's order. With an explicit `op`: the bar and text layers then share one sorted
    // domain (without it Vega-Lite warns of conflicting sorts and drops the order).
    sort: { field: 'order', op: 'min' },
  };
  const count = { field: 'count', type: 'quantitative', title: countTitle };
  const color = many ? { color: { field: 'series', type: 'nominal', title: t(lang, 'legend') } } : {};
  let encoding: Record<string, unknown>;
  let text: Record<string, unknown>;
  switch (kind) {
    case 'proportion':
      encoding = {
        y: { field: 'series', type: 'nominal', title: null },
        x: { ...count, stack: 'normalize', axis: { format: '%' } },
        color: {
          field: 'category',
          type: 'nominal',
          title: t(lang, 'category'),
          sort: { field: 'order', op: 'min' },
        },
        order: { field: 'order' },
      };
      text = {
        mark: { type: 'text', dx: 0, align: 'center', baseline: 'bottom', dy: -12 },
        encoding: { ...encoding, text: { field: 'label' } },
      };
      break;
    case 'trend':
      encoding = {
        x: { ...category, type: 'ordinal' },
        y: count,
        ...color,
        // Stacked parts share one column (Vega-Lite stacks bars of one x by default).
        ...(many && !data.stacked ? { xOffset: { field: 'series' } } : {}),
      };
      text = {
        mark: { type: 'text', baseline: 'bottom', dy: -2 },
        encoding: { ...encoding, text: { field: 'label' } },
      };
      break;
    default:
      encoding = { y: category, x: count, ...color, ...(many ? { yOffset: { field: 'series' } } : {}) };
      text = {
        mark: { type: 'text', align: 'left', dx: 3 },
        encoding: { ...encoding, text: { field: 'label' } },
      };
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: data.heading,
    description,
    data: { values },
    layer: [{ mark: { type: 'bar', tooltip: true }, encoding }, text],
    ...(data.notes?.length
      ? { usermeta: { notes: data.notes, threshold: data.threshold } }
      : { usermeta: { threshold: data.threshold } }),
  };
}

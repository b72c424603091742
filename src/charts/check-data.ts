/**
 * Checks the `.data` a page gives a chart building block. Pages are not files: they can hand over
 * NaN, Infinity, negative counts, missing arrays or objects instead of labels. A chart then shows a
 * clear error naming the field, instead of drawing nonsense or throwing in the page.
 */
import { DatamedError, type ValidationRule } from '../data/errors.js';
import { cleanText } from '../data/text.js';
import type { ChartCategory, ChartData } from './model.js';

const MAX_TEXT = 1_000;
const MAX_ITEMS = 1_000;

export function checkChartData(data: unknown): ChartData {
  const fail = (field: string, rule: ValidationRule, expected?: string): never => {
    throw new DatamedError('invalid', `.data: ${field}: ${rule}`, {
      url: '.data',
      field,
      rule,
      ...(expected ? { expected } : {}),
    });
  };
  const object = (v: unknown, field: string): Record<string, unknown> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(field, 'type', 'object');
    return v as Record<string, unknown>;
  };
  const text = (v: unknown, field: string, optional = false): void => {
    if (optional && v === undefined) return;
    if (typeof v !== 'string') fail(field, 'type', 'string');
    if ((v as string).length > MAX_TEXT) fail(field, 'too-long', `≤ ${MAX_TEXT}`);
  };
  const list = (v: unknown, field: string): unknown[] => {
    if (!Array.isArray(v)) fail(field, 'type', 'array');
    if ((v as unknown[]).length > MAX_ITEMS) fail(field, 'too-many', `≤ ${MAX_ITEMS}`);
    return v as unknown[];
  };
  const count = (v: unknown, field: string, nullable: boolean): void => {
    if (v === null && nullable) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(field, 'type', 'count');
    if ((v as number) < 0) fail(field, 'range', '≥ 0');
  };
  const share = (v: unknown, field: string): void => {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(field, 'range', '0…1');
  };

  const d = object(data, '');
  text(d.heading, 'heading');
  text(d.caption, 'caption', true);
  count(d.threshold, 'threshold', false);
  if ((d.threshold as number) < 1) fail('threshold', 'range', '≥ 1');
  if (d.maxValue !== undefined) count(d.maxValue, 'maxValue', false);
  if (d.notes !== undefined) list(d.notes, 'notes').forEach((n, i) => text(n, `notes[${i}]`));
  const series = list(d.series, 'series');
  if (!series.length) fail('series', 'required');
  series.forEach((s, i) => {
    const o = object(s, `series[${i}]`);
    text(o.key, `series[${i}].key`);
    text(o.label, `series[${i}].label`);
    if (o.total !== undefined) count(o.total, `series[${i}].total`, true);
    if (o.base !== undefined) count(o.base, `series[${i}].base`, true);
  });
  const categories = (value: unknown, field: string, depth: number): void => {
    list(value, field).forEach((c, i) => {
      const path = `${field}[${i}]`;
      const o = object(c, path);
      text(o.key, `${path}.key`);
      text(o.label, `${path}.label`);
      const values = list(o.values, `${path}.values`);
      if (values.length !== series.length)
        fail(`${path}.values`, 'type', `${series.length} values, one per series`);
      values.forEach((v, j) => {
        const vo = object(v, `${path}.values[${j}]`);
        count(vo.count, `${path}.values[${j}].count`, true);
        share(vo.share, `${path}.values[${j}].share`);
      });
      // One level of sub-categories: deeper trees are not drawn.
      if (o.children !== undefined) {
        if (depth > 0) fail(`${path}.children`, 'too-many', 'one level');
        categories(o.children, `${path}.children`, depth + 1);
      }
    });
  };
  categories(d.categories, 'categories', 0);
  return cleanChartData(data as ChartData);
}

/**
 * The chart's texts without bidi controls nor zero-width characters (src/data/text.ts), as loaded
 * files are cleaned when validated: a page's `.data` is shown the same way. A copy; counts untouched.
 */
function cleanChartData(data: ChartData): ChartData {
  const category = (c: ChartCategory): ChartCategory => ({
    ...c,
    label: cleanText(c.label),
    ...(c.children ? { children: c.children.map(category) } : {}),
  });
  return {
    ...data,
    heading: cleanText(data.heading),
    ...(data.caption === undefined ? {} : { caption: cleanText(data.caption) }),
    ...(data.notes ? { notes: data.notes.map(cleanText) } : {}),
    series: data.series.map((s) => ({ ...s, label: cleanText(s.label) })),
    categories: data.categories.map(category),
  };
}

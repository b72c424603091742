/**
 * The downloads of a chart: CSV of its table, SVG and PNG images, Vega-Lite specification.
 * Loaded on demand (a dynamic import from the chart element): a reader who never downloads never
 * pays for it. Everything exported carries exactly what the chart shows (privacy rule included).
 */
import { chartTable } from '../charts/chart-table.js';
import type { ChartData } from '../charts/model.js';
import { chartSummary, type ChartKind } from '../charts/summary.js';
import { vegaLiteSpec } from '../charts/vega-lite.js';
import { formatDate, formatPeriod } from '../i18n/format.js';
import { pick, withColon, type Lang } from '../i18n/locale.js';
import { loadLanguage, t, translator } from '../i18n/messages.js';
import { exportsMessages } from '../i18n/messages/exports.js';
import { toCsv } from './csv.js';
import { svgDocument, svgToPng } from './image.js';
import { safeFileName, saveFile } from './save.js';

export type ExportFormat = 'csv' | 'svg' | 'png' | 'vega-lite';

export interface ExportRequest {
  format: ExportFormat;
  lang: Lang;
  data: ChartData;
  kind: ChartKind;
  /** The drawn chart, for images. */
  svg?: SVGSVGElement | null;
  /** The HTML rows laid under it (the bar chart's `.chart-rows`), their texts written into images. */
  texts?: HTMLElement | null;
  /** Colours and font of the widget, written into images. */
  style?: { background: string; color: string; fontFamily: string };
}

/** Lines printed under an exported image: source, period, update date, notes. */
export function footerLines(lang: Lang, data: ChartData): string[] {
  const p = data.provenance;
  const lines: string[] = [];
  if (p) {
    const period = p.period ? ` · ${formatPeriod(lang, p.period.start, p.period.end)}` : '';
    lines.push(
      `${withColon(lang, t(lang, 'source'))} ${pick(lang, p.source)}${period} · ${formatDate(lang, p.generated)}`,
    );
    if (p.demo) lines.push(t(lang, 'demoBadgeTitle'));
  }
  return [...lines, ...(data.notes ?? [])];
}

const tExport = translator(exportsMessages);

/**
 * Builds the file and offers it for download; returns what to tell the reader: nothing when it
 * worked, else why not. A page's security policy may forbid images from blobs or reading the
 * canvas (the other formats still work); anything else is a bug, shown to developers too.
 */
export async function exportChart(request: ExportRequest): Promise<string> {
  try {
    await buildAndSave(request);
    return '';
  } catch (error) {
    const name = (error as Error)?.name;
    const blocked = name === 'ExportBlockedError' || name === 'SecurityError';
    if (!blocked) console.error(error);
    await loadLanguage(request.lang, [exportsMessages]).catch(() => undefined);
    return tExport(request.lang, blocked ? 'exportBlocked' : 'exportFailed');
  }
}

async function buildAndSave({ format, lang, data, kind, svg, texts, style }: ExportRequest): Promise<void> {
  const name = (extension: string) => `${safeFileName(data.heading)}.${extension}`;
  switch (format) {
    case 'csv':
      saveFile(name('csv'), toCsv(chartTable(lang, data), lang), 'text/csv;charset=utf-8');
      return;
    case 'vega-lite': {
      const spec = vegaLiteSpec(lang, data, kind, chartSummary(lang, data, kind));
      saveFile(name('vl.json'), `${JSON.stringify(spec, null, 2)}\n`, 'application/json');
      return;
    }
    case 'svg':
    case 'png': {
      if (!svg) return;
      const doc = svgDocument(svg, texts ?? null, {
        title: data.heading,
        description: chartSummary(lang, data, kind),
        footer: footerLines(lang, data),
        background: style?.background || '#ffffff',
        color: style?.color || '#1e1e1e',
        fontFamily: style?.fontFamily || 'sans-serif',
      });
      if (format === 'svg') saveFile(name('svg'), doc.markup, 'image/svg+xml');
      else saveFile(name('png'), await svgToPng(doc.markup, doc.width, doc.height), 'image/png');
    }
  }
}

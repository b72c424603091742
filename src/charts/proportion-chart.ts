/**
 * Proportion chart for two to four categories (sex, seriousness, with / without adverse effect):
 * one 100 % bar per series — the substance, a compared substance, treated patients — so a reader
 * sees at a glance whether a group is over-represented among the cases.
 *
 * Under every bar its parts are written out ("Femmes 317 (34 %) · Hommes 625 (66 %)"): colour is
 * never the only code. Hidden cells cannot be drawn to scale; what they hold together (total − shown,
 * at least the threshold by the privacy rule) becomes one hatched "hidden values" segment.
 */
import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { formatPercent } from '../i18n/format.js';
import { t } from '../i18n/messages.js';
import { markLabel, valueText } from './format.js';
import { swatch } from './legend.js';
import { hiddenResidual, type ChartData, type ChartOptions, type ChartRender } from './model.js';
import { chartSvg, focusRing, mark, textLines } from './svg.js';
import { wrapText } from './text.js';

const KNOWN_COLOURS = new Set(['female', 'male', 'unknown', 'serious', 'non-serious', 'with', 'without']);

/** CSS class that colours a category: by meaning when known, else by position. */
export function categoryClass(key: string, index: number): string {
  return KNOWN_COLOURS.has(key) ? `cat-${key}` : `cat-${index % 6}`;
}

export function proportionChart(data: ChartData, o: ChartOptions): ChartRender {
  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.3);
  const barHeight = Math.round(fs * 2);
  const gap = Math.round(fs * 0.9);
  const many = data.series.length > 1;
  const sep = ' · ';

  let y = 0;
  const rows = data.series.map((series, s) => {
    const total = series.total ?? data.categories.reduce((sum, c) => sum + (c.values[s]?.count ?? 0), 0);
    const residual = hiddenResidual(data, s) ?? 0;
    const top = y;
    const titleLines = many ? wrapText(series.label, o.width, o.measure, 2) : [];
    const title = titleLines.length ? textLines('label series-label', top, titleLines, lineHeight) : nothing;
    const barTop = top + titleLines.length * lineHeight + (titleLines.length ? 4 : 0);
    let x = 0;
    const segments: { index: number; x: number; width: number }[] = [];
    data.categories.forEach((c, index) => {
      const count = c.values[s]?.count;
      if (count === null || count === undefined || !total) return;
      const width = (count / total) * o.width;
      segments.push({ index, x, width });
      x += width;
    });
    const hiddenWidth = total ? (residual / total) * o.width : 0;
    const parts = data.categories
      .filter((c) => !c.values[s]?.missing)
      .map((c) => `${c.label} ${valueText(o.lang, data, c.values[s] ?? { count: null })}`)
      .concat(
        residual > 0 && data.categories.some((c) => c.values[s]?.count === null)
          ? [
              `${t(o.lang, 'hiddenValues')} (${t(o.lang, 'hiddenValuesDetail', { threshold: data.threshold })})`,
            ]
          : [],
      );
    const partLines = wrapText(parts.join(sep), o.width, o.measure, 6);
    const textTop = barTop + barHeight + 4;
    y = textTop + partLines.length * lineHeight + gap;
    return {
      s,
      segments,
      barTop,
      hatched: hiddenWidth > 0,
      svg: svg`${title}
        ${hiddenWidth > 0 ? svg`<rect class="segment hidden" x=${x} y=${barTop} width=${hiddenWidth} height=${barHeight} fill="url(#${o.idPrefix}-hatch)"></rect>` : nothing}
        ${textLines('label parts', textTop, partLines, lineHeight)}`,
    };
  });
  const height = Math.max(1, y - gap);

  // One mark per category, holding its segment in every row.
  const marks = data.categories.map((category, index) => {
    const pieces: SVGTemplateResult[] = [];
    for (const row of rows) {
      const seg = row.segments.find((p) => p.index === index);
      if (!seg) continue;
      const share = formatPercent(o.lang, seg.width / o.width);
      const fits = o.measure(share) + 8 <= seg.width;
      pieces.push(svg`
        <rect class="segment ${categoryClass(category.key, index)}" x=${seg.x} y=${row.barTop} width=${Math.max(0, seg.width)} height=${barHeight}></rect>
        ${focusRing(o, index, seg.x + 1, row.barTop + 1, Math.max(0, seg.width - 2), barHeight - 2)}
        ${fits ? svg`<text class="segment-text on-${categoryClass(category.key, index)}" x=${seg.x + seg.width / 2} y=${row.barTop + barHeight / 2} text-anchor="middle" dominant-baseline="central" aria-hidden="true">${share}</text>` : nothing}`);
    }
    return mark(o, index, markLabel(o.lang, data, category), pieces);
  });

  return {
    svg: chartSvg(
      data,
      o,
      height,
      rows.map((r) => r.svg),
      marks,
      { hatch: rows.some((r) => r.hatched) },
    ),
    height,
    marks: data.categories.length,
    legend: html`<div class="legend">
      <ul aria-label=${t(o.lang, 'legend')}>
        ${data.categories.map((c, i) => html`<li>${swatch(o.idPrefix, `segment ${categoryClass(c.key, i)}`)}<span>${c.label}</span></li>`)}
      </ul>
    </div>`,
  };
}

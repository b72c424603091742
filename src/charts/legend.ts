import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/locale.js';
import { t } from '../i18n/messages.js';
import type { ChartData } from './model.js';
import {
  categoricalClass,
  categoricalFill,
  categoricalPatternDefs,
  patternDefs,
  seriesFill,
} from './patterns.js';

/** One swatch: a small SVG square filled like the marks it stands for. */
export function swatch(prefix: string, className: string, fill?: string): TemplateResult {
  return html`<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
    ${svg`<rect class=${className} x="0.5" y="0.5" width="13" height="13" fill=${fill ?? nothing}></rect>`}
  </svg>`;
}

/**
 * Legend of the series (substance, compared substance, treated patients; or the stacked parts of a
 * whole, each with its colour and pattern), as a real HTML list.
 */
export function legend(lang: Lang, data: ChartData, prefix: string): TemplateResult {
  const legendPrefix = `${prefix}-legend`;
  return html`<div class="legend">
    <svg width="0" height="0" aria-hidden="true" class="defs">
      ${data.stacked ? categoricalPatternDefs(legendPrefix) : patternDefs(legendPrefix)}
    </svg>
    <ul aria-label=${t(lang, 'legend')}>
      ${data.series.map(
        (s, i) =>
          html`<li>
            ${
              data.stacked
                ? swatch(
                    legendPrefix,
                    `column ${categoricalClass(s.colour ?? i)}`,
                    categoricalFill(legendPrefix, s.colour ?? i),
                  )
                : swatch(legendPrefix, `bar ${s.role ?? 'main'}`, seriesFill(legendPrefix, s.role))
            }<span>${s.label}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}

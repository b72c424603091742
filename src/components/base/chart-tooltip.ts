/**
 * The tooltip of a chart element: what it says about a category (its label, each series' full
 * value, the drill-down hint), and where it goes — under the mark, inside the chart area. Apart
 * from the element, which only decides which category the tooltip shows and when.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fullValueText } from '../../charts/format.js';
import type { ChartCategory, ChartData } from '../../charts/model.js';
import { withColon, type Lang } from '../../i18n/locale.js';
import { t } from '../../i18n/messages.js';

/** Where the tooltip goes in the chart area: its centre's x, its top. */
export interface TooltipAnchor {
  x: number;
  y: number;
}

/** The tooltip's text for `category`: its label, then each series' value (named when several). */
export function tooltipContent(lang: Lang, data: ChartData, category: ChartCategory): TemplateResult {
  return html`<strong>${category.label}</strong> ${data.series.map(
      (s, i) =>
        html`<span class="tip-row"
          >${data.series.length > 1 ? html`${withColon(lang, s.label)} ` : nothing}${fullValueText(lang, data, category.values[i] ?? { count: null }, i)}</span
        >`,
    )}
    ${category.children?.length ? html`<span class="tip-row tip-hint">${t(lang, 'drillHint')}</span>` : nothing}`;
}

/** Under the mark, inside the chart area: `area` and `mark` as laid out now. */
export function tooltipAnchor(area: Element, mark: Element): TooltipAnchor {
  const a = area.getBoundingClientRect();
  // Under the mark's first segment or column, or under its value (a bar chart row).
  const m = (mark.querySelector('.segment, .column, .value') ?? mark).getBoundingClientRect();
  return { x: m.left - a.left + Math.min(m.width, 40), y: m.bottom - a.top + 6 };
}

/**
 * Places the tooltip drawn in `root` at `anchor`, inside the chart area, once its size is known.
 * Through the CSSOM: a strict Content-Security-Policy forbids style attributes, not `element.style`.
 */
export function placeTooltip(root: ParentNode, anchor: TooltipAnchor | undefined): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  const area = root.querySelector<HTMLElement>('.chart-area');
  if (!tip || !area || !anchor) return;
  const maxLeft = Math.max(0, area.clientWidth - tip.offsetWidth);
  const left = Math.min(Math.max(0, anchor.x - tip.offsetWidth / 2), maxLeft);
  tip.style.left = `${left}px`;
  tip.style.top = `${anchor.y}px`;
}

/**
 * The parts of the timeline's plot that are not the drawing: the zoom bar and the tooltip of a bar.
 * Templates only: the element owns the state and passes handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../../charts/cssom-style.js';
import type { Lang } from '../../i18n/locale.js';
import { t } from '../../shortages/messages.js';
import type { TimelineItem } from '../../shortages/model.js';
import {
  barLabel,
  classificationLabel,
  durationText,
  expectedText,
  periodText,
} from '../../shortages/text.js';
import { domainText, sameDomain, type TimeDomain } from '../../shortages/time-scale.js';
import { axisHeight, barGeometry, type TimelineLayout } from '../../shortages/timeline-svg.js';

/** The shortest period one may zoom to: three weeks. */
const SHORTEST_MS = 21 * 86_400_000;

export interface ZoomHandlers {
  zoomIn(): void;
  zoomOut(): void;
  earlier(): void;
  later(): void;
  all(): void;
}

/**
 * Zoom out, in, earlier, later, the whole period, and the period shown. A button that can do nothing
 * now stays focusable (`aria-disabled`): a keyboard user does not lose their place.
 */
export function zoomView(
  lang: Lang,
  domain: TimeDomain,
  extent: TimeDomain,
  on: ZoomHandlers,
): TemplateResult {
  const whole = sameDomain(domain, extent);
  return html`<div class="zoom" role="group" aria-label=${t(lang, 'zoomControls')}>
    ${zoomButton('−', t(lang, 'zoomOut'), whole, on.zoomOut)}
    ${zoomButton('+', t(lang, 'zoomIn'), domain.end - domain.start <= SHORTEST_MS + 1, on.zoomIn)}
    ${zoomButton('‹', t(lang, 'panEarlier'), domain.start <= extent.start, on.earlier)}
    ${zoomButton('›', t(lang, 'panLater'), domain.end >= extent.end, on.later)}
    ${zoomButton('⤢', t(lang, 'zoomAll'), whole, on.all, true)}
    <p class="period">${t(lang, 'shownPeriod', { period: domainText(lang, domain) })}</p>
  </div>`;
}

function zoomButton(symbol: string, label: string, disabled: boolean, run: () => void, withText = false) {
  return html`<button
    type="button"
    class="zoom-button"
    aria-label=${withText ? nothing : label}
    aria-disabled=${disabled ? 'true' : 'false'}
    @click=${() => {
      if (disabled) return;
      run();
    }}
  >
    <span aria-hidden="true">${symbol}</span>${withText ? html` ${label}` : nothing}
  </button>`;
}

/**
 * The tooltip of a bar, placed from the drawing's own numbers (no layout read, so a zoom frame
 * never forces one): under the bar, or above it in the lower part of the rows; from the bar's
 * start, or ending at its end in the right half. Nothing when its row is not in view.
 */
export function tooltipView(
  lang: Lang,
  id: string,
  item: TimelineItem,
  layout: TimelineLayout,
  at: { row: number; rowsTop: number; height: number },
): TemplateResult | typeof nothing {
  if (at.row < 0) return nothing;
  const { rowHeight, barTop, barHeight } = layout.metrics;
  const top = at.row * rowHeight - at.rowsTop + barTop;
  if (top + barHeight < 0 || top > at.height) return nothing;
  const { x0, x1 } = barGeometry(item, layout);
  const y = axisHeight(layout.fontSize) + 1 + top;
  const above = top > at.height * 0.55;
  const rightHalf = (x0 + x1) / 2 > layout.width / 2;
  const position = {
    ...(above ? { top: `${y - 6}px` } : { top: `${y + barHeight + 6}px` }),
    ...(rightHalf
      ? { right: `${Math.max(0, layout.width - Math.min(layout.width, x1))}px` }
      : { left: `${Math.max(0, x0)}px` }),
  };
  const expected = expectedText(lang, item);
  return html`<div
    class="tooltip ${above ? 'above' : ''}"
    part="tooltip"
    role="tooltip"
    id=${id}
    aria-label=${barLabel(lang, item)}
    style=${cssomStyle(position)}
  >
    <strong>${item.declaration.product}</strong>
    <span class="tip-row">${classificationLabel(lang, item.declaration.classification)}</span>
    <span class="tip-row">${periodText(lang, item)}</span>
    ${item.endKind !== 'unknown' ? html`<span class="tip-row">${durationText(lang, item)}</span>` : nothing}
    ${expected ? html`<span class="tip-row">${expected}</span>` : nothing}
  </div>`;
}

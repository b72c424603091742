/**
 * The timeline's plot: the zoom bar, the rows drawn in their scrolling viewport (only those in view,
 * and the focused one), the time axis, the tooltip of a bar, the keyboard hint and the legend.
 * Templates, and what to draw worked out from the element's state: the element and its controllers
 * own that state and pass the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../../charts/cssom-style.js';
import type { Lang } from '../../i18n/locale.js';
import { t } from '../../shortages/messages.js';
import type { Timeline, TimelineItem } from '../../shortages/model.js';
import type { ShownRow } from '../../shortages/row-order.js';
import {
  barLabel,
  classificationLabel,
  durationText,
  expectedText,
  periodText,
  todayText,
} from '../../shortages/text.js';
import { domainText, rowWindow, sameDomain, timeAxis, type TimeDomain } from '../../shortages/time-scale.js';
import {
  axisHeight,
  barGeometry,
  barLegend,
  rowMetrics,
  timelineAxisSvg,
  timelineRowsSvg,
  type TimelineLayout,
} from '../../shortages/timeline-svg.js';
import type { TimelineMeasure } from './timeline-measure.js';
import { readingPosition, shownPosition, type Order } from './timeline-navigation.js';
import { drawnRows } from './timeline-scroll.js';

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
 * now leaves the Tab order (`tabindex="-1"`) but is not `disabled`: one that reaches its limit while
 * focused keeps the focus (`aria-disabled` says it does nothing), so a keyboard user keeps their place.
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
    tabindex=${disabled ? '-1' : '0'}
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

/** What the plot shows: the element's state and its controllers' (sizes, period, scroll, focus). */
export interface PlotInput {
  lang: Lang;
  uid: string;
  timeline: Timeline;
  /** The rows shown, in order, and where they and their bars sit. */
  rows: ShownRow[];
  order: Order;
  /** The period shown, and the whole period. */
  domain: TimeDomain;
  extent: TimeDomain;
  size: Pick<TimelineMeasure, 'ready' | 'width' | 'fontSize' | 'viewportHeight' | 'measure' | 'boldMeasure'>;
  /** How far the rows are scrolled. */
  rowsTop: number;
  /** The bar with the tab stop (when shown), and the one with the tooltip. */
  focusId: number | undefined;
  tipId: number | undefined;
  /** Each row names its substance too (not when the widget shows one substance). */
  showSubstance: boolean;
}

/** The zoom buttons, and the listeners of the plot and of its scrolling rows. */
export interface PlotHandlers extends ZoomHandlers {
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  focusout(event: FocusEvent): void;
  pointerover(event: PointerEvent): void;
  pointerleave(): void;
  pointerdown(event: PointerEvent): void;
  pointermove(event: PointerEvent): void;
  pointerup(event: PointerEvent): void;
  click(event: MouseEvent): void;
  wheel(event: WheelEvent): void;
  scroll(event: Event): void;
}

/** The zoom bar, the plot (axis, rows, tooltip), the hint and the legend. */
export function plotView(p: PlotInput, on: PlotHandlers): TemplateResult {
  const { lang, timeline, rows, order, domain, size } = p;
  const metrics = rowMetrics(size.fontSize);
  const height = size.viewportHeight || size.fontSize * 28;
  // The tab stop: the focused bar while it is shown, else the first one.
  const focusId =
    p.focusId !== undefined && shownPosition(timeline, rows, order, p.focusId) >= 0
      ? p.focusId
      : rows[0]?.items[0]?.index;
  const layout: TimelineLayout | undefined = size.ready
    ? {
        lang,
        width: size.width,
        fontSize: size.fontSize,
        measure: size.measure!,
        boldMeasure: size.boldMeasure!,
        metrics,
        domain,
        today: timeline.today,
        idPrefix: p.uid,
        showSubstance: p.showSubstance,
      }
    : undefined;
  let drawing: TemplateResult | typeof nothing = nothing;
  let axisSvg: TemplateResult | typeof nothing = nothing;
  if (layout) {
    const axis = timeAxis(domain, size.width, lang, layout.measure);
    const view = rowWindow(p.rowsTop, height, metrics.rowHeight, rows.length);
    const focusRow = focusId !== undefined ? shownPosition(timeline, rows, order, focusId) : undefined;
    drawing = timelineRowsSvg(
      drawnRows(rows, view, focusRow),
      rows.length,
      axis,
      layout,
      {
        id: focusId,
        positionOf: (item) => readingPosition(rows, order, item),
        total: order.total,
      },
      t(lang, 'timelineCaption'),
    );
    axisSvg = timelineAxisSvg(axis, layout, todayText(lang, timeline));
  }
  const tip = p.tipId !== undefined ? timeline.items[p.tipId] : undefined;
  const totalHeight = rows.length * metrics.rowHeight;
  return html`
    ${zoomView(lang, domain, p.extent, on)}
    <div
      class="plot"
      part="chart"
      @keydown=${on.keydown}
      @focusin=${on.focusin}
      @focusout=${on.focusout}
      @pointerover=${on.pointerover}
      @pointerleave=${on.pointerleave}
      @pointerdown=${on.pointerdown}
      @pointermove=${on.pointermove}
      @pointerup=${on.pointerup}
      @pointercancel=${on.pointerup}
      @click=${on.click}
      @wheel=${on.wheel}
    >
      <div class="time-axis">${axisSvg}</div>
      <div class="viewport" @scroll=${on.scroll}>
        <div class="spacer" style=${cssomStyle({ height: `${totalHeight}px` })}>${drawing}</div>
      </div>
      ${
        tip && layout
          ? tooltipView(lang, `${p.uid}-tooltip`, tip, layout, {
              row: shownPosition(timeline, rows, order, tip.index),
              rowsTop: p.rowsTop,
              height,
            })
          : nothing
      }
    </div>
    <p class="hint">${t(lang, 'timelineKeyboardHint')}</p>
    ${barLegend(lang, todayText(lang, timeline))}
  `;
}

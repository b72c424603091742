/**
 * Zoom and pan of the timeline, as a reactive controller: the period shown, its animation (200 ms,
 * none under `prefers-reduced-motion`), and the pointer gestures — drag to pan, two fingers to
 * pinch, Ctrl + wheel (or a touchpad's pinch) to zoom around the pointer, a sideways or Shift wheel
 * to pan. The element gives it the timeline and the drawing's width, and draws what `current()`
 * says; the controller asks for an update whenever the period changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Timeline, TimelineItem } from '../../shortages/model.js';
import { extentOf, panDomain, sameDomain, zoomDomain, type TimeDomain } from '../../shortages/time-scale.js';
import { memo } from '../base/memo.js';

const ANIMATION_MS = 200;
/** A click this soon after a drag or a pinch ends belongs to the gesture, not to a bar. */
const CLICK_AFTER_DRAG_MS = 300;

/** What the controller asks of the element. */
export interface ZoomSource {
  /** The timeline shown, if any. */
  timeline(): Timeline | undefined;
  /** Width of the drawing in pixels (0 until it is measured). */
  width(): number;
  /** Called with the period a button or key goes to (for a live region). */
  announce?(target: TimeDomain): void;
  /** Called when a drag starts moving (the element hides its tooltip). */
  dragStarted?(): void;
}

type Drag =
  | { x: number; domain: TimeDomain; moved: boolean; pointer: number }
  | { pinch: true; distance: number; domain: TimeDomain; anchor: number };

export class TimelineZoom implements ReactiveController {
  /** The period shown; undefined: the whole period of the data. */
  private domain: TimeDomain | undefined;
  private animation = 0;
  private drag: Drag | undefined;
  private readonly pointers = new Map<number, number>();
  private dragEndedAt = -Infinity;
  /** The whole period of a timeline, computed once per timeline. */
  readonly extent = memo((timeline: Timeline) => extentOf(timeline.first, timeline.last));

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: ZoomSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
  }

  /** The period shown now, or undefined without a timeline. */
  current(): TimeDomain | undefined {
    const timeline = this.source.timeline();
    return timeline ? (this.domain ?? this.extent(timeline)) : undefined;
  }

  /** True while the reader drags or pinches. */
  get dragging(): boolean {
    return !!this.drag;
  }

  /** True right after a drag or pinch: the click it ends with is not a selection. */
  justDragged(): boolean {
    return performance.now() - this.dragEndedAt < CLICK_AFTER_DRAG_MS;
  }

  /** Shows a period at once (a bar brought into view). */
  set(domain: TimeDomain | undefined): void {
    this.domain = domain;
    this.host.requestUpdate();
  }

  /** Back to the whole period, at once (another scope). */
  clear(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    this.set(undefined);
  }

  /** Goes to a period: at once when the reader asks for reduced motion, else in 200 ms. */
  animateTo(target: TimeDomain, announce = true): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    const from = this.current();
    if (announce) this.source.announce?.(target);
    if (!from || prefersReducedMotion() || sameDomain(from, target)) {
      this.set(target);
      return;
    }
    const started = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - started) / ANIMATION_MS);
      const eased = 1 - (1 - p) ** 3;
      this.set(
        p >= 1
          ? target
          : {
              start: from.start + (target.start - from.start) * eased,
              end: from.end + (target.end - from.end) * eased,
            },
      );
      if (p < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Zooms in (`factor` > 1) or out around `anchor` (a time), else the centre. */
  zoomBy(factor: number, anchor?: number): void {
    const domain = this.current();
    const timeline = this.source.timeline();
    if (domain && timeline) this.animateTo(zoomDomain(domain, this.extent(timeline), factor, anchor));
  }

  /** Zooms around a declaration: its middle (within the period shown) when it shows, else the centre. */
  zoomAround(factor: number, item: TimelineItem | undefined): void {
    const domain = this.current();
    const anchor =
      domain && item && item.start <= domain.end && item.end >= domain.start
        ? Math.min(domain.end, Math.max(domain.start, (item.start + item.end) / 2))
        : undefined;
    this.zoomBy(factor, anchor);
  }

  /** Shows the whole period again. */
  reset(): void {
    const timeline = this.source.timeline();
    if (timeline) this.animateTo(this.extent(timeline));
  }

  /** Moves the period by a fraction of its length (negative: earlier). */
  pan(fraction: number, animate = false): void {
    const domain = this.current();
    const timeline = this.source.timeline();
    if (!domain || !timeline) return;
    const target = panDomain(domain, this.extent(timeline), (domain.end - domain.start) * fraction);
    if (animate) this.animateTo(target);
    else this.set(target);
  }

  /* ------------------------------------------------------------------------- pointer gestures */

  pointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const domain = this.current();
    if (!domain) return;
    this.pointers.set(event.pointerId, event.clientX);
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [number, number];
      const plot = (event.currentTarget as HTMLElement).getBoundingClientRect();
      this.drag = {
        pinch: true,
        distance: Math.max(1, Math.abs(a - b)),
        domain,
        anchor: this.timeAt((a + b) / 2 - plot.left, domain),
      };
    } else {
      this.drag = { x: event.clientX, domain, moved: false, pointer: event.pointerId };
    }
  }

  pointerMove(event: PointerEvent): void {
    const drag = this.drag;
    const timeline = this.source.timeline();
    if (!drag || !timeline || !this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, event.clientX);
    const extent = this.extent(timeline);
    if ('pinch' in drag) {
      const [a, b] = [...this.pointers.values()] as [number, number];
      const factor = Math.max(1, Math.abs(a - b)) / drag.distance;
      this.set(zoomDomain(drag.domain, extent, factor, drag.anchor));
      return;
    }
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 5) return;
    if (!drag.moved) {
      drag.moved = true;
      this.source.dragStarted?.();
      try {
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser no longer tracks (or a synthetic one): drag without capture.
      }
    }
    if (this.animation) cancelAnimationFrame(this.animation);
    const span = drag.domain.end - drag.domain.start;
    this.set(panDomain(drag.domain, extent, (-dx / Math.max(1, this.source.width())) * span));
  }

  pointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    const drag = this.drag;
    if (drag && ('pinch' in drag || drag.moved)) this.dragEndedAt = performance.now();
    if (!this.pointers.size) this.drag = undefined;
  }

  wheel(event: WheelEvent): void {
    const domain = this.current();
    const timeline = this.source.timeline();
    if (!domain || !timeline) return;
    const span = domain.end - domain.start;
    if (event.ctrlKey || event.metaKey) {
      // Ctrl + wheel, and pinch on a touchpad: zoom around the pointer.
      event.preventDefault();
      const plot = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const anchor = this.timeAt(event.clientX - plot.left, domain);
      this.set(zoomDomain(domain, this.extent(timeline), Math.exp(-event.deltaY * 0.002), anchor));
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      const delta = event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX;
      this.set(panDomain(domain, this.extent(timeline), (delta / Math.max(1, this.source.width())) * span));
    }
  }

  /** The time at `x` pixels from the drawing's left edge. */
  private timeAt(x: number, domain: TimeDomain): number {
    return domain.start + (x / Math.max(1, this.source.width())) * (domain.end - domain.start);
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The timeline's sizes, as a reactive controller: the width and height of the scrolling rows, their
 * font size, and the functions that measure its texts. Before the first drawing they are worked
 * out from the host's width and the frame's default insets (`estimate`), so that the first update
 * draws the rows at once; then a ResizeObserver on the rows measures the real ones, and the element
 * draws again only when they differ (a page's own font size or spacing, an embedded frame…).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { approximateMeasure, canvasMeasure, type Measure } from '../../charts/text.js';
import { serverSettings } from '../base/server-settings.js';
import { rowMetrics } from '../../shortages/timeline-svg.js';

export type MeasureHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/** What the controller asks of the element. */
export interface MeasureSource {
  /** True when the frame has no border nor padding of its own (`embedded`). */
  embedded(): boolean;
  /** True when the rows are drawn (the chart view with a timeline). */
  drawsRows(): boolean;
  /** How many rows are shown now (they decide whether the rows scroll). */
  rowCount(): number;
}

let scrollbar: number | undefined;

/** Width of a classic scroll bar on this page (0 where scroll bars overlay the content). */
function scrollbarWidth(): number {
  if (scrollbar === undefined) {
    if (!document.body) return 0;
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;top:-200px;width:100px;height:100px;overflow:scroll';
    document.body.append(probe);
    scrollbar = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return scrollbar;
}

export class TimelineMeasure implements ReactiveController {
  /** Width of the rows in pixels; 0 until known. */
  width = 0;
  /** Height of the scrolling rows; 0 until known. */
  viewportHeight = 0;
  fontSize = 14;
  /** The host's width before the first drawing (0: not known). */
  hostWidth = 0;
  measure: Measure | undefined;
  boldMeasure: Measure | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor(
    private readonly host: MeasureHost,
    private readonly source: MeasureSource,
  ) {
    host.addController(this);
  }

  /** Ready to draw: a width and a way to measure texts. */
  get ready(): boolean {
    return this.width > 0 && !!this.measure;
  }

  hostConnected(): void {
    // Put back in a page: observe the rows again (hostUpdated does it).
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  /**
   * On the server (no layout, no controller updates): the set chart width, the default font size,
   * rows at most 28 rem high, texts measured approximately. The browser measures when it takes over.
   */
  serverEstimate(): void {
    if (this.width) return;
    this.fontSize = serverSettings.chartFontSize;
    this.width = serverSettings.chartWidth;
    const { rowHeight } = rowMetrics(this.fontSize);
    this.viewportHeight = Math.floor(Math.min(this.source.rowCount() * rowHeight, 28 * 16));
    this.measure = approximateMeasure(this.fontSize);
    this.boldMeasure = approximateMeasure(this.fontSize * 1.06);
  }

  hostUpdate(): void {
    if (this.width) return;
    // One layout read before the first drawing (the host has no content yet: it is cheap).
    if (!this.hostWidth && this.host.isConnected) this.hostWidth = this.host.getBoundingClientRect().width;
    this.estimate();
  }

  hostUpdated(): void {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    // Not after the element left the page (a pending update): nobody would disconnect that observer.
    if (viewport && viewport !== this.observed && this.host.isConnected) {
      this.observer ??= new ResizeObserver(() => requestAnimationFrame(() => this.measureNow()));
      if (this.observed) this.observer.unobserve(this.observed);
      this.observer.observe(viewport);
      this.observed = viewport;
      // Right after this update (a microtask): the real width and font size. They draw the rows when
      // nothing could be estimated, and redraw them when the estimate was wrong.
      void this.host.updateComplete.then(() => this.measureNow());
    }
  }

  /**
   * Before the first drawing: the rows' width and font size from the host and the frame's default
   * insets, which mirror the stylesheet (shortage-timeline.styles.ts, frame.styles.ts): a chart font
   * of 0.875 rem, a frame of a 1 px border and two spaces of padding (one below 30 rem), rows at
   * most min(28 rem, 70 vh) high. A page that sets its own (custom properties) gets no estimate:
   * the measure draws then.
   */
  private estimate(): void {
    const host = this.host;
    if (!host.isConnected || !this.source.drawsRows() || !this.hostWidth) return;
    const style = getComputedStyle(host);
    const custom = (name: string) => style.getPropertyValue(name).trim();
    if (custom('--datamed-chart-font-size') || custom('--datamed-timeline-max-height')) return;
    const space = /^([\d.]+)rem$/.exec(custom('--datamed-space'));
    if (!space) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const fontSize = 0.875 * rem;
    const inset = this.source.embedded()
      ? 0
      : 1 + Number(space[1]) * rem * (this.hostWidth < 30 * rem ? 1 : 2);
    const { rowHeight } = rowMetrics(fontSize);
    const rows = this.source.rowCount();
    const maxHeight = Math.min(28 * rem, 0.7 * innerHeight) - 2;
    const scrolls = rows * rowHeight > maxHeight;
    this.fontSize = fontSize;
    this.width = Math.floor(this.hostWidth - 2 * inset - (scrolls ? scrollbarWidth() : 0));
    this.viewportHeight = Math.floor(Math.min(rows * rowHeight, maxHeight));
    const font = `${fontSize}px ${style.fontFamily}`;
    this.measure = canvasMeasure(`${style.fontWeight} ${font}`, fontSize, style);
    this.boldMeasure = canvasMeasure(`700 ${font}`, fontSize * 1.06, style);
  }

  /** The real sizes, read from the rows; the element draws again when they changed. */
  private measureNow(): void {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    const width = Math.floor(viewport.clientWidth);
    const height = Math.floor(viewport.clientHeight);
    const font = getComputedStyle(viewport);
    const fontSize = parseFloat(font.fontSize) || 14;
    let changed = false;
    if (fontSize !== this.fontSize || !this.measure) {
      this.fontSize = fontSize;
      this.measure = canvasMeasure(`${font.fontWeight} ${font.fontSize} ${font.fontFamily}`, fontSize, font);
      this.boldMeasure = canvasMeasure(`700 ${font.fontSize} ${font.fontFamily}`, fontSize * 1.06, font);
      changed = true;
    }
    if (width && width !== this.width) [this.width, changed] = [width, true];
    if (height && height !== this.viewportHeight) [this.viewportHeight, changed] = [height, true];
    if (changed) this.host.requestUpdate();
  }
}

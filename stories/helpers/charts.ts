/** What the stories of the three chart building blocks share. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ChartData } from '../../src/charts/model.js';
import type { Provenance } from '../../src/data/contract.js';
import {
  expectDemoBadge,
  keyboardThroughMarks,
  openAndCloseDownloadMenu,
  switchToTableAndBack,
} from './interactions.js';
import { settleAll } from './settle.js';

export type ChartTag = 'datamed-bar-chart' | 'datamed-proportion-chart' | 'datamed-trend-chart';
export type ChartArgs = { data: ChartData; view?: 'chart' | 'table'; heading?: string };

/**
 * Render and default play of a chart's stories (the meta's title and component stay literal: the
 * indexer reads them without running the file). The chart gets its data through `.data`.
 */
export function chartStories(tag: ChartTag): Pick<Meta<ChartArgs>, 'render' | 'play'> {
  return {
    render: ({ data, view, heading }) => {
      const el = document.createElement(tag);
      el.data = data;
      if (view) el.view = view;
      if (heading) el.heading = heading;
      return html`${el}`;
    },
    play: async ({ canvasElement }) => settleAll(canvasElement),
  };
}

/** The shadow root of the story's chart. */
export const chartRoot = (canvas: HTMLElement): ShadowRoot =>
  canvas.querySelector<HTMLElement>('datamed-bar-chart, datamed-proportion-chart, datamed-trend-chart')!
    .shadowRoot!;

/** Fictional demo provenance: the chart shows the "Données fictives" badge and the source line. */
export const DEMO_PROVENANCE: Provenance = {
  source: { fr: 'Données fictives de démonstration', en: 'Fictional demonstration data' },
  period: { start: '2019-01-01', end: '2023-12-31' },
  generated: '2026-11-23',
  threshold: 11,
  demo: true,
};

/** Data that fails the chart's check: the chart shows an error, with nothing to retry. */
export const INVALID_DATA = { heading: 'Données invalides', series: 'pas une liste' } as unknown as ChartData;

/** Play: the chart settles and shows the demo badge. */
export const demoBadgePlay = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  await settleAll(canvasElement);
  await expectDemoBadge(chartRoot(canvasElement));
};

/**
 * Play: what a designer tries on a chart — arrows through the marks (the tooltip names `mark`),
 * Escape, the chart / table switch and back, the download menu.
 */
export const designerPlay =
  (mark: string | RegExp) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await settleAll(canvasElement);
    const root = chartRoot(canvasElement);
    await keyboardThroughMarks(root, mark);
    await switchToTableAndBack(canvasElement, root);
    await openAndCloseDownloadMenu(root);
  };

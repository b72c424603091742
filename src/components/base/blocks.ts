/**
 * Building blocks inside a larger widget (the profile, medication errors): a block is a chart or a
 * key-figure box with its data; it renders as the matching element, `embedded` so that it inherits
 * the outer widget's theme and leaves the source line to it.
 */
import { html, type TemplateResult } from 'lit';
import type { ChartData } from '../../charts/model.js';
import type { KeyFiguresData } from '../key-figure/key-figure.model.js';
import '../bar-chart/bar-chart.js';
import '../key-figure/key-figure.js';
import '../proportion-chart/proportion-chart.js';
import '../trend-chart/trend-chart.js';

export type Block =
  { kind: 'key-figures'; data: KeyFiguresData } | { kind: 'bar' | 'proportion' | 'trend'; data: ChartData };

export function renderBlock(block: Block, level: number, view: 'chart' | 'table'): TemplateResult {
  const headingLevel = Math.min(6, Math.max(1, level));
  switch (block.kind) {
    case 'key-figures':
      return html`<datamed-key-figure
        embedded
        heading-level=${headingLevel}
        .data=${block.data}
      ></datamed-key-figure>`;
    case 'bar':
      return html`<datamed-bar-chart
        embedded
        heading-level=${headingLevel}
        .view=${view}
        .data=${block.data}
      ></datamed-bar-chart>`;
    case 'proportion':
      return html`<datamed-proportion-chart
        embedded
        heading-level=${headingLevel}
        .view=${view}
        .data=${block.data}
      ></datamed-proportion-chart>`;
    case 'trend':
      return html`<datamed-trend-chart
        embedded
        heading-level=${headingLevel}
        .view=${view}
        .data=${block.data}
      ></datamed-trend-chart>`;
  }
}

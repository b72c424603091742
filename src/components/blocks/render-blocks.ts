/**
 * The blocks of a larger widget (the profile, medication errors; see src/adverse-effects/blocks.ts)
 * rendered as the matching elements, `embedded` so that they inherit the outer widget's theme and
 * leave the source line to it. Not an element: the composite widgets' shared part, which registers
 * the chart elements they draw with.
 */
import { html, type TemplateResult } from 'lit';
import type { Block } from '../../adverse-effects/blocks.js';
import '../bar-chart/bar-chart.js';
import '../key-figure/key-figure.js';
import '../proportion-chart/proportion-chart.js';
import '../trend-chart/trend-chart.js';

export type { Block };

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

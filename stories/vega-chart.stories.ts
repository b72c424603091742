import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  expectDemoBadge,
  openAndCloseDownloadMenu,
  retryAfterError,
  switchToTableAndBack,
} from './helpers/interactions.js';
import { mockFetch } from './helpers/mock-fetch.js';
import { LOADING, settleStory } from './helpers/settle.js';

type Args = { substance?: string; dataset?: string; source?: string; spec?: Record<string, unknown> };

const BAR = {
  mark: { type: 'bar', tooltip: true },
  encoding: {
    y: { field: 'category', type: 'nominal', sort: '-x', title: null },
    x: { field: 'count', type: 'quantitative', title: 'Cas' },
  },
};

const meta: Meta<Args> = {
  title: 'Éléments/Graphique Vega-Lite (datamed-vega-chart)',
  component: 'datamed-vega-chart',
  args: { substance: 'paracetamol', dataset: 'organ-classes', spec: BAR },
  render: ({ substance, dataset, source, spec }) =>
    html`<datamed-vega-chart
      substance=${ifDefined(substance)}
      dataset=${ifDefined(dataset)}
      source=${ifDefined(source)}
      .spec=${spec}
    ></datamed-vega-chart>`,
  beforeEach: () => mockFetch(),
  play: async (context) => {
    await settleStory(context);
    await drawnOrMessage(context.canvasElement);
  },
};

const vega = (canvas: HTMLElement) => canvas.querySelector('datamed-vega-chart')!.shadowRoot!;
/** Vega is loaded on demand: waits for its drawing, or for the message that replaces it. */
const drawnOrMessage = (canvas: HTMLElement) =>
  waitFor(
    () => expect(vega(canvas).querySelector('.vega-canvas svg, .state--error, .state--info')).toBeTruthy(),
    {
      timeout: 15_000,
    },
  );
export default meta;
type Story = StoryObj<Args>;

export const OrganClasses: Story = {
  tags: ['state:demo', 'state:many-items'],
  play: async (context) => {
    await meta.play!(context);
    await expectDemoBadge(vega(context.canvasElement));
    expect(vega(context.canvasElement).querySelector('.vega-canvas svg')).toBeTruthy();
  },
};

export const TableAndDownloads: Story = {
  play: async (context) => {
    await meta.play!(context);
    const root = vega(context.canvasElement);
    await switchToTableAndBack(context.canvasElement, root);
    await drawnOrMessage(context.canvasElement);
    await openAndCloseDownloadMenu(root);
  },
};

export const OneItem: Story = { tags: ['state:one-item'], args: { source: '/mock/fixture/one-item/' } };

export const LongLabels: Story = {
  tags: ['state:long-labels'],
  args: { substance: 'ibuprofene', source: '/mock/fixture/long-labels/' },
};

export const VeryLargeNumbers: Story = {
  tags: ['state:large-numbers'],
  args: { source: '/mock/fixture/large-numbers/' },
};

export const HiddenSmallCounts: Story = { tags: ['state:partial'], args: { substance: 'trientine' } };

export const TooFewCases: Story = { tags: ['state:too-few'], args: { substance: 'fampridine' } };

export const NoOrganClassData: Story = { tags: ['state:empty'], args: { substance: 'lanoline' } };

export const Loading: Story = { tags: ['state:loading'], ...LOADING };

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    await retryAfterError(canvasElement, vega(canvasElement));
    await drawnOrMessage(canvasElement);
    expect(vega(canvasElement).querySelector('.vega-canvas svg')).toBeTruthy();
  },
};

export const AgeAsDonut: Story = {
  args: {
    dataset: 'age',
    spec: {
      mark: { type: 'arc', innerRadius: 50 },
      encoding: {
        theta: { field: 'count', type: 'quantitative' },
        color: { field: 'category', type: 'nominal', sort: { field: 'order' } },
      },
    },
  },
};

export const SpecFromScriptChild: Story = {
  render: () =>
    html`<datamed-vega-chart substance="ibuprofene" dataset="years">
      <script type="application/json">
        {
          "mark": "line",
          "encoding": {
            "x": { "field": "category", "type": "ordinal" },
            "y": { "field": "count", "type": "quantitative" }
          }
        }
      </script>
    </datamed-vega-chart>`,
};

export const InvalidSpec: Story = { args: { spec: { mark: 'not-a-mark' } } };

export const UnknownDataset: Story = { args: { dataset: 'nope' } };

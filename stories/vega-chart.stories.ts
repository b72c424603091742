import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { settleAll } from './helpers/settle.js';

type Args = { substance?: string; dataset?: string; spec?: Record<string, unknown> };

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
  render: ({ substance, dataset, spec }) =>
    html`<datamed-vega-chart
      substance=${ifDefined(substance)}
      dataset=${ifDefined(dataset)}
      .spec=${spec}
    ></datamed-vega-chart>`,
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const el = canvasElement.querySelector('datamed-vega-chart')!;
    await waitFor(
      () =>
        expect(el.shadowRoot!.querySelector('.vega-canvas svg, .state--error, .state--info')).toBeTruthy(),
      { timeout: 15_000 },
    );
  },
};
export default meta;
type Story = StoryObj<Args>;

export const OrganClasses: Story = {};

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

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectLoading, settleAll } from './helpers/settle.js';

type Args = { substance?: string; source?: string };

const meta: Meta<Args> = {
  title: 'Éléments/Erreurs médicamenteuses (datamed-med-errors)',
  component: 'datamed-med-errors',
  args: { substance: 'methotrexate' },
  render: ({ substance, source }) =>
    html`<datamed-med-errors
      substance=${ifDefined(substance)}
      source=${ifDefined(source)}
    ></datamed-med-errors>`,
  beforeEach: () => mockFetch(),
  play: async ({ canvasElement }) => settleAll(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Paediatric: Story = { args: { substance: 'paracetamol' } };
export const NoMedicationErrorData: Story = { args: { substance: 'ibuprofene' } };
export const Loading: Story = {
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};
export const Unavailable: Story = { args: { source: '/mock/status/503/' } };

export const InEnglishDark: Story = { globals: { lang: 'en', theme: 'dark' } };

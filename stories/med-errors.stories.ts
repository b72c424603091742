import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectDemoBadge, retryAfterError } from './helpers/interactions.js';
import { LOADING, settleAll, settleStory } from './helpers/settle.js';

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
  play: settleStory,
};
export default meta;
type Story = StoryObj<Args>;

const medErrors = (canvas: HTMLElement) => canvas.querySelector('datamed-med-errors')!.shadowRoot!;

export const Default: Story = {
  tags: ['state:demo', 'state:partial'],
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await expectDemoBadge(medErrors(canvasElement));
  },
};

export const Paediatric: Story = { args: { substance: 'paracetamol' } };

export const NoMedicationErrorData: Story = { tags: ['state:empty'], args: { substance: 'ibuprofene' } };

export const TooFewCases: Story = { tags: ['state:too-few'], args: { source: '/mock/fixture/too-few/' } };

export const OneItem: Story = {
  tags: ['state:one-item'],
  args: { substance: 'paracetamol', source: '/mock/fixture/one-item/' },
};

export const ManyItems: Story = {
  tags: ['state:many-items'],
  args: { substance: 'paracetamol', source: '/mock/fixture/many-items/' },
};

export const LongLabels: Story = {
  tags: ['state:long-labels'],
  args: { substance: 'paracetamol', source: '/mock/fixture/long-labels/' },
};

export const VeryLargeNumbers: Story = {
  tags: ['state:large-numbers'],
  args: { substance: 'paracetamol', source: '/mock/fixture/large-numbers/' },
};

export const Loading: Story = { tags: ['state:loading'], ...LOADING };

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/' },
  play: async ({ canvasElement }) => retryAfterError(canvasElement, medErrors(canvasElement)),
};

export const Unavailable: Story = { args: { source: '/mock/status/503/' } };

export const InEnglishDark: Story = { globals: { lang: 'en', theme: 'dark' } };

/** A product's own medication errors (`cis`). */
export const ForAProduct: Story = {
  render: () => html`<datamed-med-errors cis="69999001"></datamed-med-errors>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectLoading, settleAll } from './helpers/settle.js';

/** The shortage figures: per year, closed share, ATC classes, causes, measures. */
type Args = { substance?: string; product?: string; atc?: string; source?: string };

const meta: Meta<Args> = {
  title: 'Éléments/Ruptures : chiffres (datamed-shortage-overview)',
  component: 'datamed-shortage-overview',
  render: ({ substance, product, atc, source }) =>
    html`<datamed-shortage-overview
      substance=${ifDefined(substance)}
      product=${ifDefined(product)}
      atc=${ifDefined(atc)}
      source=${ifDefined(source)}
    ></datamed-shortage-overview>`,
  beforeEach: () => mockFetch(),
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const el = canvasElement.querySelector('datamed-shortage-overview')!;
    // The charts inside settle too (the a11y check judges their final drawing).
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('datamed-bar-chart').length).toBe(3));
    await settleAll(el.shadowRoot as unknown as HTMLElement);
  },
};
export default meta;
type Story = StoryObj<Args>;

export const AllMedicines: Story = { args: {} };

export const Substance: Story = { args: { substance: 'paracetamol' } };

export const AtcClass: Story = { args: { atc: 'J' } };

export const NoShortageGoodNews: Story = {
  args: { substance: 'metformine' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const el = canvasElement.querySelector('datamed-shortage-overview')!;
    await waitFor(() => expect(el.shadowRoot!.textContent).toContain('bonne nouvelle'));
  },
};

export const Loading: Story = {
  args: { substance: 'paracetamol', source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};

export const Unavailable: Story = {
  args: { source: '/mock/status/503/' },
  play: async ({ canvasElement }) => settleAll(canvasElement),
};

export const InEnglishDark: Story = {
  args: { substance: 'amoxicilline' },
  globals: { lang: 'en', theme: 'dark' },
};

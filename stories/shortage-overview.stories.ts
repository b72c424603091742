import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectDemoBadge, retryAfterError } from './helpers/interactions.js';
import { expectLoading, settleAll, settleStory } from './helpers/settle.js';

/** The shortage figures: per year, closed share, ATC classes, causes, measures. */
type Args = { substance?: string; product?: string; atc?: string; year?: string; source?: string };

const meta: Meta<Args> = {
  title: 'Éléments/Ruptures : chiffres (datamed-shortage-overview)',
  component: 'datamed-shortage-overview',
  render: ({ substance, product, atc, year, source }) =>
    html`<datamed-shortage-overview
      substance=${ifDefined(substance)}
      product=${ifDefined(product)}
      atc=${ifDefined(atc)}
      year=${ifDefined(year)}
      source=${ifDefined(source)}
    ></datamed-shortage-overview>`,
  beforeEach: () => mockFetch(),
  play: async (context) => {
    await settleStory(context);
    const el = context.canvasElement.querySelector('datamed-shortage-overview')!;
    // The charts inside settle too (the a11y check judges their final drawing).
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('datamed-bar-chart').length).toBe(3));
    await settleAll(el.shadowRoot as unknown as HTMLElement);
  },
};
export default meta;
type Story = StoryObj<Args>;

const overview = (canvas: HTMLElement) => canvas.querySelector('datamed-shortage-overview')!.shadowRoot!;

export const AllMedicines: Story = {
  tags: ['state:scope-all', 'state:many-items', 'state:demo'],
  args: {},
  play: async (context) => {
    await meta.play!(context);
    await expectDemoBadge(overview(context.canvasElement));
  },
};

export const Substance: Story = { tags: ['state:scope-substance'], args: { substance: 'paracetamol' } };

export const Product: Story = { tags: ['state:scope-product'], args: { product: 'DOLIPRANE' } };

export const AtcClass: Story = { tags: ['state:scope-atc'], args: { atc: 'J' } };

export const OneDeclaration: Story = {
  tags: ['state:one-item'],
  args: { substance: 'amoxicilline', source: '/mock/fixture/one-item/' },
};

export const VeryLargeNumbers: Story = {
  tags: ['state:large-numbers'],
  args: { source: '/mock/fixture/large-numbers/' },
};

export const LongLabels: Story = {
  tags: ['state:long-labels'],
  args: { atc: 'J', source: '/mock/fixture/long-labels/' },
};

export const PartialDeclarations: Story = {
  tags: ['state:partial'],
  args: { substance: 'amoxicilline', source: '/mock/fixture/partial/' },
};

export const NoShortageGoodNews: Story = {
  tags: ['state:empty'],
  args: { substance: 'metformine' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(overview(canvasElement).textContent).toContain('bonne nouvelle'));
  },
};

export const Loading: Story = {
  tags: ['state:loading'],
  args: { substance: 'paracetamol', source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { substance: 'paracetamol', source: '/mock/once-500/' },
  play: async ({ canvasElement }) => retryAfterError(canvasElement, overview(canvasElement)),
};

export const Unavailable: Story = {
  args: { source: '/mock/status/503/' },
  play: async ({ canvasElement }) => settleAll(canvasElement),
};

export const InEnglishDark: Story = {
  args: { substance: 'amoxicilline' },
  globals: { lang: 'en', theme: 'dark' },
};

export const OnTablet: Story = { args: { atc: 'J' }, globals: { viewport: { value: 'tablet768' } } };

/** One year chosen with the selector: that year's split by classification in place of the per-year columns. */
const settleYear: Story['play'] = async (context) => {
  await settleStory(context);
  const el = context.canvasElement.querySelector('datamed-shortage-overview')!;
  await waitFor(() => expect(el.shadowRoot!.querySelectorAll('datamed-bar-chart').length).toBe(4));
  await settleAll(el.shadowRoot as unknown as HTMLElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('select')!.value).toBe(context.args.year));
};

export const YearSelected: Story = {
  args: { year: '2017' },
  play: settleYear,
};

export const YearSelectedInEnglish: Story = {
  args: { year: '2017' },
  globals: { lang: 'en' },
  play: settleYear,
};

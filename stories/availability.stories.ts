import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectDemoBadge, retryAfterError } from './helpers/interactions.js';
import { availabilityOf, storyProduct } from './helpers/products.js';
import { settleAll, settleStory } from './helpers/settle.js';
import type { ProductFile } from '../src/data/contract.js';

type Args = { cis?: string; source?: string; width?: number };

const meta: Meta<Args> = {
  title: 'Éléments/Disponibilité (datamed-availability)',
  component: 'datamed-availability',
  args: { cis: '69999004', width: 320 },
  render: ({ cis, source, width }) =>
    html`<div style="max-width: ${width ?? 320}px">
      <datamed-availability
        cis=${ifDefined(cis || undefined)}
        source=${ifDefined(source)}
      ></datamed-availability>
    </div>`,
  beforeEach: () => mockFetch(),
  play: settleStory,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('datamed-availability')!.shadowRoot!;
const status = (canvas: HTMLElement) => (root(canvas).querySelector('.status')?.textContent ?? '').trim();

/** A product file given by the page (the states the demo tree has not). */
const fromData =
  (data: ProductFile, width = 320) =>
  () =>
    html`<div style="max-width: ${width}px">
      <datamed-availability .data=${data}></datamed-availability>
    </div>`;

export const InShortage: Story = {
  tags: ['state:demo'],
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(status(canvasElement)).toBe('En rupture de stock'));
    await expectDemoBadge(root(canvasElement));
  },
};

export const ShortageRisk: Story = { args: { cis: '69999005' } };

export const AvailableAgain: Story = { args: { cis: '69999001' } };

export const Discontinued: Story = { args: { cis: '69999006' } };

export const Available: Story = { args: { cis: '69999002' } };

export const NotMarketed: Story = {
  render: fromData(storyProduct({ availability: availabilityOf('not-marketed') })),
};

/** Status and date only: no start, no expected return, no agency page. */
export const StatusOnly: Story = {
  tags: ['state:partial'],
  render: fromData(storyProduct({ availability: availabilityOf('risk') })),
};

export const NoAvailabilityInformation: Story = {
  tags: ['state:empty'],
  render: fromData(storyProduct()),
};

/** The longest product names of the database, in a 200 px sidebar. */
export const LongNameIn200px: Story = { tags: ['state:long-labels'], args: { cis: '69999003', width: 200 } };

export const ShortageIn200px: Story = { args: { width: 200 } };

export const Loading: Story = {
  tags: ['state:loading'],
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }) =>
    waitFor(() => expect(root(canvasElement).querySelector('.skeleton')).toBeTruthy()),
};

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    await retryAfterError(canvasElement, root(canvasElement));
    await waitFor(() => expect(status(canvasElement)).toBe('En rupture de stock'));
  },
};

export const NotFound: Story = { args: { cis: '69999999' } };

export const NotACisCode: Story = { args: { cis: '../index' } };

export const NoCis: Story = { args: { cis: '' } };

export const InEnglish: Story = { globals: { lang: 'en' } };

export const Dsfr: Story = { args: { cis: '69999005' }, globals: { theme: 'dsfr' } };

export const DsfrDarkInEnglish: Story = {
  args: { cis: '69999001' },
  globals: { lang: 'en', theme: 'dsfr dark' },
};

export const Dark: Story = { globals: { theme: 'dark' } };

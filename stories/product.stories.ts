import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectDemoBadge, retryAfterError } from './helpers/interactions.js';
import { availabilityOf, storyProduct } from './helpers/products.js';
import { settleAll, settleStory } from './helpers/settle.js';
import type { ProductFile } from '../src/data/contract.js';

type Args = { cis?: string; source?: string; sections?: string };

const meta: Meta<Args> = {
  title: 'Éléments/Médicament (datamed-product)',
  component: 'datamed-product',
  args: { cis: '69999001' },
  render: ({ cis, source, sections }) =>
    html`<datamed-product
      cis=${ifDefined(cis || undefined)}
      source=${ifDefined(source)}
      sections=${ifDefined(sections)}
    ></datamed-product>`,
  beforeEach: () => mockFetch(),
  play: settleStory,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('datamed-product')!.shadowRoot!;
const fromData = (data: ProductFile, sections?: string) => () =>
  html`<datamed-product .data=${data} sections=${ifDefined(sections)}></datamed-product>`;

/** Every section, from the demo tree: the profile, errors and timeline load on demand. */
export const Default: Story = {
  tags: ['state:demo', 'state:one-item', 'state:large-numbers'],
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await expectDemoBadge(root(canvasElement));
  },
};

/** Two active substances: a switch (tabs, arrow keys); the second has no adverse-effect data of ours. */
export const TwoSubstances: Story = {
  tags: ['state:long-labels'],
  args: { cis: '69999003', sections: 'description availability profile' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const tabs = [...root(canvasElement).querySelectorAll<HTMLElement>('[role="tab"]')];
    await expect(tabs).toHaveLength(2);
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(tabs[1]!.getAttribute('aria-selected')).toBe('true'));
  },
};

export const ManySubstances: Story = {
  tags: ['state:many-items'],
  render: fromData(
    storyProduct({
      substances: ['Paracétamol', 'Caféine', 'Codéine (phosphate de)', 'Acide ascorbique'].map((fr, i) => ({
        ...(i === 0 ? { code: 'paracetamol' } : {}),
        name: { fr },
        dosage: `${(i + 1) * 50} mg`,
        dosageReference: 'un comprimé',
      })),
    }),
    'description profile',
  ),
};

export const InShortageAvailabilityFirst: Story = {
  args: { cis: '69999004', sections: 'availability,description,profile' },
};

/** Treated patients and medication errors below the threshold: hidden, never shown. */
export const TooFewPatients: Story = {
  tags: ['state:too-few'],
  render: fromData(
    storyProduct({
      patients: { patientYears: { count: 7 }, usageLevel: 'very-low' },
      medicationErrors: { cases: { count: 4 } },
    }),
    'description patients med-errors',
  ),
};

/** A product the producer knows little of: no availability, no patients. */
export const Partial: Story = {
  tags: ['state:partial'],
  render: fromData(storyProduct(), 'description availability patients'),
};

export const NoSectionAsked: Story = { tags: ['state:empty'], args: { sections: 'nothing-known' } };

export const NotMarketed: Story = {
  render: fromData(
    storyProduct({ availability: availabilityOf('not-marketed') }),
    'availability description',
  ),
};

export const Loading: Story = {
  tags: ['state:loading'],
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }) =>
    waitFor(() => expect(root(canvasElement).querySelector('.skeleton')).toBeTruthy()),
};

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/', sections: 'description availability' },
  play: async ({ canvasElement }) => {
    await retryAfterError(canvasElement, root(canvasElement));
    await settleAll(canvasElement);
  },
};

export const NotFound: Story = { args: { cis: '69999999' } };

export const NoCis: Story = { args: { cis: '' } };

export const InEnglish: Story = {
  args: { sections: 'description availability patients' },
  globals: { lang: 'en' },
};

export const Dsfr: Story = {
  args: { cis: '69999005', sections: 'availability description patients' },
  globals: { theme: 'dsfr' },
};

export const OnPhone: Story = {
  args: { cis: '69999003', sections: 'description availability profile' },
  globals: { viewport: { value: 'mobile320' } },
};

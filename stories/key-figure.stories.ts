import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectDemoBadge, retryAfterError } from './helpers/interactions.js';
import { LOADING, settleAll, settleStory } from './helpers/settle.js';
import type { DatamedKeyFigure } from '../src/components/key-figure/key-figure.component.js';

type Args = { substance: string; scope?: string; source?: string; heading?: string };

const meta: Meta<Args> = {
  title: 'Éléments/Chiffres clés (datamed-key-figure)',
  component: 'datamed-key-figure',
  args: { substance: 'paracetamol' },
  render: ({ substance, scope, source, heading }) =>
    html`<datamed-key-figure
      substance=${ifDefined(substance || undefined)}
      scope=${ifDefined(scope)}
      source=${ifDefined(source)}
      heading=${ifDefined(heading)}
    ></datamed-key-figure>`,
  beforeEach: () => mockFetch(),
  play: settleStory,
};
export default meta;
type Story = StoryObj<Args>;

const shadowText = (root: HTMLElement) =>
  (root.querySelector('datamed-key-figure')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

export const Default: Story = {
  tags: ['state:demo'],
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(shadowText(canvasElement)).toMatch(/18\s412/u));
    await expectDemoBadge(canvasElement.querySelector('datamed-key-figure')!.shadowRoot!);
  },
};

export const VeryLargeNumbers: Story = {
  tags: ['state:large-numbers'],
  args: { substance: 'levothyroxine-sodique', source: '/mock/fixture/large-numbers/' },
};

export const LongNameWithApostrophe: Story = {
  tags: ['state:long-labels'],
  args: { substance: 'abacavir-sulfate' },
};

export const Loading: Story = { tags: ['state:loading'], ...LOADING };

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<DatamedKeyFigure>('datamed-key-figure')!;
    await retryAfterError(canvasElement, el.shadowRoot!);
    await waitFor(() => expect(shadowText(canvasElement)).toMatch(/18\s412/u));
  },
};

export const Unavailable: Story = { args: { source: '/mock/status/503/' } };

export const NotFound: Story = { args: { substance: 'substance-inconnue' } };

export const WrongDataVersion: Story = { args: { source: '/fixtures/wrong-version/' } };

export const InvalidFile: Story = { args: { source: '/fixtures/broken/' } };

export const TooFewCases: Story = {
  tags: ['state:too-few'],
  args: { substance: 'fampridine' },
};

export const ZeroCases: Story = {
  tags: ['state:empty'],
  args: { substance: 'lanoline' },
};

export const PartialData: Story = {
  tags: ['state:partial'],
  args: { substance: 'ivermectine' },
};

export const NoSubstance: Story = { args: { substance: '' } };

/** Figures a page computes itself, given through `.data` (plain text, never HTML). */
const fromData = (figures: { label: string; value: string; detail?: string }[]) => () => {
  const el = document.createElement('datamed-key-figure');
  el.data = { heading: 'Chiffres fournis par la page (<b>texte brut</b>)', figures };
  return el;
};

export const OneFigureFromDataProperty: Story = {
  tags: ['state:one-item'],
  render: fromData([{ label: 'Déclarations reçues', value: '942' }]),
};

export const ManyFiguresFromDataProperty: Story = {
  tags: ['state:many-items'],
  render: fromData([
    { label: 'Déclarations reçues', value: '1 234 567 890', detail: 'Un très grand nombre reste lisible' },
    {
      label: 'Libellé très long qui doit passer à la ligne sans déborder de son cadre à 320 pixels',
      value: '42',
    },
    ...['Cas graves', 'Décès', 'Hospitalisations', 'Femmes', 'Hommes', 'Moins de 20 ans'].map((label, i) => ({
      label,
      value: String(120 + i * 37),
    })),
  ]),
};

export const InEnglish: Story = { globals: { lang: 'en' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const OnPhone: Story = { globals: { viewport: { value: 'mobile320' } } };

/** The reported cases of all medicines: no reporting rate nor usage level. */
export const AllMedicines: Story = {
  tags: ['state:scope-all'],
  args: { substance: '', scope: 'all' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(shadowText(canvasElement)).toMatch(/215\s480/u));
  },
};

/** A product's figures (`cis`): availability, shortage declarations, usage level. */
export const ForAProduct: Story = {
  render: () => html`<datamed-key-figure cis="69999004"></datamed-key-figure>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectLoading, settleAll } from './helpers/settle.js';
import type { DatamedKeyFigure } from '../src/components/key-figure/key-figure.component.js';

type Args = { substance: string; source?: string; heading?: string };

const meta: Meta<Args> = {
  title: 'Éléments/Chiffres clés (datamed-key-figure)',
  component: 'datamed-key-figure',
  args: { substance: 'paracetamol' },
  render: ({ substance, source, heading }) =>
    html`<datamed-key-figure
      substance=${ifDefined(substance || undefined)}
      source=${ifDefined(source)}
      heading=${ifDefined(heading)}
    ></datamed-key-figure>`,
  beforeEach: () => mockFetch(),
  play: async ({ canvasElement }) => settleAll(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

const shadowText = (root: HTMLElement) =>
  (root.querySelector('datamed-key-figure')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(shadowText(canvasElement)).toMatch(/18\s412/u));
  },
};

export const VeryLargeNumbers: Story = { args: { substance: 'levothyroxine-sodique' } };

export const LongNameWithApostrophe: Story = { args: { substance: 'abacavir-sulfate' } };

export const Loading: Story = {
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};

export const ServerErrorThenRetry: Story = {
  args: { source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<DatamedKeyFigure>('datamed-key-figure')!;
    const retry = await waitFor(() => {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]');
      expect(button).toBeTruthy();
      return button!;
    });
    retry.click();
    await settleAll(canvasElement);
    await waitFor(() => expect(shadowText(canvasElement)).toMatch(/18\s412/u));
  },
};

export const Unavailable: Story = { args: { source: '/mock/status/503/' } };

export const NotFound: Story = { args: { substance: 'substance-inconnue' } };

export const WrongDataVersion: Story = { args: { source: '/fixtures/wrong-version/' } };

export const InvalidFile: Story = { args: { source: '/fixtures/broken/' } };

export const TooFewCases: Story = { args: { substance: 'fampridine' } };

export const ZeroCases: Story = { args: { substance: 'lanoline' } };

export const PartialData: Story = { args: { substance: 'ivermectine' } };

export const NoSubstance: Story = { args: { substance: '' } };

export const FromDataProperty: Story = {
  render: () => {
    const el = document.createElement('datamed-key-figure');
    el.data = {
      heading: 'Chiffres fournis par la page (<b>texte brut</b>)',
      figures: [
        {
          label: 'Déclarations reçues',
          value: '1 234 567 890',
          detail: 'Un très grand nombre reste lisible',
        },
        {
          label: 'Libellé très long qui doit passer à la ligne sans déborder de son cadre à 320 pixels',
          value: '42',
        },
      ],
    };
    return el;
  },
};

export const InEnglish: Story = { globals: { lang: 'en' } };

export const Dark: Story = { globals: { theme: 'dark' } };

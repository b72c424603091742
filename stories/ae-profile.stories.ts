import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectLoading, settleAll } from './helpers/settle.js';

type Args = {
  substance?: string;
  compare?: string;
  sections?: string;
  source?: string;
  view?: 'chart' | 'table';
};

const meta: Meta<Args> = {
  title: 'Éléments/Profil des effets indésirables (datamed-ae-profile)',
  component: 'datamed-ae-profile',
  args: { substance: 'paracetamol' },
  render: ({ substance, compare, sections, source, view }) =>
    html`<datamed-ae-profile
      substance=${ifDefined(substance)}
      compare=${ifDefined(compare)}
      sections=${ifDefined(sections)}
      source=${ifDefined(source)}
      view=${ifDefined(view)}
    ></datamed-ae-profile>`,
  beforeEach: () => mockFetch(),
  play: async ({ canvasElement }) => settleAll(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

const profile = (canvas: HTMLElement) => canvas.querySelector('datamed-ae-profile')!;

export const Complete: Story = {};

export const CompareTwoSubstances: Story = { args: { substance: 'ibuprofene', compare: 'paracetamol' } };

export const SomeSectionsInOrder: Story = { args: { sections: 'trend organs sex' } };

export const TablesFirst: Story = { args: { sections: 'sex age', view: 'table' } };

export const OrganClassDrillDown: Story = {
  args: { sections: 'organs' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const chart = profile(canvasElement).shadowRoot!.querySelector('datamed-bar-chart')!;
    const root = chart.shadowRoot!;
    await waitFor(() => expect(root.querySelector('.mark')).toBeTruthy());
    // Hepatobiliary disorders have sub-groups in the demo data.
    const marks = [...root.querySelectorAll<SVGGElement>('.mark')];
    const withDetails = marks.find((m) => m.getAttribute('aria-label')?.includes('détail'))!;
    withDetails.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('.back')).toBeTruthy());
    await settleAll(canvasElement);
  },
};

export const LargeNumbersAndUnknownSex: Story = { args: { substance: 'levothyroxine-sodique' } };

export const FinerAgeBandsAndLongName: Story = {
  args: { substance: 'vaccin-pneumococcique-conjugue-13-valent' },
};

export const HiddenSmallCounts: Story = { args: { substance: 'trientine' } };

export const PartialData: Story = { args: { substance: 'ivermectine' } };

export const TooFewCases: Story = { args: { substance: 'fampridine' } };

export const NoCase: Story = { args: { substance: 'lanoline' } };

export const CompareWithUnknownSubstance: Story = {
  args: { substance: 'ibuprofene', compare: 'substance-inconnue', sections: 'sex age' },
};

export const Loading: Story = {
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};

export const ServerErrorThenRetry: Story = {
  args: { source: '/mock/once-500/', sections: 'sex' },
  play: async ({ canvasElement }) => {
    const root = profile(canvasElement).shadowRoot!;
    const retry = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('button[part="retry"]');
      expect(button).toBeTruthy();
      return button!;
    });
    await userEvent.click(retry);
    await settleAll(canvasElement);
    await waitFor(() => expect(root.querySelector('datamed-proportion-chart')).toBeTruthy());
  },
};

export const NotFound: Story = { args: { substance: 'substance-inconnue' } };

export const InvalidFile: Story = { args: { source: '/fixtures/broken/' } };

export const NoSubstance: Story = { args: { substance: undefined } };

export const CompleteInEnglish: Story = { globals: { lang: 'en' } };

export const CompleteDark: Story = { globals: { theme: 'dark' } };

export const CompareDsfrDarkInEnglish: Story = {
  args: { substance: 'ibuprofene', compare: 'paracetamol', sections: 'sex age organs' },
  globals: { lang: 'en', theme: 'dsfr dark' },
};

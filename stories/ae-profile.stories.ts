import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import {
  expectDemoBadge,
  openAndCloseDownloadMenu,
  retryAfterError,
  switchToTableAndBack,
} from './helpers/interactions.js';
import { LOADING, settleAll, settleStory } from './helpers/settle.js';

type Args = {
  substance?: string;
  compare?: string;
  scope?: string;
  sections?: string;
  source?: string;
  view?: 'chart' | 'table';
};

const meta: Meta<Args> = {
  title: 'Éléments/Profil des effets indésirables (datamed-ae-profile)',
  component: 'datamed-ae-profile',
  args: { substance: 'paracetamol' },
  render: ({ substance, compare, scope, sections, source, view }) =>
    html`<datamed-ae-profile
      substance=${ifDefined(substance)}
      compare=${ifDefined(compare)}
      scope=${ifDefined(scope)}
      sections=${ifDefined(sections)}
      source=${ifDefined(source)}
      view=${ifDefined(view)}
    ></datamed-ae-profile>`,
  beforeEach: () => mockFetch(),
  play: settleStory,
};
export default meta;
type Story = StoryObj<Args>;

const profile = (canvas: HTMLElement) => canvas.querySelector('datamed-ae-profile')!;

export const Complete: Story = {
  tags: ['state:demo', 'state:many-items'],
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await expectDemoBadge(profile(canvasElement).shadowRoot!);
  },
};

export const CompareTwoSubstances: Story = {
  tags: ['state:compare'],
  args: { substance: 'ibuprofene', compare: 'paracetamol' },
};

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

/** Inside the profile, each section's chart has its own chart / table switch and download menu. */
export const SectionTableAndDownloads: Story = {
  args: { sections: 'sex' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const chart = profile(canvasElement).shadowRoot!.querySelector('datamed-proportion-chart')!;
    await switchToTableAndBack(canvasElement, chart.shadowRoot!);
    await openAndCloseDownloadMenu(chart.shadowRoot!);
  },
};

export const LargeNumbersAndUnknownSex: Story = { args: { substance: 'levothyroxine-sodique' } };

export const FinerAgeBandsAndLongName: Story = {
  tags: ['state:long-labels'],
  args: { substance: 'vaccin-pneumococcique-conjugue-13-valent' },
};

export const HiddenSmallCounts: Story = { args: { substance: 'trientine' } };

export const PartialData: Story = {
  tags: ['state:partial'],
  args: { substance: 'ivermectine' },
};

export const TooFewCases: Story = {
  tags: ['state:too-few'],
  args: { substance: 'fampridine' },
};

export const NoCase: Story = {
  tags: ['state:empty'],
  args: { substance: 'lanoline' },
};

export const CompareWithUnknownSubstance: Story = {
  args: { substance: 'ibuprofene', compare: 'substance-inconnue', sections: 'sex age' },
};

/** A name as a webmaster types it: a brand name shows its substance. */
export const BrandName: Story = {
  args: { substance: 'Doliprane', sections: 'key-figures sex' },
};

/** An unknown name: the closest substances, as buttons that switch the profile. */
export const UnknownNameWithSuggestions: Story = {
  args: { substance: 'lévothyroxine', sections: 'sex' },
  play: async ({ canvasElement }) => {
    const root = profile(canvasElement).shadowRoot!;
    const choice = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('[part="choice"]');
      expect(button?.textContent).toContain('Lévothyroxine sodique');
      return button!;
    });
    await userEvent.click(choice);
    await waitFor(() => expect(root.querySelector('datamed-proportion-chart')).toBeTruthy());
  },
};

export const Loading: Story = { tags: ['state:loading'], ...LOADING };

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/', sections: 'sex' },
  play: async ({ canvasElement }) => {
    const root = profile(canvasElement).shadowRoot!;
    await retryAfterError(canvasElement, root);
    await waitFor(() => expect(root.querySelector('datamed-proportion-chart')).toBeTruthy());
  },
};

export const VeryLargeNumbers: Story = {
  tags: ['state:large-numbers'],
  args: { source: '/mock/fixture/large-numbers/', sections: 'key-figures sex age trend' },
};

export const OneItemPerChart: Story = {
  tags: ['state:one-item'],
  args: { source: '/mock/fixture/one-item/' },
};

export const LongLabels: Story = {
  tags: ['state:long-labels'],
  args: { source: '/mock/fixture/long-labels/', sections: 'key-figures age organs' },
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

/** The compare view on a 320 px phone: labels above the bars, nothing overflows. */
export const CompareOnPhone: Story = {
  args: { substance: 'ibuprofene', compare: 'paracetamol', sections: 'sex age organs' },
  globals: { viewport: { value: 'mobile320' } },
};

/** All medicines (DataMed's all-medicines page): no treated patients nor reporting rate. */
export const AllMedicines: Story = {
  tags: ['state:scope-all'],
  args: { substance: undefined, scope: 'all' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const root = profile(canvasElement).shadowRoot!;
    await waitFor(() =>
      expect(root.querySelector('[role="heading"]')?.textContent).toContain('tous les médicaments'),
    );
  },
};

export const AllMedicinesInEnglish: Story = {
  args: { substance: undefined, scope: 'all' },
  globals: { lang: 'en' },
};

/** As `datamed-build` publishes it: sums of the substance files, said under every chart. */
export const AllMedicinesSubstanceSums: Story = {
  args: {
    substance: undefined,
    scope: 'all',
    source: '/mock/fixture/substance-sums/',
    sections: 'key-figures sex age',
  },
};

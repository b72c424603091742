import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stackedYears, years } from '../test/helpers/chart-data.js';
import {
  chartStories,
  DEMO_PROVENANCE,
  demoBadgePlay,
  designerPlay,
  INVALID_DATA,
  type ChartArgs,
} from './helpers/charts.js';

/** Columns over time, fed through `.data`; stacked when a whole is split (shortages per year). */
const meta: Meta<ChartArgs> = {
  title: 'Briques/Évolution (datamed-trend-chart)',
  component: 'datamed-trend-chart',
  ...chartStories('datamed-trend-chart'),
};
export default meta;
type Story = StoryObj<ChartArgs>;

export const Default: Story = { args: { data: years() } };

export const DemoData: Story = {
  tags: ['state:demo'],
  args: { data: years({ provenance: DEMO_PROVENANCE }) },
  play: demoBadgePlay,
};

export const KeyboardTableAndDownloads: Story = {
  args: { data: years() },
  play: designerPlay(/2015/),
};

export const Stacked: Story = { args: { data: stackedYears() } };

export const OneItem: Story = {
  tags: ['state:one-item'],
  args: { data: years({ categories: [{ key: '2023', label: '2023', values: [{ count: 190 }] }] }) },
};

export const ManyYearsVeryLargeNumbersPartial: Story = {
  tags: ['state:many-items', 'state:large-numbers', 'state:partial'],
  args: {
    data: years({
      categories: Array.from({ length: 20 }, (_, i) => ({
        key: String(2005 + i),
        label: String(2005 + i),
        values: [{ count: i === 4 ? null : 1_000_000 + i * 123_457 }],
      })),
    }),
  },
};

export const LongLabels: Story = {
  tags: ['state:long-labels'],
  args: {
    data: years({
      heading: 'Évolution du nombre de cas déclarés chaque année pour une substance au nom très long',
      categories: ['1er semestre 2022', '2e semestre 2022', '1er semestre 2023', '2e semestre 2023'].map(
        (label, i) => ({ key: String(i), label, values: [{ count: 150 + i * 20 }] }),
      ),
    }),
  },
};

export const AllHiddenTooFewCases: Story = {
  tags: ['state:too-few'],
  args: {
    data: years({
      categories: [2021, 2022, 2023].map((y) => ({
        key: String(y),
        label: String(y),
        values: [{ count: null }],
      })),
    }),
  },
};

export const Empty: Story = { tags: ['state:empty'], args: { data: years({ categories: [] }) } };

export const InvalidData: Story = { tags: ['state:error'], args: { data: INVALID_DATA } };

export const DarkDsfrInEnglish: Story = {
  args: { data: years() },
  globals: { lang: 'en', theme: 'dsfr dark' },
};

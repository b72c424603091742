import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sexes } from '../test/helpers/chart-data.js';
import {
  chartStories,
  DEMO_PROVENANCE,
  demoBadgePlay,
  designerPlay,
  INVALID_DATA,
  type ChartArgs,
} from './helpers/charts.js';

/** 100 % bars (one per series), fed through `.data`: shares of a whole, e.g. cases by sex. */
const meta: Meta<ChartArgs> = {
  title: 'Briques/Proportions (datamed-proportion-chart)',
  component: 'datamed-proportion-chart',
  ...chartStories('datamed-proportion-chart'),
};
export default meta;
type Story = StoryObj<ChartArgs>;

export const Default: Story = { tags: ['state:partial'], args: { data: sexes() } };

export const DemoData: Story = {
  tags: ['state:demo'],
  args: { data: sexes({ provenance: DEMO_PROVENANCE }) },
  play: demoBadgePlay,
};

export const KeyboardTableAndDownloads: Story = {
  args: { data: sexes() },
  play: designerPlay(/Femmes|Hommes/),
};

export const OneItem: Story = {
  tags: ['state:one-item'],
  args: {
    data: sexes({
      series: [{ key: 'cases', label: 'Cas déclarés', total: 942 }],
      categories: [{ key: 'female', label: 'Femmes', values: [{ count: 942 }] }],
    }),
  },
};

export const ManyItemsLongLabelsLargeNumbers: Story = {
  tags: ['state:many-items', 'state:long-labels', 'state:large-numbers'],
  args: {
    data: sexes({
      series: [{ key: 'cases', label: 'Déclarations reçues par les centres régionaux de pharmacovigilance' }],
      categories: Array.from({ length: 9 }, (_, i) => ({
        key: `k${i}`,
        label: `Tranche d’âge n° ${i + 1}, libellé long qui doit passer à la ligne`,
        values: [{ count: 1_250_000 * (i + 1) }],
      })),
    }),
  },
};

export const AllHiddenTooFewCases: Story = {
  tags: ['state:too-few'],
  args: {
    data: sexes({
      series: [{ key: 'cases', label: 'Cas déclarés' }],
      categories: [
        { key: 'female', label: 'Femmes', values: [{ count: null }] },
        { key: 'male', label: 'Hommes', values: [{ count: null }] },
      ],
    }),
  },
};

export const Empty: Story = { tags: ['state:empty'], args: { data: sexes({ categories: [] }) } };

export const InvalidData: Story = { tags: ['state:error'], args: { data: INVALID_DATA } };

export const TableFirst: Story = { args: { data: sexes(), view: 'table' } };

export const EnglishDsfr: Story = { args: { data: sexes() }, globals: { lang: 'en', theme: 'dsfr' } };

export const ForcedColoursPreview: Story = { args: { data: sexes() }, globals: { theme: 'forced' } };

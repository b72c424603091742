import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { organClasses } from '../test/helpers/chart-data.js';
import {
  chartRoot,
  chartStories,
  DEMO_PROVENANCE,
  demoBadgePlay,
  INVALID_DATA,
  type ChartArgs,
} from './helpers/charts.js';
import {
  keyboardThroughMarks,
  openAndCloseDownloadMenu,
  switchToTableAndBack,
} from './helpers/interactions.js';
import { settleAll } from './helpers/settle.js';

/**
 * Horizontal bars, fed through `.data`: keyboard navigable, table view, text summary, download
 * menu, drill-down into sub-groups.
 */
const meta: Meta<ChartArgs> = {
  title: 'Briques/Barres (datamed-bar-chart)',
  component: 'datamed-bar-chart',
  ...chartStories('datamed-bar-chart'),
};
export default meta;
type Story = StoryObj<ChartArgs>;

export const Default: Story = { tags: ['state:partial'], args: { data: organClasses() } };

export const DemoData: Story = {
  tags: ['state:demo'],
  args: { data: organClasses({ provenance: DEMO_PROVENANCE }) },
  play: demoBadgePlay,
};

export const KeyboardAndTooltip: Story = {
  args: { data: organClasses() },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await keyboardThroughMarks(chartRoot(canvasElement), 'gastro-intestinales');
  },
};

export const DrillDown: Story = {
  args: { data: organClasses() },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const root = chartRoot(canvasElement);
    await waitFor(() => expect(root.querySelector('.mark')).toBeTruthy());
    root.querySelector<SVGGElement>('.mark')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('.back')).toBeTruthy());
    expect(root.querySelectorAll('.mark')).toHaveLength(2);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.back')!);
    await waitFor(() => expect(root.querySelectorAll('.mark')).toHaveLength(4));
  },
};

export const ChartTableSwitch: Story = {
  args: { data: organClasses() },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await switchToTableAndBack(canvasElement, chartRoot(canvasElement));
  },
};

export const DownloadMenu: Story = {
  args: { data: organClasses() },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await openAndCloseDownloadMenu(chartRoot(canvasElement));
  },
};

export const TableFirst: Story = { args: { data: organClasses(), view: 'table' } };

export const Compare: Story = {
  tags: ['state:compare'],
  args: {
    data: (() => {
      const d = organClasses({
        series: [
          { key: 'a', label: 'Paracétamol', base: 942 },
          { key: 'b', label: 'Ibuprofène', base: 500, role: 'compare' },
        ],
      });
      d.categories = d.categories.map(({ children: _children, ...c }, i) => ({
        ...c,
        values: [c.values[0]!, { count: [50, null, 80, 20][i]!, share: [0.1, 0, 0.16, 0.04][i]! }],
      }));
      return d;
    })(),
  },
};

export const OneItem: Story = {
  tags: ['state:one-item'],
  args: {
    data: organClasses({
      categories: [{ key: 'x', label: 'Affections cardiaques', values: [{ count: 12, share: 1 }] }],
    }),
  },
};

export const ManyItemsLongLabelsLargeNumbers: Story = {
  tags: ['state:many-items', 'state:long-labels', 'state:large-numbers'],
  args: {
    data: organClasses({
      categories: Array.from({ length: 27 }, (_, i) => ({
        key: `k${i}`,
        label:
          i % 3 === 0
            ? `Tumeurs bénignes, malignes et non précisées (incl kystes et polypes) n° ${i}`
            : `Classe d’organes ${i}`,
        values: [
          { count: i === 26 ? null : 2_000_000 - i * 70_000, share: (2_000_000 - i * 70_000) / 4_000_000 },
        ],
      })),
    }),
  },
};

export const AllHiddenTooFewCases: Story = {
  tags: ['state:too-few'],
  args: { data: organClasses({ categories: [{ key: 'x', label: 'X', values: [{ count: null }] }] }) },
};

export const Empty: Story = { tags: ['state:empty'], args: { data: organClasses({ categories: [] }) } };

export const InvalidData: Story = { tags: ['state:error'], args: { data: INVALID_DATA } };

export const EnglishDark: Story = { args: { data: organClasses() }, globals: { lang: 'en', theme: 'dark' } };

export const ForcedColoursPreview: Story = { args: { data: organClasses() }, globals: { theme: 'forced' } };

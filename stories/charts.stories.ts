import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChartData } from '../src/charts/model.js';
import { organClasses, sexes, years } from '../test/helpers/chart-data.js';
import { settleAll } from './helpers/settle.js';

/**
 * The chart building blocks, fed through `.data`. Each is keyboard navigable, has a table view,
 * a text summary and a download menu.
 */
type Args = {
  tag: 'datamed-bar-chart' | 'datamed-proportion-chart' | 'datamed-trend-chart';
  data: ChartData;
  view?: 'chart' | 'table';
};

const meta: Meta<Args> = {
  title: 'Briques/Graphiques',
  render: ({ tag, data, view }) => {
    const el = document.createElement(tag);
    el.data = data;
    if (view) el.view = view;
    return html`${el}`;
  },
  play: async ({ canvasElement }) => settleAll(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

const chartOf = (canvas: HTMLElement) =>
  canvas.querySelector<HTMLElement>('datamed-bar-chart, datamed-proportion-chart, datamed-trend-chart')!;
const shadow = (canvas: HTMLElement) => chartOf(canvas).shadowRoot!;

export const BarChart: Story = { args: { tag: 'datamed-bar-chart', data: organClasses() } };

export const BarChartKeyboard: Story = {
  args: { tag: 'datamed-bar-chart', data: organClasses() },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('.mark')).toBeTruthy());
    root.querySelector<SVGGElement>('.mark')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(root.querySelector('.tooltip')?.textContent).toContain('gastro-intestinales'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(root.querySelector('.tooltip')).toBeNull());
  },
};

export const BarChartDrillDown: Story = {
  args: { tag: 'datamed-bar-chart', data: organClasses() },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('.mark')).toBeTruthy());
    root.querySelector<SVGGElement>('.mark')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('.back')).toBeTruthy());
    expect(root.querySelectorAll('.mark')).toHaveLength(2);
  },
};

export const BarChartTable: Story = {
  args: { tag: 'datamed-bar-chart', data: organClasses(), view: 'table' },
};

export const BarChartCompare: Story = {
  args: {
    tag: 'datamed-bar-chart',
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

export const BarChartOneItem: Story = {
  args: {
    tag: 'datamed-bar-chart',
    data: organClasses({
      categories: [{ key: 'x', label: 'Affections cardiaques', values: [{ count: 12, share: 1 }] }],
    }),
  },
};

export const BarChartManyItemsLongLabels: Story = {
  args: {
    tag: 'datamed-bar-chart',
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

export const BarChartAllHidden: Story = {
  args: {
    tag: 'datamed-bar-chart',
    data: organClasses({ categories: [{ key: 'x', label: 'X', values: [{ count: null }] }] }),
  },
};

export const BarChartEmpty: Story = {
  args: { tag: 'datamed-bar-chart', data: organClasses({ categories: [] }) },
};

export const ProportionChart: Story = { args: { tag: 'datamed-proportion-chart', data: sexes() } };

export const ProportionChartOneSeries: Story = {
  args: {
    tag: 'datamed-proportion-chart',
    data: sexes({ series: [{ key: 'cases', label: 'Cas déclarés', total: 942 }] }),
  },
};

export const TrendChart: Story = { args: { tag: 'datamed-trend-chart', data: years() } };

export const TrendChartManyYearsVeryLargeNumbers: Story = {
  args: {
    tag: 'datamed-trend-chart',
    data: years({
      categories: Array.from({ length: 20 }, (_, i) => ({
        key: String(2005 + i),
        label: String(2005 + i),
        values: [{ count: i === 4 ? null : 1_000_000 + i * 123_457 }],
      })),
    }),
  },
};

export const BarChartEnglishDark: Story = {
  args: { tag: 'datamed-bar-chart', data: organClasses() },
  globals: { lang: 'en', theme: 'dark' },
};

export const ProportionChartForcedColoursPreview: Story = {
  args: { tag: 'datamed-proportion-chart', data: sexes() },
  globals: { theme: 'forced' },
};

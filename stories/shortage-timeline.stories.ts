import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ShortagesFile } from '../src/data/contract.js';
import type { DatamedShortageTimeline } from '../src/components/shortage-timeline/shortage-timeline.component.js';
import { declaration, mixedDeclarations, shortagesFile } from '../test/helpers/shortages.js';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectLoading, settleAll } from './helpers/settle.js';

/**
 * Shortage declarations over time, for every scope and state. Each story is an accessibility test.
 */
type Args = {
  substance?: string;
  product?: string;
  atc?: string;
  source?: string;
  view?: 'chart' | 'table';
  data?: ShortagesFile;
};

const meta: Meta<Args> = {
  title: 'Éléments/Ruptures : chronologie (datamed-shortage-timeline)',
  component: 'datamed-shortage-timeline',
  render: ({ substance, product, atc, source, view, data }) =>
    html`<datamed-shortage-timeline
      substance=${ifDefined(substance)}
      product=${ifDefined(product)}
      atc=${ifDefined(atc)}
      source=${ifDefined(source)}
      view=${ifDefined(view)}
      .data=${data}
    ></datamed-shortage-timeline>`,
  beforeEach: () => mockFetch(),
  play: async ({ canvasElement }) => settleAll(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

const timelineOf = (canvas: HTMLElement) =>
  canvas.querySelector<DatamedShortageTimeline>('datamed-shortage-timeline')!;
const shadow = (canvas: HTMLElement) => timelineOf(canvas).shadowRoot!;
const drawn = async (canvas: HTMLElement) => {
  await settleAll(canvas);
  await waitFor(() => expect(shadow(canvas).querySelector('.bar-mark')).toBeTruthy());
  return shadow(canvas);
};

export const Substance: Story = { args: { substance: 'amoxicilline' } };

export const Product: Story = { args: { product: 'DOLIPRANE' } };

export const AtcClass: Story = { args: { atc: 'J01' } };

export const AllMedicines: Story = { args: {} };

export const OneDeclaration: Story = {
  args: { data: shortagesFile([declaration({ product: 'LYRICA 25 mg, gélule' })]) },
};

export const EveryKindOfBar: Story = { args: { data: shortagesFile(mixedDeclarations()) } };

export const NoShortageGoodNews: Story = {
  args: { substance: 'metformine' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).textContent).toContain('bonne nouvelle'));
  },
};

export const Loading: Story = {
  args: { substance: 'amoxicilline', source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};

export const ServerErrorThenRetry: Story = {
  args: { substance: 'amoxicilline', source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const retry = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('button[part="retry"]');
      expect(button).toBeTruthy();
      return button!;
    });
    retry.click();
    await drawn(canvasElement);
  },
};

export const InvalidAtcCode: Story = { args: { atc: '../J01' } };

export const TableView: Story = { args: { atc: 'J01', view: 'table' } };

export const KeyboardAndDetails: Story = {
  args: { substance: 'paracetamol' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    root.querySelector<SVGGElement>('.bar-mark[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.querySelector('.tooltip')).toBeTruthy());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.activeElement?.classList.contains('details')).toBe(true));
  },
};

export const Filtered: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const boxes = root.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]');
    await userEvent.click(boxes[0]!);
    await waitFor(() => expect(root.querySelector('.reset')).toBeTruthy());
  },
};

export const HostileNames: Story = {
  args: {
    data: shortagesFile([
      declaration({
        product: '<img src=x onerror=alert(1)> \u202Eevil',
        substance: '<script>alert(1)</script>',
        causeText: '<b>bold</b>',
        cause: 'other',
      }),
    ]),
  },
};

export const ForcedColours: Story = {
  args: { substance: 'amoxicilline' },
  globals: { theme: 'forced' },
};

export const InEnglish: Story = { args: { atc: 'J01' }, globals: { lang: 'en' } };

export const DarkTheme: Story = { args: { substance: 'paracetamol' }, globals: { theme: 'dark' } };

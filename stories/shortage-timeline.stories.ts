import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ShortagesFile } from '../src/data/contract.js';
import type { DatamedShortageTimeline } from '../src/components/shortage-timeline/shortage-timeline.component.js';
import { declaration, mixedDeclarations, shortagesFile } from '../test/helpers/shortages.js';
import { mockFetch } from './helpers/mock-fetch.js';
import { expectDemoBadge, retryAfterError } from './helpers/interactions.js';
import { expectLoading, settleAll, settleStory } from './helpers/settle.js';

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
  play: settleStory,
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

export const Substance: Story = {
  tags: ['state:scope-substance'],
  args: { substance: 'amoxicilline' },
};

export const Product: Story = {
  tags: ['state:scope-product'],
  args: { product: 'DOLIPRANE' },
};

export const AtcClass: Story = {
  tags: ['state:scope-atc'],
  args: { atc: 'J01' },
};

export const AllMedicines: Story = {
  tags: ['state:scope-all', 'state:many-items', 'state:demo'],
  args: {},
  play: async ({ canvasElement }) => {
    await expectDemoBadge(await drawn(canvasElement));
  },
};

export const VeryLargeNumbers: Story = {
  tags: ['state:large-numbers'],
  args: { source: '/mock/fixture/large-numbers/' },
};

export const LongLabels: Story = {
  tags: ['state:long-labels'],
  args: { atc: 'J01', source: '/mock/fixture/long-labels/' },
};

export const PartialDeclarations: Story = {
  tags: ['state:partial'],
  args: { substance: 'amoxicilline', source: '/mock/fixture/partial/' },
};

export const OneDeclaration: Story = {
  tags: ['state:one-item'],
  args: { data: shortagesFile([declaration({ product: 'LYRICA 25 mg, gélule' })]) },
};

export const EveryKindOfBar: Story = { args: { data: shortagesFile(mixedDeclarations()) } };

export const NoShortageGoodNews: Story = {
  tags: ['state:empty'],
  args: { substance: 'metformine' },
  play: async ({ canvasElement }) => {
    await settleAll(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).textContent).toContain('bonne nouvelle'));
  },
};

export const Loading: Story = {
  tags: ['state:loading'],
  args: { substance: 'amoxicilline', source: '/mock/hang/' },
  play: async ({ canvasElement }) => expectLoading(canvasElement),
};

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { substance: 'amoxicilline', source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    await retryAfterError(canvasElement, shadow(canvasElement));
    await drawn(canvasElement);
  },
};

/** The zoom buttons: in, then earlier, then the whole period again. */
export const ZoomAndPan: Story = {
  args: { substance: 'paracetamol' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const timeline = timelineOf(canvasElement);
    const whole = timeline.period!;
    const days = (p: { start: string; end: string }) =>
      (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
    const [, zoomIn, earlier, , all] = root.querySelectorAll<HTMLButtonElement>('.zoom-button');
    await userEvent.click(zoomIn!);
    await waitFor(() => expect(days(timeline.period!)).toBeLessThan(days(whole) / 2 + 2));
    const zoomed = timeline.period!;
    await userEvent.click(earlier!);
    await waitFor(() => expect(timeline.period!.start < zoomed.start).toBe(true));
    await userEvent.click(all!);
    await waitFor(() => expect(timeline.period).toEqual(whole));
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
    const bars = root.querySelectorAll('.bar-mark').length;
    const boxes = root.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]');
    await userEvent.click(boxes[0]!);
    await waitFor(() => expect(root.querySelectorAll('.bar-mark').length).toBeLessThan(bars));
    // A cause, chosen in the other filters.
    const summary = () => root.querySelector('.summary')?.textContent;
    const before = summary();
    const cause = root.querySelector<HTMLSelectElement>('.selects select')!;
    await userEvent.selectOptions(cause, cause.options[1]!.value);
    await waitFor(() => expect(summary()).not.toBe(before));
    expect(summary()).toMatch(/Filtres appliqués/);
    // Then everything again.
    await userEvent.click(root.querySelector<HTMLButtonElement>('.reset')!);
    await waitFor(() => expect(root.querySelectorAll('.bar-mark')).toHaveLength(bars));
    expect(root.querySelector('.reset')).toBeNull();
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

/** On a 320 px phone: the filters fold, the rows scroll. */
export const OnPhone: Story = {
  args: { substance: 'paracetamol' },
  globals: { viewport: { value: 'mobile320' } },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    expect(window.innerWidth).toBe(320);
    expect(root.querySelector('[part="frame"]')!.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** The declarations linked to one product (`cis`), from its product file. */
export const ForAProduct: Story = {
  render: () => html`<datamed-shortage-timeline cis="69999004"></datamed-shortage-timeline>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { mockFetch } from './helpers/mock-fetch.js';
import { retryAfterError } from './helpers/interactions.js';
import { settleAll } from './helpers/settle.js';

type Args = {
  source?: string;
  label?: string;
  placeholder?: string;
  substance?: string;
  only?: string;
  maxResults?: number;
};

const search = (root: HTMLElement) => root.querySelector('datamed-substance-search')!;
const field = (root: HTMLElement) => search(root).shadowRoot!.querySelector('input')!;
const optionNames = (root: HTMLElement) =>
  [...search(root).shadowRoot!.querySelectorAll('[role="option"] .name')].map((o) => o.textContent);
const announced = (root: HTMLElement) =>
  search(root).shadowRoot!.querySelector('[role="status"]')!.textContent ?? '';

/** Types into the field, then waits for the search to announce its result. */
async function typeAndWait(root: HTMLElement, text: string): Promise<void> {
  await settleAll(root);
  await userEvent.type(field(root), text);
  await waitFor(() => expect(announced(root)).not.toBe(''), { timeout: 3_000 });
}

const meta: Meta<Args> = {
  title: 'Éléments/Recherche de substance (datamed-substance-search)',
  component: 'datamed-substance-search',
  args: {},
  render: ({ source, label, placeholder, substance, only, maxResults }) =>
    html`<datamed-substance-search
      source=${ifDefined(source)}
      label=${ifDefined(label)}
      placeholder=${ifDefined(placeholder)}
      substance=${ifDefined(substance)}
      only=${ifDefined(only)}
      max-results=${ifDefined(maxResults)}
    ></datamed-substance-search>`,
  beforeEach: () => mockFetch(),
  play: async ({ canvasElement }) => settleAll(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  tags: ['state:demo'],
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'para');
    await waitFor(() => expect(optionNames(canvasElement)).toContain('Paracétamol'));
  },
};

export const Results: Story = {
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'lévo');
    await waitFor(() =>
      expect(optionNames(canvasElement)).toEqual(['Lévonorgestrel', 'Lévothyroxine sodique']),
    );
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(field(canvasElement).getAttribute('aria-activedescendant')).toBeTruthy());
  },
};

export const WithoutAccents: Story = {
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'paracetamol');
    // The substance, then the demo product named after it (« Spécialités »).
    await waitFor(() => expect(optionNames(canvasElement)).toHaveLength(2));
    expect(optionNames(canvasElement)[0]).toBe('Paracétamol');
    expect(optionNames(canvasElement)[1]).toMatch(/^PARACETAMOL/u);
  },
};

export const BrandName: Story = {
  tags: ['state:one-item'],
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'doliprane');
    // The brand's substance, then its two demo products.
    await waitFor(() => expect(optionNames(canvasElement)).toHaveLength(3));
    expect(optionNames(canvasElement)[0]).toBe('Paracétamol');
    expect(optionNames(canvasElement).slice(1)).toEqual([
      expect.stringMatching(/^DOLIPRANE/u),
      expect.stringMatching(/^DOLIPRANE/u),
    ]);
  },
};

export const NoResult: Story = {
  tags: ['state:empty'],
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'xyz');
    await waitFor(() =>
      expect(announced(canvasElement)).toContain('Aucune substance ni spécialité ne correspond à'),
    );
  },
};

export const ManyResultsShownInPart: Story = {
  tags: ['state:many-items'],
  args: { maxResults: 4 },
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'e');
    await waitFor(() => expect(optionNames(canvasElement)).toHaveLength(4));
    await waitFor(() => expect(announced(canvasElement)).toMatch(/les 4 premières sont affichées/));
  },
};

export const Preselected: Story = { args: { substance: 'ibuprofene' } };

export const CustomLabel: Story = {
  args: { label: 'Quel médicament prenez-vous ?', placeholder: 'Nom du médicament ou de la substance' },
};

export const AdverseEffectsOnly: Story = { args: { only: 'adverse-effects' } };

export const DrivesKeyFigures: Story = {
  render: () =>
    html`<datamed-substance-search for="story-key-figure"></datamed-substance-search>
      <datamed-key-figure
        id="story-key-figure"
        substance="paracetamol"
        heading-level="3"
      ></datamed-key-figure>`,
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'ibupro');
    await userEvent.keyboard('{Enter}');
    const figure = canvasElement.querySelector('datamed-key-figure')!;
    await waitFor(() => expect(figure.getAttribute('substance')).toBe('ibuprofene'));
    await waitFor(() => expect(figure.shadowRoot!.textContent).toContain('Ibuprofène'));
    await settleAll(canvasElement);
  },
};

export const Loading: Story = {
  tags: ['state:loading'],
  args: { source: '/mock/hang/' },
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement), 'para');
    await waitFor(() => expect(announced(canvasElement)).toContain('Chargement de la liste des substances'));
  },
};

export const ServerErrorThenRetry: Story = {
  tags: ['state:error-retry'],
  args: { source: '/mock/once-500/' },
  play: async ({ canvasElement }) => {
    // The box asks for its index when it is used: the focus meets the server's one error.
    field(canvasElement).focus();
    await retryAfterError(canvasElement, search(canvasElement).shadowRoot!);
    // The first search meets the product index's one error (substances only, in no group); the
    // next key asks for it again, and the list comes in its two groups.
    await typeAndWait(canvasElement, 'tramadol');
    await waitFor(() => expect(optionNames(canvasElement)).toEqual(['Tramadol (chlorhydrate de)']));
    await userEvent.type(field(canvasElement), '{Backspace}l');
    await waitFor(() =>
      expect(search(canvasElement).shadowRoot!.querySelector('[role="group"]')).toBeTruthy(),
    );
    expect(optionNames(canvasElement)).toEqual(['Tramadol (chlorhydrate de)']);
  },
};

export const LongNames: Story = {
  tags: ['state:long-labels'],
  args: { source: '/mock/fixture/long-labels/' },
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'vaccin');
    await waitFor(() => expect(optionNames(canvasElement)[0]).toMatch(/très long/));
  },
};

/** Picking an option with the pointer fires `datamed-select`, fills the field and closes the list. */
export const SelectWithClick: Story = {
  play: async ({ canvasElement }) => {
    const chosen = new Promise<string>((resolve) =>
      search(canvasElement).addEventListener(
        'datamed-select',
        (e) => resolve((e as CustomEvent<{ code: string }>).detail.code),
        { once: true },
      ),
    );
    await typeAndWait(canvasElement, 'ibu');
    const option = await waitFor(() => {
      const o = search(canvasElement).shadowRoot!.querySelector<HTMLElement>('[role="option"]');
      expect(o).toBeTruthy();
      return o!;
    });
    await userEvent.click(option);
    await expect(chosen).resolves.toBe('ibuprofene');
    await waitFor(() => expect(field(canvasElement).value).toBe('Ibuprofène'));
    expect(field(canvasElement).getAttribute('aria-expanded')).toBe('false');
  },
};

export const English: Story = {
  render: () => html`<div lang="en"><datamed-substance-search></datamed-substance-search></div>`,
  play: async ({ canvasElement }) => {
    await typeAndWait(canvasElement, 'nurofen');
    await waitFor(() => expect(announced(canvasElement)).toContain('1 substance found.'));
  },
};

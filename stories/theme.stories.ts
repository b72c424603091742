import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { contrastRatio } from '../src/theme/contrast.js';
import { ANSM_DARK, ANSM_LIGHT, DSFR_DARK, DSFR_LIGHT, type TokenSet } from '../src/theme/tokens.js';

/** Every colour token of every preset, with its contrast against the preset's background. */
const PRESETS: [string, TokenSet][] = [
  ['ANSM', ANSM_LIGHT],
  ['ANSM sombre', { ...ANSM_LIGHT, ...ANSM_DARK }],
  ['DSFR', { ...ANSM_LIGHT, ...DSFR_LIGHT }],
  ['DSFR sombre', { ...ANSM_LIGHT, ...DSFR_DARK }],
];
const TEXT = new Set([
  'color-text',
  'color-text-muted',
  'color-primary',
  'color-error',
  'color-success',
  'color-on-primary',
  'color-badge-text',
]);
/** Tokens read on another token than the background: text on a filled button, the demo badge. */
const BACKGROUND_OF: Record<string, string> = {
  'color-on-primary': 'color-primary',
  'color-badge-text': 'color-badge-bg',
};
/** Marks and controls: 3:1. Backgrounds (surface, grid, skeleton, badge) have no threshold of their own. */
const GRAPHIC = (key: string) =>
  key.startsWith('series-') ||
  [
    'color-female',
    'color-male',
    'color-unknown',
    'color-compare',
    'color-border',
    'color-focus',
    'color-accent',
  ].includes(key);

const meta: Meta = {
  title: 'Documentation/Tokens',
  parameters: { layout: 'padded' },
};
export default meta;

export const Tokens: StoryObj = {
  render: () =>
    html`<style>
        .presets {
          display: grid;
          gap: 2rem;
          font-family: Roboto, Arial, sans-serif;
        }
        .presets table {
          border-collapse: collapse;
          font-size: 0.875rem;
        }
        .presets th,
        .presets td {
          padding: 0.25rem 0.5rem;
          border-bottom: 1px solid #ddd;
          text-align: left;
        }
        .presets .sw {
          display: inline-block;
          width: 2.5rem;
          height: 1.25rem;
          border: 1px solid #767676;
          vertical-align: middle;
        }
      </style>
      <div class="presets">
        ${PRESETS.map(
          ([name, tokens]) =>
            html`<table>
              <caption style="text-align:left;font-weight:700">
                ${name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Jeton</th>
                  <th scope="col">Valeur</th>
                  <th scope="col">Aperçu</th>
                  <th scope="col">Contraste (sur le fond, sauf mention)</th>
                  <th scope="col">Seuil</th>
                </tr>
              </thead>
              <tbody>
                ${Object.entries(tokens)
                  .filter(([key, value]) => /^#[0-9a-f]{6}$/i.test(value) && key !== 'color-bg')
                  .map(([key, value]) => {
                    const against = BACKGROUND_OF[key] ?? 'color-bg';
                    const ratio = contrastRatio(value, tokens[against]!);
                    const needed = TEXT.has(key) ? 4.5 : GRAPHIC(key) ? 3 : 0;
                    return html`<tr>
                      <th scope="row"><code>--datamed-${key}</code></th>
                      <td><code>${value}</code></td>
                      <td>
                        <span
                          class="sw"
                          role="img"
                          aria-label=${`couleur ${value}`}
                          .style=${`background:${value}`}
                        ></span>
                      </td>
                      <td>
                        ${ratio.toFixed(2)}:1${against === 'color-bg' ? '' : html` sur <code>${against}</code>`}
                      </td>
                      <td>${needed ? `${needed}:1 ${ratio >= needed ? '✓' : '✗'}` : '–'}</td>
                    </tr>`;
                  })}
              </tbody>
            </table>`,
        )}
      </div>`,
};

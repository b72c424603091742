/**
 * Design tokens as CSS custom properties (`--datamed-*`), set on each widget's host.
 *
 * A page restyles a widget by setting any token on the tag (page rules beat `:host` rules):
 *   datamed-ae-profile { --datamed-color-primary: #000091; }
 * Presets, chosen by the `theme` attribute (space-separated):
 * - `ansm` (default): ANSM's DataMed violet family; chart colours darkened where needed so that
 *   every mark reaches 3:1 against the background (RGAA 3.3).
 * - `dsfr`: the State design system (blue-france), for State sites. The Marianne font is only used
 *   when the page already provides it: it is reserved to State entities.
 * - `dark`: dark scheme; `auto`: dark when the reader's system asks for it (`prefers-color-scheme`).
 * Without a `theme` attribute, a widget on a DSFR page takes `dsfr`, light or dark as the page's
 * display settings say (`components/base/page-theme.ts` sets `data-datamed-page` on the host).
 * Forced colours (Windows high contrast) and reduced motion are honoured whatever the theme.
 * Contrast ratios are checked by `src/theme/tokens.test.ts`.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Token values of one preset; the keys are the token names without `--datamed-`. */
export type TokenSet = Record<string, string>;

export const ANSM_LIGHT: TokenSet = {
  'font-family': 'Roboto, "Helvetica Neue", Arial, sans-serif',
  'color-bg': '#ffffff',
  'color-surface': '#f6f4f8',
  'color-text': '#1e1e1e',
  'color-text-muted': '#555555',
  'color-border': '#767676',
  'color-grid': '#dcd6e2',
  'color-primary': '#5e2a7e',
  'color-on-primary': '#ffffff',
  'color-accent': '#a03189',
  'color-focus': '#5e2a7e',
  'color-error': '#ce0500',
  'color-success': '#18753c',
  'color-skeleton': '#ece8f0',
  'color-badge-bg': '#fff4e0',
  'color-badge-text': '#6b3a00',
  'series-1': '#5e2a7e',
  'series-2': '#a03189',
  'series-3': '#00798c',
  'series-4': '#007f3b',
  'series-5': '#b35900',
  'series-6': '#5f7000',
  'color-female': '#a03189',
  'color-male': '#00798c',
  'color-unknown': '#6a6a6a',
  'color-compare': '#b35900',
};

export const ANSM_DARK: TokenSet = {
  'color-bg': '#1b1620',
  'color-surface': '#261f2d',
  'color-text': '#f0eef2',
  'color-text-muted': '#bcb5c2',
  'color-border': '#8f8795',
  'color-grid': '#3d3545',
  'color-primary': '#c6a0e0',
  'color-on-primary': '#1b1620',
  'color-accent': '#e58acb',
  'color-focus': '#e58acb',
  'color-error': '#ff6f6f',
  'color-success': '#4fc27a',
  'color-skeleton': '#302838',
  'color-badge-bg': '#4a3300',
  'color-badge-text': '#ffe2b0',
  'series-1': '#c6a0e0',
  'series-2': '#e58acb',
  'series-3': '#66d1e0',
  'series-4': '#4fc27a',
  'series-5': '#f5a04a',
  'series-6': '#c3d94e',
  'color-female': '#e58acb',
  'color-male': '#66d1e0',
  'color-unknown': '#9a93a0',
  'color-compare': '#f5a04a',
};

export const DSFR_LIGHT: TokenSet = {
  'font-family': 'Marianne, Arial, sans-serif',
  'color-bg': '#ffffff',
  'color-surface': '#f6f6f6',
  'color-text': '#161616',
  'color-text-muted': '#666666',
  'color-border': '#7b7b7b',
  'color-grid': '#dddddd',
  'color-primary': '#000091',
  'color-on-primary': '#f5f5fe',
  'color-accent': '#e1000f',
  'color-focus': '#0a76f6',
  'color-error': '#ce0500',
  'color-success': '#18753c',
  'color-skeleton': '#eeeeee',
  'color-badge-bg': '#feecc2',
  'color-badge-text': '#716043',
  'series-1': '#000091',
  'series-2': '#e1000f',
  'series-3': '#00798c',
  'series-4': '#18753c',
  'series-5': '#b35900',
  'series-6': '#6a6af4',
  'color-female': '#a03189',
  'color-male': '#000091',
  'color-unknown': '#6a6a6a',
  'color-compare': '#b35900',
};

export const DSFR_DARK: TokenSet = {
  'color-bg': '#161616',
  'color-surface': '#1e1e1e',
  'color-text': '#cecece',
  'color-text-muted': '#a6a6a6',
  'color-border': '#8a8a8a',
  'color-grid': '#353535',
  'color-primary': '#8585f6',
  'color-on-primary': '#161616',
  'color-accent': '#ff6f6f',
  'color-focus': '#8585f6',
  'color-error': '#ff6f6f',
  'color-success': '#4fc27a',
  'color-skeleton': '#2a2a2a',
  'color-badge-bg': '#3e3324',
  'color-badge-text': '#feecc2',
  'series-1': '#8585f6',
  'series-2': '#ff6f6f',
  'series-3': '#66d1e0',
  'series-4': '#4fc27a',
  'series-5': '#f5a04a',
  'series-6': '#c3d94e',
  'color-female': '#e58acb',
  'color-male': '#8585f6',
  'color-unknown': '#9a93a0',
  'color-compare': '#f5a04a',
};

function declarations(tokens: TokenSet): CSSResult {
  return unsafeCSS(
    Object.entries(tokens)
      .map(([name, value]) => `--datamed-${name}: ${value};`)
      .join('\n'),
  );
}

/*
 * Tokens are declared on stand-alone widgets only: a widget nested in another (`embedded`, e.g. the
 * charts inside <datamed-ae-profile>) inherits them, so the outer widget's theme and any token a
 * page sets on it reach every part.
 */
export const themeStyles = css`
  :host(:not([embedded])) {
    ${declarations(ANSM_LIGHT)}
    --datamed-radius: 4px;
    --datamed-space: 0.5rem;
    --datamed-focus-width: 3px;
    --datamed-font-size: 1rem;
    color-scheme: light;
  }
  :host([theme~='dsfr']:not([embedded])),
  :host(:not([theme])[data-datamed-page~='dsfr']:not([embedded])) {
    ${declarations(DSFR_LIGHT)}
  }
  :host([theme~='dark']:not([embedded])) {
    ${declarations(ANSM_DARK)}
    color-scheme: dark;
  }
  :host([theme~='dsfr'][theme~='dark']:not([embedded])),
  :host(:not([theme])[data-datamed-page='dsfr dark']:not([embedded])) {
    ${declarations(DSFR_DARK)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme~='auto']:not([embedded])) {
      ${declarations(ANSM_DARK)}
      color-scheme: dark;
    }
    :host([theme~='dsfr'][theme~='auto']:not([embedded])),
    :host(:not([theme])[data-datamed-page='dsfr auto']:not([embedded])) {
      ${declarations(DSFR_DARK)}
      color-scheme: dark;
    }
  }
`;

/** Theme names offered in Storybook and the configurator. */
export const THEMES = ['ansm', 'dsfr', 'dark', 'dsfr dark', 'auto'] as const;

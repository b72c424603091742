import { expect } from '@open-wc/testing';
import { contrastRatio } from './contrast.js';
import { ANSM_DARK, ANSM_LIGHT, DSFR_DARK, DSFR_LIGHT, type TokenSet } from './tokens.js';

/** Dark presets only override colours: the rest comes from the light one. */
const PRESETS: [string, TokenSet][] = [
  ['ANSM', ANSM_LIGHT],
  ['ANSM dark', { ...ANSM_LIGHT, ...ANSM_DARK }],
  ['DSFR', { ...ANSM_LIGHT, ...DSFR_LIGHT }],
  ['DSFR dark', { ...ANSM_LIGHT, ...DSFR_DARK }],
];

const MARKS = [
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
  'series-6',
  'color-female',
  'color-male',
  'color-unknown',
  'color-compare',
];

describe('theme tokens: contrast (RGAA 3.2 and 3.3)', () => {
  for (const [name, tokens] of PRESETS) {
    const c = (a: string, b: string) => contrastRatio(tokens[a]!, tokens[b]!);
    it(`${name}: text reaches 4.5:1 on the background and the surface`, () => {
      for (const text of ['color-text', 'color-text-muted', 'color-primary', 'color-error']) {
        expect(c(text, 'color-bg'), `${text} on bg`).to.be.at.least(4.5);
        expect(c(text, 'color-surface'), `${text} on surface`).to.be.at.least(4.5);
      }
      expect(c('color-badge-text', 'color-badge-bg'), 'badge').to.be.at.least(4.5);
      expect(c('color-on-primary', 'color-primary'), 'pressed button').to.be.at.least(4.5);
    });
    it(`${name}: marks, borders and focus reach 3:1 on the background`, () => {
      for (const mark of [...MARKS, 'color-border', 'color-focus']) {
        expect(c(mark, 'color-bg'), `${mark} on bg`).to.be.at.least(3);
      }
    });
    it(`${name}: shares written inside proportion segments stay readable`, () => {
      for (const mark of [
        'series-1',
        'series-2',
        'series-3',
        'color-female',
        'color-male',
        'color-unknown',
      ]) {
        expect(c('color-on-primary', mark), `text on ${mark}`).to.be.at.least(4.5);
      }
    });
  }
});

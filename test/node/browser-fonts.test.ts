/**
 * The pinned browser's fonts (scripts/find-browser.mjs): every symbol the widgets write — arrows,
 * ≤ ≥, ▾, ✓, ⚠, typographic quotes — must be drawn with a real glyph in each theme's font stack, not
 * the empty box of a missing glyph. The theme fonts cover Latin text only; a reader's system falls
 * back to a symbol font of its own, and so must the tests' browser, or screenshots and visual
 * baselines would freeze boxes where a reader sees the symbol.
 *
 * The symbols are read from the source (every character from U+2000 on in `src/**.ts`), so a new
 * one is checked without anyone listing it. Each is drawn on a canvas and compared with the drawing
 * of a private-use character, which no font has: equal pixels mean the box.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { ANSM_LIGHT, DSFR_LIGHT } from '../../src/theme/tokens.js';

const root = resolve(import.meta.dirname, '../..');

/** Every distinct character from U+2000 on (punctuation, arrows, maths, shapes, dingbats) in src. */
function sourceSymbols(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.ts'))
      for (const char of readFileSync(join(root, 'src', file), 'utf8'))
        if (char.codePointAt(0)! >= 0x2000 && char.codePointAt(0)! < 0xe000) found.add(char);
  return [...found].sort();
}

/** The symbols of `chars` drawn as the missing-glyph box in the font stack `family`. */
function missingIn(family: string, chars: string[]): string[] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const draw = (char: string) => {
    context.clearRect(0, 0, 48, 48);
    context.font = `32px ${family}`;
    context.fillText(char, 4, 36);
    return context.getImageData(0, 0, 48, 48).data.join();
  };
  const box = draw('\u{10FFFD}');
  return chars.filter((char) => draw(char) === box);
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
}, 60_000);
afterAll(() => browser?.close());

describe('the pinned browser draws every symbol the widgets write', () => {
  const symbols = sourceSymbols();

  it('finds the symbols in the source', () => {
    expect(symbols).toEqual(expect.arrayContaining(['▾', '≤', '→', '’', '…']));
  });

  for (const [theme, family] of [
    ['ansm', ANSM_LIGHT['font-family']],
    ['dsfr', DSFR_LIGHT['font-family']],
    ['monospace', 'monospace'],
  ])
    it(`${theme}: ${family}`, async () => {
      const page = await browser.newPage();
      try {
        const missing = await page.evaluate(
          `(${missingIn.toString()})(${JSON.stringify(family)}, ${JSON.stringify(symbols)})`,
        );
        expect(missing).toEqual([]);
      } finally {
        await page.close();
      }
    });
});

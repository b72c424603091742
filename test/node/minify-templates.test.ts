/**
 * The CDN and benchmark builds minify the CSS of Lit's `css` templates with a few regular
 * expressions (scripts/minify-templates.mjs). Every stylesheet of src/ must mean the same after:
 * Lightning CSS, a real parser, prints each one, before and after, to the same minified text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { minifyPart, templateParts } from '../../scripts/minify-templates.mjs';

const src = resolve(import.meta.dirname, '../../src');
const modules = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
);

/**
 * A stylesheet as Lightning CSS prints it minified (interpolations left out on both sides). It
 * keeps a `var()` fallback's tokens as written, so the spaces after its commas are dropped here.
 */
const parsed = (css: string, file: string) =>
  transform({ filename: `${file}.css`, code: Buffer.from(css), minify: true })
    .code.toString()
    .replace(/,\s+/g, ',');

describe('CSS minification of the templates', () => {
  const sheets = modules.flatMap((file) =>
    templateParts(readFileSync(resolve(src, file), 'utf8'), file)
      .filter((t) => t.tag === 'css')
      .map((t, i) => ({ name: `${file} #${i + 1}`, raws: t.parts.map((p) => p.raw) })),
  );

  it('finds the stylesheets', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(11);
  });

  it.each(sheets.map((s) => [s.name, s] as const))('%s parses the same minified', (name, { raws }) => {
    const before = raws.join('');
    const after = raws.map((raw) => minifyPart(raw, 'css')).join('');
    expect(after.length).toBeLessThan(before.length);
    expect(parsed(after, name)).toBe(parsed(before, name));
  });

  it('keeps the spaces that mean something', () => {
    expect(minifyPart('.a :hover, .b > .c { margin: 0 0.5rem; }', 'css')).toBe(
      '.a :hover,.b > .c{margin:0 .5rem}',
    );
    expect(minifyPart('@media (max-width: 30em) { .a { width: calc(100% - 1rem); } }', 'css')).toBe(
      '@media (max-width:30em){.a{width:calc(100% - 1rem)}}',
    );
  });
});

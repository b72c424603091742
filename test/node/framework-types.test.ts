/**
 * The React and Vue typings written at build time from the Custom Elements Manifest
 * (scripts/framework-types.mjs). `npm run test:apps` type-checks real apps against them; this
 * checks what they say, element by element.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementNames } from '../../scripts/cdn-entries.mjs';
import {
  elementsOf,
  reactTypes,
  vueTypes,
  writeFrameworkTypes,
  type ElementTypes,
} from '../../scripts/framework-types.mjs';

const root = resolve(import.meta.dirname, '../..');
// Under the root (the analyzer joins its outdir to the working directory), in a git-ignored folder.
mkdirSync(resolve(root, '.cache'), { recursive: true });
const tmp = mkdtempSync(resolve(root, '.cache/framework-types-'));
let elements: ElementTypes[] = [];
const byTag = (tag: string) => elements.find((e) => e.tag === tag)!;

beforeAll(() => {
  // A manifest of its own (the manifest test writes the one at the root at the same time).
  const config = join(tmp, 'cem.config.mjs');
  const base = pathToFileURL(resolve(root, 'custom-elements-manifest.config.mjs')).href;
  writeFileSync(
    config,
    // Not packagejson: the analyzer would point package.json at this manifest.
    `import c from ${JSON.stringify(base)};\n` +
      `export default { ...c, packagejson: false, outdir: ${JSON.stringify(relative(root, tmp))} };\n`,
  );
  execFileSync(resolve(root, 'node_modules/.bin/cem'), ['analyze', '--config', config], {
    cwd: root,
    stdio: 'pipe',
  });
  elements = elementsOf(JSON.parse(readFileSync(join(tmp, 'custom-elements.json'), 'utf8')));
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('framework types', () => {
  it('covers every element, each event typed with a detail the event module exports', () => {
    expect(elements.map((e) => e.tag).sort()).toEqual(
      elementNames(root)
        .map((n) => `datamed-${n}`)
        .sort(),
    );
    const events = readFileSync(resolve(root, 'src/events.ts'), 'utf8');
    for (const e of elements) {
      expect(e.events.length, e.tag).toBeGreaterThan(0);
      for (const { detail } of e.events) expect(events).toMatch(new RegExp(`export interface ${detail}\\b`));
    }
  });

  it('types datamed-select per element: a mark, a substance or a declaration', () => {
    const select = (tag: string) => byTag(tag).events.find((v) => v.name === 'datamed-select')?.detail;
    expect(select('datamed-bar-chart')).toBe('SelectDetail');
    expect(select('datamed-ae-profile')).toBe('SelectDetail');
    expect(select('datamed-substance-search')).toBe('SubstanceSelectDetail');
    expect(select('datamed-shortage-timeline')).toBe('ShortageSelectDetail');
    expect(select('datamed-key-figure')).toBeUndefined();
  });

  it('puts every tag in React’s JSX with its properties and on<event> listeners', () => {
    const react = reactTypes(elements);
    for (const e of elements) expect(react).toContain(`'${e.tag}': DatamedJsx<${e.className}, `);
    expect(react).toContain("declare module 'react' {");
    expect(react).toContain("htmlFor?: DatamedSubstanceSearch['htmlFor'];");
    expect(react).toContain("'ondatamed-select'?: (event: CustomEvent<SubstanceSelectDetail>) => void;");
    expect(react).toContain("headingLevel?: DatamedKeyFigure['headingLevel'];");
    // `dataset` is every element's DOMStringMap: the property `datasetName` stands for the attribute.
    expect(react).toContain("datasetName?: DatamedVegaChart['datasetName'];");
    expect(react).not.toMatch(/\bdataset\?:/);
  });

  it('puts every tag in Vue’s GlobalComponents, attributes as templates write them', () => {
    const vue = vueTypes(elements);
    for (const e of elements) expect(vue).toContain(`'${e.tag}': DatamedVue<${e.className}, `);
    expect(vue).toContain("declare module 'vue' {");
    // `for` is an attribute in Vue (no such property), a string of digits stands for a number.
    const search = vue.slice(vue.indexOf('interface DatamedSubstanceSearchVueProps {'));
    expect(search.slice(0, search.indexOf('\n}'))).toContain('  for?: string;');
    expect(vue).toContain("headingLevel?: DatamedKeyFigure['headingLevel'] | `${number}`;");
    expect(vue).toContain("'datamed-select': (event: CustomEvent<ShortageSelectDetail>) => void;");
  });

  it('writes the typings and an empty module beside each', () => {
    expect(writeFrameworkTypes(join(tmp, 'custom-elements.json'), tmp)).toBe(elements.length);
    expect(readFileSync(join(tmp, 'react.js'), 'utf8')).toContain('export {};');
    expect(readFileSync(join(tmp, 'vue.d.ts'), 'utf8')).toBe(vueTypes(elements));
  });
});

/**
 * The Custom Elements Manifest is generated from the elements' JSDoc (`npm run analyze`): every
 * element folder must come out of it as a documented tag, with no internal state leaking in as API.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Declaration {
  name: string;
  tagName?: string;
  description?: string;
  attributes?: { name: string; description?: string; fieldName?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
}

let elements: Declaration[] = [];

beforeAll(() => {
  execFileSync(
    resolve(root, 'node_modules/.bin/cem'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}, 60_000);

const folders = readdirSync(resolve(root, 'src/components')).filter((name) =>
  existsSync(resolve(root, 'src/components', name, `${name}.ts`)),
);

describe('custom elements manifest', () => {
  it('declares one tag per element folder, named after it', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(folders.map((f) => `datamed-${f}`).sort());
  });

  it.each(folders)('documents datamed-%s: description, attributes, events', (folder) => {
    const element = elements.find((e) => e.tagName === `datamed-${folder}`)!;
    expect(element.description?.length, 'class description').toBeGreaterThan(40);
    const attributes = element.attributes ?? [];
    expect(attributes.length).toBeGreaterThan(0);
    // Every widget speaks French or English: `lang` is part of its documented API.
    expect(attributes.map((a) => a.name)).toContain('lang');
    for (const attribute of attributes) {
      expect(attribute.description ?? '', `@attr ${attribute.name}`).not.toBe('');
    }
    const events = (element.events ?? []).map((e) => e.name);
    expect(events.length).toBeGreaterThan(0);
    // Elements that load data say when it arrives and when it fails.
    if (!/-chart$/.test(element.tagName!) || folder === 'vega-chart') {
      expect(events).toContain('datamed-load');
      expect(events).toContain('datamed-error');
    }
  });

  /** `part="…"` names written in a file. */
  const partsIn = (file: string) =>
    [...readFileSync(resolve(root, 'src', file), 'utf8').matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]!);

  it.each(folders)('datamed-%s documents every CSS part it renders, and its custom properties', (folder) => {
    const element = elements.find((e) => e.tagName === `datamed-${folder}`)!;
    const documented = (element.cssParts ?? []).map((p) => p.name);
    const sources = readdirSync(resolve(root, 'src/components', folder))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `components/${folder}/${f}`);
    const own = sources.map((f) => readFileSync(resolve(root, 'src', f), 'utf8')).join('\n');
    // The parts the base classes render reach every element built on them.
    if (/extends Datamed(Chart|Shortage)?Element\b/.test(own))
      sources.push('components/base/datamed-element.ts');
    if (/extends DatamedChartElement\b/.test(own)) sources.push('components/base/chart-element.ts');
    if (/renderTable\(|extends DatamedChartElement\b/.test(own)) sources.push('charts/table.ts');
    for (const part of new Set(sources.flatMap(partsIn)))
      expect(documented, `@csspart ${part}`).toContain(part);
    for (const item of [...(element.cssParts ?? []), ...(element.cssProperties ?? [])])
      expect(item.description ?? '', item.name).not.toBe('');
    const properties = (element.cssProperties ?? []).map((p) => p.name);
    expect(properties).toContain('--datamed-font-family');
    expect(properties).toContain('--datamed-color-primary');
  });

  it('leaves internal state and private members out of the public API', () => {
    for (const element of elements) {
      for (const member of element.members ?? []) {
        expect(member.privacy ?? 'public', `${element.tagName}.${member.name}`).not.toMatch(
          /private|protected/,
        );
      }
      const names = (element.attributes ?? []).map((a) => a.fieldName ?? a.name);
      expect(names, element.tagName).not.toContain('menuOpen');
      expect(names, element.tagName).not.toContain('focusIndex');
    }
  });
});

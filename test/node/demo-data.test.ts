/** The committed demo data are exactly what the seeded generator writes (deterministic, up to date). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildDemoTree } from '../../scripts/generate-demo-data.js';
import { demoFilesModule } from '../../scripts/demo-files-module.js';
import { dataFileUrl, demoDataUrl } from '../../src/data/config.js';
import { DEMO_FILES } from '../../src/data/demo-files.js';
import { resolveSource } from '../../src/data/repository.js';

const root = resolve(import.meta.dirname, '../../demo-data');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [relative(root, join(dir, e.name))],
  );
}

describe('demo data', () => {
  it('is deterministic: two runs give byte-identical trees', () => {
    expect([...buildDemoTree()]).toEqual([...buildDemoTree()]);
  });

  it('is up to date with the generator (run `npm run demo-data` after changing it)', () => {
    const tree = buildDemoTree();
    expect(listFiles(root).sort()).toEqual([...tree.keys()].sort());
    for (const [path, content] of tree) expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
  });

  it('gives every file its own literal URL in src/data/demo-files.ts, for bundlers (`npm run demo-data`)', async () => {
    const module = resolve(import.meta.dirname, '../../src/data/demo-files.ts');
    const expected = await format(demoFilesModule(buildDemoTree().keys()), {
      ...(await resolveConfig(module)),
      filepath: module,
    });
    expect(readFileSync(module, 'utf8')).toBe(expected);
    expect(Object.keys(DEMO_FILES).sort()).toEqual(listFiles(root).sort());
  });

  it('resolves a demo file to its own URL, any other tree by its folder', () => {
    expect(demoDataUrl()).toBe(pathToFileURL(root).href + '/');
    for (const path of listFiles(root))
      expect(dataFileUrl(demoDataUrl(), path)).toBe(`${pathToFileURL(join(root, path)).href}?no-inline`);
    expect(dataFileUrl('https://example.org/tree/', 'index.json')).toBe(
      'https://example.org/tree/index.json',
    );
    // A path the demo tree does not have falls back to the folder (and its 404).
    expect(dataFileUrl(demoDataUrl(), 'substances/none.json')).toBe(
      pathToFileURL(root).href + '/substances/none.json',
    );
  });

  it('is a source even where its folder is a file: URL (webpack), unlike any other file: URL', () => {
    expect(demoDataUrl()).toMatch(/^file:/);
    expect(resolveSource(undefined)).toEqual({ kind: 'static', url: demoDataUrl() });
    expect(() => resolveSource('file:///tmp/tree/')).toThrow(/only http/);
  });

  it('says it is fictional in every file', () => {
    for (const [path, content] of buildDemoTree())
      expect(JSON.parse(content).provenance.demo, path).toBe(true);
  });

  it('covers the edge cases the widgets must handle', () => {
    const tree = buildDemoTree();
    const ae = (code: string) => JSON.parse(tree.get(`substances/${code}.json`)!);
    const all = JSON.parse(tree.get('shortages/all.json')!);
    expect(ae('fampridine').cases).toEqual({ count: null, suppressed: true });
    expect(ae('lanoline').cases).toEqual({ count: 0 });
    expect(ae('paracetamol').sex.map((c: { key: string }) => c.key)).toContain('unknown');
    expect(ae('levothyroxine-sodique').cases.count).toBeGreaterThan(30_000);
    expect(ae('vaccin-pneumococcique-conjugue-13-valent').age).toHaveLength(9);
    expect(ae('ivermectine').age).toBeUndefined();
    expect(ae('methotrexate').medicationErrors).toBeDefined();
    expect(ae('trientine').age.some((c: { suppressed?: boolean }) => c.suppressed)).toBe(true);
    expect(JSON.parse(tree.get('shortages/metformine.json')!).declarations).toHaveLength(0);
    expect(
      all.declarations.some(
        (d: { state: string; end?: string; expectedReturn?: unknown }) =>
          d.state === 'open' && !d.end && !d.expectedReturn,
      ),
    ).toBe(true);
    expect(tree.get('index.json')).toContain('’');
  });

  it('lists its products in products-index.json, each with its file; index.json only counts them', () => {
    const tree = buildDemoTree();
    const index = JSON.parse(tree.get('index.json')!);
    const listed = JSON.parse(tree.get('products-index.json')!).products as { cis: string }[];
    expect(index.products).toBeUndefined();
    expect(index.productCount).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(0);
    const files = [...tree.keys()].filter((p) => p.startsWith('products/'));
    expect(listed.map((p) => `products/${p.cis}.json`).sort()).toEqual(files.sort());
  });
});

/** The committed demo data are exactly what the seeded generator writes (deterministic, up to date). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDemoTree } from '../../scripts/generate-demo-data.js';

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
});

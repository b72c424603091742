/**
 * The site's commands end to end: `datamed-build … --site DIR` builds the tree and then the site
 * from it; the `datamed-site` executable (bin/datamed-site.js, through tsx) on the demo tree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cli, fixtures, tempDir } from './build-helpers.js';
import { demoData, repoRoot } from './site-helpers.js';

const dir = tempDir('datamed-site-cli-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('datamed-site commands', () => {
  it('datamed-build --site builds the tree, then the site from it', async () => {
    const tree = join(dir, 'tree');
    const site = join(dir, 'site');
    const result = await cli([join(fixtures, 'good'), '--out', tree, '--site', site, '--no-audit']);
    expect(result.stderr).toMatch(/datamed-build: \d+ pages rendered in [\d.]+ s/);
    expect(result.code).toBe(0);
    expect(existsSync(join(tree, 'index.json'))).toBe(true);
    const index = JSON.parse(readFileSync(join(tree, 'index.json'), 'utf8')) as {
      substances: { code: string }[];
    };
    const code = index.substances[0]!.code;
    for (const path of ['index.html', 'fr/index.html', `en/substances/${code}.html`, 'data/index.json'])
      expect(existsSync(join(site, path)), path).toBe(true);
  }, 90_000);

  it('datamed-build refuses --site with --dry-run', async () => {
    const result = await cli([join(fixtures, 'good'), '--dry-run', '--site', join(dir, 'nope')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--site');
  });

  it('bin/datamed-site.js builds a French-only site and prints pages and time', () => {
    const site = join(dir, 'fr-only');
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin/datamed-site.js'), demoData, '--out', site, '--langs', 'fr', '--jobs', '1'],
      { cwd: repoRoot, encoding: 'utf8', timeout: 90_000 },
    );
    expect(run.stderr).toMatch(/datamed-site: \d+ pages rendered in [\d.]+ s \(\d+ pages\/s/);
    expect(run.status).toBe(0);
    expect(existsSync(join(site, 'fr/substances/paracetamol.html'))).toBe(true);
    expect(existsSync(join(site, 'en'))).toBe(false);
    const home = readFileSync(join(site, 'fr/index.html'), 'utf8');
    expect(home).not.toContain('hreflang="en"');
  }, 90_000);
});

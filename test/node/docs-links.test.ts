/**
 * Every relative link of README.md and docs/*.md points to a file of the repository, and every
 * `#anchor` to a heading of its target: the README is the front door and the docs its rooms, so a
 * moved section must not leave a dead link behind.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { root } from './build-helpers.js';

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1]!)));
}

describe('README.md and docs/*.md', () => {
  it('have no dead relative link', () => {
    const dead: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(root, page), 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target!)) continue;
        const [path, hash] = target!.split('#');
        const file = path ? resolve(root, dirname(page), path) : join(root, page);
        if (!existsSync(file)) dead.push(`${page}: ${target} (no such file)`);
        else if (hash && file.endsWith('.md') && !anchors(file).has(hash))
          dead.push(`${page}: ${target} (no such heading)`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('keep the README a front door of 200 lines at most', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });
});

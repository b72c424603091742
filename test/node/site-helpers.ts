/**
 * Helpers of the site tests: the demo site built once per test file, a page's HTML with the
 * elements' shadow roots cut out (what the page shell itself says), and its links.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const demoData = join(repoRoot, 'demo-data');

export const tempSiteDir = (prefix = 'datamed-site-'): string =>
  join(mkdtempSync(join(tmpdir(), prefix)), 'site');

export const readPage = (site: string, path: string): string => readFileSync(join(site, path), 'utf8');

/** The page without its declarative shadow roots (nested ones included) nor its data script. */
export function shellOf(html: string): string {
  let out = html.replace(/<script type="application\/json" data-datamed-files[^>]*>[^]*?<\/script>/g, '');
  // Innermost templates first, until none is left.
  const innermost = /<template shadowroot[^>]*>(?:(?!<template)[^])*?<\/template>/g;
  while (innermost.test(out)) out = out.replace(innermost, '');
  return out;
}

/** Every `href` and `src` of the page (the shadow roots' included). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/**
 * The site file a link of the page at `path` points to, or undefined for a link outside the site
 * (another host, a fragment of the same page).
 */
export function targetOf(site: string, path: string, link: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#') || link.startsWith('//')) return undefined;
  const bare = link.split(/[?#]/)[0]!;
  let file = bare.startsWith('/') ? join(site, bare) : resolve(dirname(join(site, path)), bare || '.');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file;
}

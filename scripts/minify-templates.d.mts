import type { Plugin } from 'vite';
/** Collapses the indentation inside Lit's html, svg and css tagged templates (CDN and benchmark builds). */
export function minifyTemplates(): Plugin;
/** One literal part of a template, minified as the plugin does it. */
export function minifyPart(raw: string, tag: 'html' | 'svg' | 'css'): string;
/** The tagged templates of a module: their tag and literal parts (raw text and offsets), in order. */
export function templateParts(
  code: string,
  fileName?: string,
): { tag: 'html' | 'svg' | 'css'; parts: { start: number; end: number; raw: string }[] }[];

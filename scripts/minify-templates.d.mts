import type { Plugin } from 'vite';
/** Collapses the indentation inside Lit's html, svg and css tagged templates (CDN and benchmark builds). */
export function minifyTemplates(): Plugin;

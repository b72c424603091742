import type { Plugin } from 'vite';
/** `src/data/demo-files.ts` as an empty map (CDN, demo-site and benchmark builds). */
export function noDemoFiles(): Plugin;

/**
 * A Vite plugin for the builds that find the demo data through `__DATAMED_DEMO_DATA__` (the CDN files,
 * the demo site): `src/data/demo-files.ts` becomes an empty map, so the build neither copies nor
 * inlines the 44 demo files, which those builds serve as a folder beside them.
 */
export function noDemoFiles() {
  const id = '\0datamed-no-demo-files';
  return {
    name: 'datamed-no-demo-files',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './demo-files.js' && importer?.endsWith('/src/data/config.ts') ? id : undefined;
    },
    load(loaded) {
      return loaded === id ? 'export const DEMO_FILES = {};' : undefined;
    },
  };
}

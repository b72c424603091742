// ESLint (flat config): TypeScript, Lit templates, web-component and accessibility rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Import d3's sub-modules, never the whole of d3 (kept in every layer's rule below). */
const D3 = { group: ['d3', 'd3/*'], message: 'Import the d3 sub-module you need (d3-scale, d3-array…).' };

/**
 * The layers of src/, lowest first: a folder may import from the layers below it, never above.
 *   data → i18n → charts, theme → shortages, adverse-effects, export → components/base
 *   → components/blocks → one element per folder → embed, index, classes, graphql
 * (build and cli, for datamed-build, sit on data.) Type-only imports count too.
 */
const FOLDERS = [
  'data',
  'i18n',
  'theme',
  'charts',
  'shortages',
  'adverse-effects',
  'export',
  'build',
  'cli',
  'embed',
];
/** The chart building blocks: elements that other elements may draw with. */
const BLOCKS = ['bar-chart', 'key-figure', 'proportion-chart', 'trend-chart'];
/** The widgets: no other element draws with them. */
const WIDGETS = [
  'ae-profile',
  'med-errors',
  'shortage-overview',
  'shortage-timeline',
  'substance-search',
  'vega-chart',
];
/** Files at the root of src/: the event types (low), and the entries (top). */
const ROOT_FILES = ['events', 'index', 'graphql', 'classes'];
const ROOT_TOP = ['index', 'graphql', 'classes'];
/** A layer: `files` may not import `forbidden` folders of src/ (nor components, unless listed). */
function layer(files, forbidden) {
  const patterns = forbidden.map((folder) => ({
    group: ROOT_FILES.includes(folder) ? [`**/${folder}.js`] : [`**/${folder}/**`],
    message: `${files[0].replace(/\/\*\*.*$/, '')} may not import ${folder}: it is a higher layer (eslint.config.js says which way imports go).`,
  }));
  return {
    files,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [D3, ...patterns] }] },
  };
}
const ABOVE_DATA = FOLDERS.filter((f) => f !== 'data').concat([
  'components',
  'events',
  'index',
  'graphql',
  'classes',
]);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'demo-dist/',
      'node_modules/',
      'demo-data/',
      'custom-elements.json',
      '.test-results/',
      '.bench-dist/',
      '.size-dist/',
      'screenshots/',
      // The fixture apps of `npm run test:apps`: their own dependencies and type checks.
      'test/apps/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { patterns: [D3] }],
    },
  },
  // No import cycle, between files or through others (type imports too).
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Read the TypeScript of the imported files too, or their own imports are not seen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  layer(['src/data/**'], ABOVE_DATA),
  layer(
    ['src/i18n/**'],
    ABOVE_DATA.filter((f) => f !== 'i18n'),
  ),
  layer(
    ['src/theme/**'],
    ABOVE_DATA.filter((f) => f !== 'theme'),
  ),
  layer(
    ['src/charts/**'],
    ABOVE_DATA.filter((f) => !['i18n', 'theme', 'charts'].includes(f)),
  ),
  ...['shortages', 'adverse-effects', 'export'].map((folder) =>
    layer(
      [`src/${folder}/**`],
      ['components', 'embed', 'build', 'cli', 'events', 'index', 'graphql', 'classes'],
    ),
  ),
  layer(
    ['src/build/**'],
    ['components', 'charts', 'shortages', 'adverse-effects', 'export', 'embed', 'cli', 'events', 'index'],
  ),
  layer(['src/events.ts'], ABOVE_DATA),
  // The base of the elements knows no element; a building block knows no other element;
  // components/blocks and the widgets draw with building blocks, and a widget knows no other widget.
  layer(['src/components/base/**'], [...BLOCKS, ...WIDGETS, 'blocks', 'embed', 'build', 'cli', ...ROOT_TOP]),
  ...BLOCKS.map((block) =>
    layer(
      [`src/components/${block}/**`],
      [...BLOCKS.filter((b) => b !== block), ...WIDGETS, 'blocks', 'embed', 'build', 'cli', ...ROOT_TOP],
    ),
  ),
  layer(['src/components/blocks/**'], [...WIDGETS, 'embed', 'build', 'cli', ...ROOT_TOP]),
  ...WIDGETS.map((widget) =>
    layer(
      [`src/components/${widget}/**`],
      [...WIDGETS.filter((w) => w !== widget), 'embed', 'build', 'cli', ...ROOT_TOP],
    ),
  ),
  {
    // Element classes must not use the global `title` attribute as an API (it clashes with tooltips).
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Elements declare their properties in `static properties = { … }`.
          selector:
            "PropertyDefinition[static=true][key.name='properties'] > ObjectExpression > Property[key.name='title']",
          message:
            'Do not declare a `title` property: it clashes with the global HTML attribute. Use `heading`.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The example apps and their tests: plain browser JavaScript, Mocha globals in the tests.
    files: ['examples/**/*.js'],
    languageOptions: {
      globals: {
        fetch: 'readonly',
        URL: 'readonly',
        CustomEvent: 'readonly',
        InputEvent: 'readonly',
        DOMParser: 'readonly',
        describe: 'readonly',
        it: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  prettier,
);

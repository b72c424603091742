// ESLint (flat config): TypeScript, Lit templates, web-component and accessibility rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['d3', 'd3/*'], message: 'Import the d3 sub-module you need (d3-scale, d3-array…).' },
          ],
        },
      ],
    },
  },
  {
    // Element classes must not use the global `title` attribute as an API (it clashes with tooltips).
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "PropertyDefinition[key.name='title'] > Decorator",
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

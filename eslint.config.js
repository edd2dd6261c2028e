import { builtinModules } from 'node:module';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-demo',
      'release',
      'storybook-static',
      'coverage',
      '.cache',
      'bench/.work',
      'demo/feeds',
      'schema',
      'custom-elements.json',
      'tests/embed/pages/.build',
      '.civic-feed-cache',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'src/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
      'tests/browser/**/*.ts',
      'demo/**/*.ts',
    ],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  // The rooms of docs/architecture.md, held by the linter: the browser code never
  // reaches into the CLI, and the core reaches nothing outside itself (no Lit,
  // no Node, no DOM-side module), so it runs unchanged in the widgets and the CLI.
  {
    files: ['src/widgets/**/*.ts', 'src/shared/**/*.ts', 'src/feed/**/*.ts', 'src/embed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)cli(/|$)', message: 'Browser code must not import the CLI (src/cli).' },
          ],
        },
      ],
    },
  },
  ...[0, 1, 2].map((depth) => ({
    files: [`src/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({
            name,
            message: 'The core runs in browsers too: no Node modules.',
          })),
          patterns: [
            { regex: '^node:', message: 'The core runs in browsers too: no Node modules.' },
            { regex: '^(lit|@lit)(/|$)', message: 'The core has no UI: no Lit.' },
            {
              // The readers (src/core/readers) turn sources into feeds: the feed layer's
              // types and validator, DOM- and Node-free too, are theirs to use.
              regex: `^(\\.\\./){${depth + 1}}${depth === 1 ? '(?!feed/(types|parse)\\.js$)' : ''}`,
              message: 'The core imports only from src/core (move what it needs into the core).',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // node:test's describe/it return promises that the runner awaits itself.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
        customElements: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        location: 'readonly',
        FormData: 'readonly',
        navigator: 'readonly',
      },
    },
  },
);

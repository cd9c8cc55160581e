import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Pure code never reaches for React, React Flow or the store (types alone are fine). */
const noFrameworks = {
  group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'],
  message: 'Pure modules must not depend on React, React Flow or the store.',
  allowTypeImports: true,
};

const VIEW_AND_STORE = ['**/store/**', '**/components/**', '**/app/**', '**/platform/**'];

/** Validation belongs to the readers in src/data, at the boundary; the model only describes. */
const noValidation = {
  group: ['zod', 'zod/*'],
  message: 'The model holds types and lookups only: validate input in src/data.',
};

/** The import rule for pure code: no frameworks, and none of the given layers. */
function pureImports(layers, message, extra = []) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [noFrameworks, ...extra, { group: layers, message }] },
    ],
  };
}

/** Pure folders stay free of React, the store and the DOM so they can be tested and reused anywhere. */
const pureFolders = [
  'src/data/**',
  'src/model/**',
  'src/search/**',
  'src/layout/**',
  'src/export/geometry*.ts',
  'src/export/svg*.ts',
  'src/export/data*.ts',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'generated', '.*.mjs'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: pureFolders,
    ignores: ['**/*.test.ts'],
    rules: pureImports(VIEW_AND_STORE, 'Pure modules must not import the view or the store.'),
  },
  {
    // The model is the bottom layer: the source parser depends on it, never the other way round.
    files: ['src/model/**'],
    ignores: ['**/*.test.ts'],
    rules: pureImports(
      [...VIEW_AND_STORE, '**/data/**', '**/search/**', '**/layout/**', '**/export/**'],
      'The model must not import the layers above it.',
      [noValidation],
    ),
  },
);

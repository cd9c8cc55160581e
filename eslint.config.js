import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * Imports run one way: app → components → view state → store → pure modules (data, model,
 * search, layout, the export's picture), with platform (the browser's services) beside the app
 * and the export runners beside the components. Each zone below lists what its files may not
 * import; `import-x/no-cycle` forbids cycles anywhere in src. `src/eslint-zones.test.ts` proves
 * each rule fails when broken.
 */

const layer = (name) => `**/${name}/**`;
const APP = layer('app');
const COMPONENTS = layer('components');
const VIEW_STATE = layer('view-state');
const STORE = layer('store');
const PLATFORM = layer('platform');
/** The export's browser side: runners that draw, download and print. */
const EXPORT_RUNNERS = ['**/export/run-*', '**/export/formats*'];

/** React, React Flow and Zustand (types alone are fine). */
const FRAMEWORKS = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@xyflow/*',
  'zustand',
  'zustand/*',
];

/** Browser globals that pure code never touches, so it runs in a worker, a test or a build script. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'requestAnimationFrame',
].map((name) => ({
  name,
  message: 'Pure modules do not touch the browser: take what you need as an argument.',
}));

/** One zone: `files` may not import the `forbidden` paths, nor (unless allowed) the frameworks. */
function zone({
  files,
  forbidden,
  message,
  frameworks = false,
  extra = [],
  pure = false,
  ignores = [],
}) {
  const patterns = [{ group: forbidden, message }, ...extra];
  if (!frameworks) {
    patterns.push({
      group: FRAMEWORKS,
      message: `${message} (no React, React Flow or Zustand here)`,
      allowTypeImports: true,
    });
  }
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx', ...ignores],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      ...(pure ? { 'no-restricted-globals': ['error', ...DOM_GLOBALS] } : {}),
    },
  };
}

/** Pure folders: plain TypeScript, testable and reusable anywhere. */
const PURE = [
  'src/data/**',
  'src/model/**',
  'src/search/**',
  'src/layout/**',
  'src/export/**',
  'src/palette/**',
  'src/performance-marks.mjs',
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
    files: ['src/**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow TypeScript modules too, parsed as the rest of the code is.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  zone({
    files: ['src/components/**'],
    forbidden: [APP],
    message: 'Components must not import the app shell: the app composes them.',
    frameworks: true,
  }),
  zone({
    files: ['src/view-state/**'],
    forbidden: [APP, COMPONENTS, PLATFORM, ...EXPORT_RUNNERS],
    message: 'View state derives from the store and pure modules only.',
    frameworks: true,
  }),
  zone({
    files: ['src/platform/**'],
    forbidden: [APP, COMPONENTS, VIEW_STATE],
    message: 'Browser services must not import the view.',
    frameworks: true,
  }),
  zone({
    files: ['src/store/**'],
    forbidden: [APP, COMPONENTS, VIEW_STATE, PLATFORM, ...EXPORT_RUNNERS],
    message: 'The store holds state and imports only pure modules.',
    // The store's React context and zustand itself; React Flow stays out.
    frameworks: true,
    extra: [{ group: ['@xyflow/*'], message: 'The store must not depend on React Flow.' }],
  }),
  zone({
    files: EXPORT_RUNNERS.map((glob) => `src/${glob.slice(3)}.ts`),
    forbidden: [APP, COMPONENTS, VIEW_STATE, STORE, PLATFORM],
    message: 'Export runners take the view as an argument and return what they did.',
  }),
  zone({
    files: PURE,
    forbidden: [APP, COMPONENTS, VIEW_STATE, STORE, PLATFORM, ...EXPORT_RUNNERS],
    message: 'Pure modules must not import the view, the store or the browser services.',
    pure: true,
    // The export runners are the export's browser side (their own zone above).
    ignores: EXPORT_RUNNERS.map((glob) => `src/${glob.slice(3)}.ts`),
  }),
  zone({
    // The model is the bottom layer: readers, search and layout depend on it, never the reverse.
    files: ['src/model/**'],
    forbidden: [
      APP,
      COMPONENTS,
      VIEW_STATE,
      STORE,
      PLATFORM,
      layer('data'),
      layer('search'),
      layer('layout'),
      layer('export'),
    ],
    message: 'The model must not import the layers above it.',
    pure: true,
    extra: [
      {
        group: ['zod', 'zod/*'],
        message: 'The model holds types and lookups only: validate input in src/data.',
      },
    ],
  }),
);

// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The engine is pure: plain data in, plain data out (docs/architecture.md#the-layers). */
const enginePurity = {
  files: ['src/engine/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ['fs', 'path', 'os', 'child_process', 'http', 'https'].map((name) => ({ name, message: 'The engine does no I/O.' })),
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine knows nothing of React.' },
          { group: ['zustand', 'zustand/*'], message: 'The engine knows nothing of the store.' },
          { group: ['msw', 'msw/*', 'recharts'], message: 'The engine is pure TypeScript.' },
          { group: ['node:*'], message: 'The engine does no I/O.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'fetch', message: 'The engine does no I/O: pass data in.' },
      { name: 'window', message: 'The engine runs outside the browser too.' },
      { name: 'document', message: 'The engine runs outside the browser too.' },
      { name: 'localStorage', message: 'The engine does no I/O.' },
      { name: 'XMLHttpRequest', message: 'The engine does no I/O.' },
      { name: 'performance', message: 'Time is an input: no clock in the engine.' },
      { name: 'setTimeout', message: 'The engine is synchronous and pure.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Pass a seeded generator in instead.' },
      { object: 'Date', property: 'now', message: 'Time is an input: pass "today" in.' },
      { object: 'globalThis', message: 'The engine does not reach for globals.' },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'Time is an input: no clock in the engine.' },
      { selector: 'CallExpression[callee.name="Date"]', message: 'Time is an input: no clock in the engine.' },
    ],
  },
};

/** The engine imports only from itself: no path may climb out of src/engine. */
const engineBoundary = [
  { files: ['src/engine/*.ts'], pattern: '../*' },
  { files: ['src/engine/*/*.ts'], pattern: '../../*' },
].map(({ files, pattern }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      ...enginePurity.rules['no-restricted-imports'].slice(0, 1),
      {
        ...enginePurity.rules['no-restricted-imports'][1],
        patterns: [
          ...enginePurity.rules['no-restricted-imports'][1].patterns,
          { group: [pattern], message: 'The engine imports only from itself (and date-fns, pure-rand).' },
        ],
      },
    ],
  },
}));

/**
 * One-way layers (docs/architecture.md, «The layers»): each folder of src imports only the folders below
 * it, so a number is shaped in one place and no change runs in a circle. From the bottom:
 *
 *   engine      pure planning model (its own rules above)
 *   lib         generic helpers: formatting, CSV, search, locale
 *   scenario, reference   data readers and storage formats
 *   i18n        the strings (not its hooks)
 *   report      view data shaped once: rows, ranges, key figures, series, titles (no React, no store)
 *   store, simulation     inputs and derived projections; the worker
 *   i18n hooks  `src/i18n/use-*.ts`, which read the chosen language from the store
 *   hooks       the screens' other ways into the store (the scenario edit, the policy edit)
 *   components  shared UI, props only (no store); the language alone comes through the i18n hooks
 *   features    one folder per screen, never another feature
 *   app, main.tsx         compose everything
 *
 * Outside src/engine the engine is used through `engine/index.ts` only.
 */
const LAYERS = {
  lib: ['engine'],
  scenario: ['engine', 'lib'],
  reference: ['engine', 'lib'],
  i18n: ['engine', 'lib'],
  report: ['engine', 'lib', 'scenario', 'reference', 'i18n'],
  store: ['engine', 'lib', 'scenario', 'reference', 'i18n', 'report'],
  simulation: ['engine', 'lib', 'scenario', 'reference', 'report'],
  hooks: ['engine', 'lib', 'scenario', 'reference', 'i18n', 'i18n-hooks', 'report', 'store'],
  components: ['engine', 'lib', 'scenario', 'i18n', 'i18n-hooks', 'report'],
  features: ['engine', 'lib', 'scenario', 'reference', 'i18n', 'i18n-hooks', 'report', 'store', 'simulation', 'hooks', 'components'],
};
const SRC_FOLDERS = ['engine', 'lib', 'scenario', 'reference', 'i18n', 'report', 'store', 'simulation', 'hooks', 'components', 'features', 'app'];

/** `^(\.\./){depth}` written as a regex: the climb from a file at `depth` folders below src to src. */
const climb = (depth) => `^(\\.\\./){${depth}}`;

/** The patterns that keep a file `depth` folders below src inside its layer's allowance. */
function layerPatterns(layer, depth) {
  const allowed = new Set([layer, ...LAYERS[layer]]);
  const up = climb(depth);
  const below = `${layer} may import only ${LAYERS[layer].join(', ')}.`;
  const patterns = SRC_FOLDERS.filter((folder) => !allowed.has(folder)).map((folder) => ({
    regex: `${up}${folder}(/|$)`,
    message: `${below} Not ${folder}.`,
  }));
  patterns.push({ regex: `${up}engine/(?!index$)`, message: 'Use the engine through its public entry, engine/index.ts.' });
  if (!allowed.has('i18n-hooks')) {
    patterns.push({ regex: `${up}i18n/use-`, message: `${below} The i18n hooks read the store; pass strings in.` });
    if (layer === 'i18n') patterns.push({ regex: '^(\\./|\\.\\./)use-', message: 'The strings do not read the store; the hooks sit above it.' });
  }
  if (layer === 'features') {
    patterns.push({ regex: `${climb(depth - 1)}(?!\\.\\./)[^/]+`, message: 'A feature never imports another feature; move what both need to report, components or the store.' });
    patterns.push({ regex: `${up}features(/|$)`, message: 'A feature never imports another feature.' });
  }
  return patterns;
}

const FILES = '{ts,tsx}';
const layerBoundaries = Object.keys(LAYERS).flatMap((layer) =>
  [1, 2, 3].map((depth) => {
    const top = layer === 'features' ? 'src/features/*' : `src/${layer}`;
    const inner = layer === 'features' ? depth - 1 : depth;
    if (inner < 1) return null;
    const files = [`${top}/${'*/'.repeat(inner - 1)}*.${FILES}`];
    const hooks = layer === 'i18n' ? ['src/i18n/use-*.ts'] : [];
    return { files, ignores: hooks, rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(layer, depth) }] } };
  }).filter((config) => config !== null),
);

/** The i18n hooks read the chosen language from the store: above the store, below the screens. */
const i18nHooks = {
  files: ['src/i18n/use-*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: ['components', 'features', 'app', 'simulation', 'hooks'].map((folder) => ({
          regex: `^\\.\\./${folder}(/|$)`,
          message: `The i18n hooks import only the strings, lib and the store. Not ${folder}.`,
        })).concat({ regex: '^\\.\\./engine/(?!index$)', message: 'Use the engine through its public entry, engine/index.ts.' }),
      },
    ],
  },
};

/** The CLI is a shell like the app, without React: it prints what the report layer shapes. */
const cliBoundary = {
  files: ['cli/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...['components', 'features', 'app', 'simulation', 'hooks'].map((folder) => ({
            regex: `^\\.\\./src/${folder}(/|$)`,
            message: `The CLI prints what the report layer shapes; it has no UI. Not ${folder}.`,
          })),
          { regex: '^\\.\\./src/i18n/use-', message: 'The CLI has no React: use the strings, not the hooks.' },
          { regex: '^\\.\\./src/engine/(?!index$)', message: 'Use the engine through its public entry, engine/index.ts.' },
        ],
      },
    ],
  },
};

const noFocusOrSkip = [
  { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
  { selector: 'CallExpression[callee.property.name="skip"]', message: 'No skipped tests.' },
];

/**
 * The jsdom tests' files share their modules (Vitest does not isolate them, see vite.config.ts),
 * where a module mocked in one file would stay mocked, or not be mocked, by the order of the
 * files. A test that mocks a module is named *.mock.test.* and runs isolated.
 */
const mocksInTheirOwnFiles = {
  files: ['tests/**/*.{ts,tsx}'],
  ignores: ['tests/**/*.mock.test.{ts,tsx}'],
  rules: {
    'no-restricted-syntax': [
      'error',
      ...noFocusOrSkip,
      {
        selector: 'CallExpression[callee.object.name="vi"][callee.property.name=/^(mock|doMock|unmock|doUnmock)$/]',
        message: 'A test that mocks a module goes in a file named *.mock.test.ts(x): that project runs each file isolated.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.shoot-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noFocusOrSkip],
    },
  },
  mocksInTheirOwnFiles,
  enginePurity,
  ...engineBoundary,
  ...layerBoundaries,
  i18nHooks,
  cliBoundary,
);

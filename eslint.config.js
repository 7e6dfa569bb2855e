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
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
        { selector: 'CallExpression[callee.property.name="skip"]', message: 'No skipped tests.' },
      ],
    },
  },
  enginePurity,
  ...engineBoundary,
);

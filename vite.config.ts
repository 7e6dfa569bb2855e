/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy the built app runs under (README "Content-Security-Policy"):
 * scripts, styles, the simulation's Web Worker and the reference data only from the app's own
 * origin; no inline script, no eval, no plugins, no other site. Images also from `data:` and
 * `blob:` URLs (chart downloads).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy in a meta tag of the built index.html (so any static host serves it), and
 * not in the dev server's, whose hot reload runs inline scripts. `vite preview` also sends it
 * as a header, with `frame-ancestors`, which a meta tag cannot carry.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The service worker and the web app manifest (README "Offline use and updates"): the worker is
 * `src/service-worker.ts`, given the list of every built file and the reference data to store at
 * install. The app registers it itself, after its first paint and only in the built app
 * (`src/app/offline-update.tsx`), so no inline script is needed; a new version waits for the
 * planner's word (`registerType: 'prompt'`). `public/mockServiceWorker.js` (MSW, for tests) is
 * neither stored nor registered.
 */
const offline = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'service-worker.ts',
  registerType: 'prompt',
  injectRegister: null,
  devOptions: { enabled: false },
  // The glob below already takes the icons and the manifest.
  includeManifestIcons: false,
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'data/*.json'],
    globIgnores: ['mockServiceWorker.js'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
  manifest: {
    name: 'Bosettingsplan',
    short_name: 'Bosettingsplan',
    description: 'Planlegg bosetting av flyktninger over flere år: tilskudd, kostnader og kapasitet.',
    lang: 'nb',
    dir: 'ltr',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    // The palette's header blue (public/favicon.svg) and its background (src/components/palette.ts).
    theme_color: '#0b4f8a',
    background_color: '#ffffff',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline],
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  build: {
    manifest: true,
    rolldownOptions: {
      // The engine is pure (lint holds it to that): a module of it whose exports nothing uses is
      // left out, instead of being run for a re-export of the engine's entry.
      treeshake: { moduleSideEffects: (id) => (/[\\/]src[\\/]engine[\\/]/.test(id) ? false : undefined) },
    },
  },
  test: {
    globals: true,
    pool: 'threads',
    // Two files at a time, one per core: Vitest's default (cores − 1) runs one at a time here.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // The files of a worker share the modules they load (the engine, zod, the reference data), not a new import each.
          isolate: false,
          setupFiles: ['tests/setup-prototype.ts'],
          include: ['tests/{engine,reference,scenario,report,cli,lib,lint,i18n}/**/*.test.ts'],
          exclude: ['tests/**/*.mock.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          // The files of a worker share one window and the modules they load, instead of a new
          // window and a new import of the app, Recharts and the test setup for each file: that
          // setup was some 150 s of the project's CPU time. tests/setup.ts puts the page and the
          // globals back after each test and file.
          isolate: false,
          setupFiles: ['tests/setup.ts', 'tests/setup-prototype.ts', 'tests/setup-charts.ts'],
          include: ['tests/features/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.mock.test.{ts,tsx}'],
        },
      },
      {
        // The store and the shared pieces in jsdom, without rendering the app: no chart code to load first.
        extends: true,
        test: {
          name: 'store',
          environment: 'jsdom',
          // As the components: one window per worker, put back by tests/setup.ts.
          isolate: false,
          setupFiles: ['tests/setup.ts', 'tests/setup-prototype.ts'],
          include: ['tests/{store,app,components}/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.mock.test.{ts,tsx}'],
        },
      },
      {
        // Tests that mock a module (vi.mock), each file isolated: a module mocked in a shared
        // module cache would stay mocked for the files after it (lint keeps vi.mock to these files).
        extends: true,
        test: {
          name: 'mocked',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts', 'tests/setup-prototype.ts'],
          include: ['tests/**/*.mock.test.{ts,tsx}'],
        },
      },
    ],
  },
});

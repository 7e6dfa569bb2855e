/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  build: { manifest: true },
  test: {
    globals: true,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{engine,reference,scenario,report,cli,lib,lint,i18n}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['tests/{features,store,app,components}/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});

/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  preview: { port: 4173, strictPort: true },
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
          include: ['tests/{engine,reference,scenario,cli,lib,lint,i18n}/**/*.test.ts'],
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

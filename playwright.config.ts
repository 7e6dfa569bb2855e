import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// `npm test` and `npm run test:e2e` set CHROMIUM_PATH (scripts/find-chromium.mjs, which installs
// Debian's headless shell of Chromium when it can); run alone, Playwright takes the headless
// shell where it is installed, else the full Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // Two tests at a time, one per core. Every test has a page of its own and needs no other test,
  // so the tests of one file may run in either worker: the two then finish together, where with
  // whole files one worker was often left alone with the longest file at the end. A file whose
  // tests must not overlap says so (offline.spec.ts). Three workers on the two cores were no
  // faster (4 min 30 s either way, on a machine busy with other work) and ran a test out of time.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: 'http://localhost:4174',
    locale: 'nb-NO',
    // The built app installs its service worker, which downloads the whole build (3 MB) into its
    // cache: a second or so of work for the browser and the server in every test, for a cache
    // that only the offline tests use. They, and the test of the Content-Security-Policy (the
    // worker's script is one the policy must allow), let it in again (`test.use`).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx vite preview --port 4174 --strictPort',
    url: 'http://localhost:4174',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

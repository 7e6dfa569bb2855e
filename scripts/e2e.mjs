// `npm run test:e2e`: build, then the browser tests against the built app.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, CHROMIUM_PATH: findChromium() };
for (const args of [['vite', 'build'], ['playwright', 'test', ...process.argv.slice(2)]]) {
  const { status } = spawnSync('npx', args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

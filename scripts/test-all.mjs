// `npm test`: type check, lint, unit and component tests, then browser tests.
// Stops at the first failing step and exits with its status.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const steps = [
  ['Type check', 'npx', ['tsc', '-b']],
  ['Lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Build', 'npx', ['vite', 'build']],
  ['Bundle size of the first screen', 'node', ['scripts/bundle-size.mjs']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];

const chromium = findChromium();
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');

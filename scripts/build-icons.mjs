// Draws the app icons in public/icons/ (web app manifest, vite.config.ts) from the favicon's house with
// Chromium: `node scripts/build-icons.mjs` (CHROMIUM_PATH or /usr/bin/chromium).
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
// The favicon's house, drawn on a full square: plain (rounded) and maskable (house within the 80 % safe circle).
const svg = (size, maskable) => {
  const scale = maskable ? 0.6 : 0.9;
  const offset = (1 - scale) / 2 * 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="${maskable ? 0 : 6}" fill="#0b4f8a"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})"><path d="M6 17 16 8l10 9v9H6z" fill="#fff"/><rect x="13" y="19" width="6" height="7" fill="#0b4f8a"/></g></svg>`;
};
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192', 192, false], ['icon-512', 512, false], ['icon-maskable-512', 512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, maskable)}</body></html>`);
  writeFileSync(`public/icons/${name}.png`, await page.locator('svg').screenshot({ omitBackground: true }));
}
await browser.close();

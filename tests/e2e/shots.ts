import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page, PageScreenshotOptions } from '@playwright/test';

/**
 * Screenshots and printed PDFs for a person to look at (no test compares them): written only
 * when `E2E_SHOTS` names a folder, e.g. `E2E_SHOTS=/tmp/shots npm run test:e2e`. `npm test`
 * writes none.
 */
const folder = () => process.env.E2E_SHOTS || null;

/** A screenshot of the page, kept as `name` in the folder. */
export async function shot(page: Page, name: string, options: Omit<PageScreenshotOptions, 'path'> = {}): Promise<void> {
  const dir = folder();
  if (dir !== null) await page.screenshot({ ...options, path: `${dir}/${name}` });
}

/** A file (a printed PDF), kept as `name` in the folder. */
export function keep(name: string, bytes: Uint8Array): void {
  const dir = folder();
  if (dir === null) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}`, bytes);
}

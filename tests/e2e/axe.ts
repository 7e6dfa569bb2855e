import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0 and 2.1, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's script, put into the page under test. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the page as it is now and expects no violation: the WCAG A/AA rules, and with
 * `bestPractice` axe's best practices too (a duplicate landmark is one of those).
 *
 * axe-core runs in the page itself, as @axe-core/playwright's legacy mode ran it, with three
 * settings that keep a run short on the same rules, with the same violations reported by the
 * same selectors:
 * - its script (550 kB) is put into a page once, not again for every run: a page that is
 *   checked three times compiles it once (with @axe-core/playwright, which injects it on every
 *   run, a run took 1.3–1.8 s of CPU; here 0.7–0.9 s on the same page);
 * - `resultTypes: ['violations']`: axe builds a selector for every node it checked, and that is
 *   most of its work after the rules; this limits it to the violations (passes and incomplete
 *   results keep one node each, and nothing here reads them);
 * - the top document only: axe is put into it alone, and the app has no frames (the check below
 *   says so: a frame would go unchecked).
 */
export async function expectNoAxeViolations(page: Page, { bestPractice = false } = {}) {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame() && frame.url() !== 'about:blank');
  expect(frames.map((frame) => frame.url()), 'frames (axe is put into the top document only)').toEqual([]);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: bestPractice ? [...WCAG, 'best-practice'] : WCAG }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    const results = await axe.run(document, runOptions);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, options);
  expect(violations).toEqual([]);
}

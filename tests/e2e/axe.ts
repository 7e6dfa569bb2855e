import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now and expects no violation: the WCAG A/AA rules, and with
 * `bestPractice` axe's best practices too (a duplicate landmark is one of those).
 *
 * Two settings make a run take about a third of the time, on the same rules, with the same
 * violations reported by the same selectors:
 * - `resultTypes: ['violations']`: axe builds a selector for every node it checked, and that is
 *   most of its work after the rules; this limits it to the violations (passes and incomplete
 *   results keep one node each, and nothing here reads them).
 * - legacy mode: `axe.run` in the page itself, instead of a partial run per frame finished in a
 *   new blank page of the context (a second copy of axe, and every result sent across). It
 *   leaves out frames of another origin only; the app has none, and the check below says so.
 */
export async function expectNoAxeViolations(page: Page, { bestPractice = false } = {}) {
  const origin = new URL(page.url()).origin;
  const foreign = page.frames().filter((frame) => frame.url() !== 'about:blank' && new URL(frame.url()).origin !== origin);
  expect(foreign.map((frame) => frame.url()), 'frames of another origin (legacy mode would not check them)').toEqual([]);
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(bestPractice ? [...WCAG, 'best-practice'] : WCAG)
    .setLegacyMode(true)
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = '/tmp/shots';
const SENTENCE = /^Med en avtale om \d+ i året i 10 år får kommunen i snitt \d+,\d\smill\.\skr (mer|mindre) netto, og utfallet varierer \d+,\d\smill\.\skr (mindre|mer) enn med årlige anmodninger\.$/;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Notes in the page whether a progress bar was ever shown: a run of 10 000 paths may take well under a second. */
async function watchForProgress(page: Page) {
  await page.addInitScript(() => {
    const seen = { progress: false };
    Object.assign(window, { __seen: seen });
    new MutationObserver(() => {
      if (document.querySelector('progress')) seen.progress = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

const sawProgress = (page: Page) => page.evaluate(() => (window as unknown as { __seen: { progress: boolean } }).__seen.progress);

test('given Kongsberg with 40 settled in 2026, when the planner opens the predictability screen, then the worker runs 10 000 paths and the value of predictability is stated', async ({ page }) => {
  await watchForProgress(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).pressSequentially('kongsberg');
  await page.getByRole('option', { name: /^Kongsberg, Buskerud/ }).click();
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' }).fill('40');
  await page.getByRole('link', { name: 'Forutsigbarhet' }).click();

  await expect(page.getByText(SENTENCE)).toBeVisible({ timeout: 30_000 });
  expect(await sawProgress(page)).toBe(true);
  expect(workers.some((url) => url.includes('simulation.worker'))).toBe(true);
  await expect(page.getByText(/^Snitt over 10\s000 baner\./)).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Bosatte i 20\d\d: / })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^IMDis anmodning har svingt mellom/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Nettobudsjettet for økonomiplanen er mest følsomt for/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/predictability-desktop.png`, fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole('figure', { name: /^Nettobudsjett i 20\d\d/ }).getByText('Vis tallene som tabell').click();
  await page.getByText('Forutsetninger for simuleringen').click();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/predictability-narrow.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test('given a long run under way, when the planner cancels, then it stops and says so, and running again gives a result', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).pressSequentially('kongsberg');
  await page.getByRole('option', { name: /^Kongsberg, Buskerud/ }).click();
  await page.getByRole('link', { name: 'Forutsigbarhet' }).click();
  await expect(page.getByText(SENTENCE)).toBeVisible({ timeout: 30_000 });

  await page.getByText('Forutsetninger for simuleringen').click();
  await page.getByRole('textbox', { name: 'Antall baner' }).fill('100000');
  await page.getByRole('button', { name: 'Kjør simuleringen' }).click();
  await expect(page.getByRole('progressbar', { name: 'Simuleringen' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/predictability-progress.png` });
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Simuleringen ble avbrutt.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText(SENTENCE)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Antall baner' }).fill('2000');
  await page.getByRole('button', { name: 'Kjør simuleringen' }).click();
  await expect(page.getByText(SENTENCE)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Snitt over 2\s000 baner\./)).toBeVisible();
});

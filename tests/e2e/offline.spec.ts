import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
// One after the other: the second test puts a new service worker in the build, which the first must not see.
test.describe.configure({ mode: 'default' });

/** The built service worker that `vite preview` serves (read from disk at each request). */
const SERVICE_WORKER = fileURLToPath(new URL('../../dist/service-worker.js', import.meta.url));

/** Resolves when the app's service worker is active and answers this page's requests. */
async function controlledByServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller === null) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.active?.scriptURL ?? '';
  });
}

/** Tromsø with 30 and 20 settled and 4 unaccompanied minors in the second year (as in print.spec.ts). */
async function enterPlan(page: Page) {
  await page.getByRole('combobox', { name: 'Kommune' }).fill('tromsø');
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  const totals = page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ });
  await totals.nth(0).fill('30');
  await totals.nth(1).fill('20');
  await page.getByRole('textbox', { name: /^Enslige mindreårige \d{4}$/ }).nth(1).fill('4');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne \d{4}$/ }).first()).toHaveValue('9');
}

async function expectPlan(page: Page) {
  await expect(page.getByText('Valgt: Tromsø (Troms)')).toBeVisible();
  const totals = page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ });
  await expect(totals.nth(0)).toHaveValue('30');
  await expect(totals.nth(1)).toHaveValue('20');
  await expect(page.getByRole('textbox', { name: /^Enslige mindreårige \d{4}$/ }).nth(1)).toHaveValue('4');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne \d{4}$/ }).first()).toHaveValue('9');
}

test('given a first visit that stored a plan, when the browser goes offline and the page is reloaded, then the app opens with the plan, the served reference data and every screen', async ({ context, page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
  expect(await controlledByServiceWorker(page)).toBe('http://localhost:4174/service-worker.js');
  // The MSW worker in public/ is for tests only: the built app registers its own worker alone.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL))).toEqual([
    'http://localhost:4174/service-worker.js',
  ]);
  await enterPlan(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/favicon.svg?not-stored').then(() => 'answered', () => 'failed'))).toBe('failed');
  await page.reload();

  await expectPlan(page);
  // The reference files came from the worker's store, not from the copy bundled with the build.
  await expect(page.getByText('Dataversjon: satser 2026-12, kommuner 2024-01-01.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Satser og kommunedata kunne ikke lastes fra serveren' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Kommune' }).fill('kautokeino');
  await expect(page.getByRole('option', { name: /^Guovdageaidnu - Kautokeino, Finnmark/ })).toBeVisible();

  // A screen loaded on demand, never opened online, opens offline with the year's rates.
  await page.getByRole('navigation', { name: 'Skjermbilder' }).getByRole('link', { name: 'Satser' }).click();
  await page.getByRole('combobox', { name: 'Budsjettår' }).selectOption('2026');
  const row = page.getByRole('table', { name: 'Satser for budsjettåret 2026, kroner per person' }).getByRole('row', {
    name: /^Integreringstilskudd år 1, enslig voksen/,
  });
  await expect(row).toContainText(/242\s760/);

  // The simulation's Web Worker is stored too.
  await page.getByRole('navigation', { name: 'Skjermbilder' }).getByRole('link', { name: 'Forutsigbarhet' }).click();
  await expect(page.getByTestId('value-sentence')).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('given a stored plan and a new version of the app on the server, then the app says so, «Senere» keeps the page, and «Last inn ny versjon» reloads into the new version with the plan intact', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
  await controlledByServiceWorker(page);
  await enterPlan(page);

  // A new build on the server: its service worker differs from the one installed (put back after the test).
  const installed = readFileSync(SERVICE_WORKER, 'utf8');
  try {
    writeFileSync(SERVICE_WORKER, `${installed}\n// the next version`);
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'En ny versjon av Bosettingsplan er klar.' });
    // The browser checks for a new version on the reload, and installs it (the whole build) before the app hears of it.
    await expect(prompt).toContainText('Scenarioene dine er lagret og blir med over.', { timeout: 30_000 });
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));

    await prompt.getByRole('button', { name: 'Senere' }).click();
    await expect(page.getByText('En ny versjon av Bosettingsplan er klar.')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    await expectPlan(page);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);

    // The waiting version asks again on the next load; now the planner takes it.
    await page.reload();
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Last inn ny versjon' }).click({ timeout: 30_000 });
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await expect(page.getByText('En ny versjon av Bosettingsplan er klar.')).toHaveCount(0);
    await expectPlan(page);
  } finally {
    writeFileSync(SERVICE_WORKER, installed);
  }
});

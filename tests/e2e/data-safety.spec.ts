import { expect, test, type Page } from '@playwright/test';

const STORAGE_KEY = 'bosettingsplan';
const DAMAGED_KEY = 'bosettingsplan:damaged';

const scenario = (name: string, startYear: unknown, singleAdults: number) => ({
  formatVersion: 1,
  name,
  municipalityCode: '3303',
  startYear,
  years: [{ singleAdults }, {}, {}, {}],
});

const storedState = (scenarios: object[], currentId = 's1') =>
  JSON.stringify({ state: { scenarios, currentId, baselineId: 's1', ui: { locale: 'nb', showZeroLines: false } }, version: 2 });

/**
 * Puts `text` under the app's key from a page of the app's origin where the app does not run
 * (so that it cannot save over it meanwhile), then opens the app at `path`.
 */
async function store(page: Page, text: string, path = '/') {
  await page.goto('/favicon.svg');
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key, value);
  }, [STORAGE_KEY, text] as const);
  await page.goto(path);
}

type Stored = { state: { scenarios: { scenario: { name: string; years: { singleAdults: number }[] } }[] } };
const storedFigures = async (page: Page) => {
  const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return (JSON.parse(text ?? '{}') as Stored).state.scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.singleAdults]);
};

test('given tab A on «Alfa» and tab B choosing «Bruk «Beta»», when A types 100 and B 200 into 2026, then Alfa has 100, Beta 200, and A stayed on Alfa', async ({ context }) => {
  const a = await context.newPage();
  await store(a, storedState([{ id: 's1', scenario: scenario('Alfa', 2026, 1), shelvedYears: [] }, { id: 's2', scenario: scenario('Beta', 2026, 2), shelvedYears: [] }]));
  await expect(a.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('1');

  const b = await context.newPage();
  await b.goto('/#/scenarioer');
  await b.getByRole('button', { name: 'Bruk «Beta»' }).click();
  await b.getByRole('link', { name: 'Plan og prognose' }).click();
  await expect(b.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('2');

  // A is still on Alfa: what B chose does not switch it.
  await a.bringToFront();
  await expect(a.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('1');
  await a.getByRole('textbox', { name: 'Enslige voksne 2026' }).fill('100');
  await expect.poll(() => storedFigures(a)).toEqual([['Alfa', 100], ['Beta', 2]]);

  await b.bringToFront();
  await expect(b.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('2');
  await b.getByRole('textbox', { name: 'Enslige voksne 2026' }).fill('200');
  await expect.poll(() => storedFigures(b)).toEqual([['Alfa', 100], ['Beta', 200]]);

  // Each tab shows its own scenario, and after a reload still does, with both edits.
  await a.reload();
  await expect(a.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('100');
  await b.reload();
  await expect(b.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('200');
  await b.goto('/#/scenarioer');
  await expect(b.locator('.scenario-name')).toHaveText(['Alfa', 'Beta']);
});

/** Fills localStorage with filler keys until not even one more character fits. */
async function fillToQuota(page: Page) {
  return page.evaluate(() => {
    let chunk = 1 << 20;
    let n = 0;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(chunk));
        n += 1;
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return n;
  });
}

test('given three scenarios, one damaged, and storage at its quota, when the app opens and the planner edits, then nothing is claimed that was not kept and every scenario is intact', async ({ page }) => {
  const raw = storedState([
    { id: 's1', scenario: scenario('Alfa', 2026, 10), shelvedYears: [] },
    { id: 's2', scenario: scenario('Beta', 'neste år', 20), shelvedYears: [] },
    { id: 's3', scenario: scenario('Gamma', 2026, 30), shelvedYears: [] },
  ]);
  await page.goto('/favicon.svg');
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key, value);
  }, [STORAGE_KEY, raw] as const);
  expect(await fillToQuota(page)).toBeGreaterThan(0);
  await page.goto('/');

  const notice = page.getByRole('status').filter({ hasText: 'Det lagrede scenariet kunne ikke leses' });
  await expect(notice).toContainText('«Beta» (scenario nr. 2)');
  await expect(notice).toContainText('Nettleseren har ikke plass til en kopi av de lagrede dataene');
  await expect(notice).not.toContainText('Ingenting er slettet');
  await expect(notice.getByRole('button', { name: 'Lukk meldingen' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Lagringen står stille' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Last ned de skadde dataene' }).click();
  expect((await downloading).suggestedFilename()).toBe('bosettingsplan-skadde-data.json');

  await page.getByRole('textbox', { name: 'Enslige voksne 2026' }).fill('100');
  await expect(page.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('100');
  const held = () => page.evaluate(([key, damaged]) => [localStorage.getItem(key), localStorage.getItem(damaged)], [STORAGE_KEY, DAMAGED_KEY] as const);
  expect(await held()).toEqual([raw, null]);

  // A reload finds all three scenarios as stored, the damaged one among them.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '«Beta» (scenario nr. 2)' })).toBeVisible();
  expect(await held()).toEqual([raw, null]);

  // Room freed: the next edit first keeps the damaged text aside, then saves.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await page.getByRole('textbox', { name: 'Enslige voksne 2026' }).fill('110');
  await expect(page.getByRole('status').filter({ hasText: 'Ingenting er slettet' })).toContainText(DAMAGED_KEY);
  await expect(page.getByRole('alert').filter({ hasText: 'Lagringen står stille' })).toHaveCount(0);
  expect((await held())[1]).toBe(raw);
  await expect.poll(() => storedFigures(page)).toEqual([['Alfa', 110], ['Gamma', 30]]);
});

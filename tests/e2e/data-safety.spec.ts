import { expect, test, type Page } from '@playwright/test';
import { idbEntries, idbPut, quotaWhileFlagged } from './idb';

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
 * Puts `text` under the app's key in localStorage, where an earlier version of the app kept it,
 * from a page of the app's origin where the app does not run (so that it cannot save over it
 * meanwhile), then opens the app at `path`, which moves it into IndexedDB.
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
  const text = (await idbEntries(page))[STORAGE_KEY];
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
  // A has heard of B's save (over the BroadcastChannel) and read it back, still on Alfa.
  await expect(a.getByText('Endringer lagret i en annen fane er hentet inn her.')).toBeVisible();
  await expect(a.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('100');

  // Each tab shows its own scenario, and after a reload still does, with both edits.
  await a.reload();
  await expect(a.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('100');
  await b.reload();
  await expect(b.getByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('200');
  await b.goto('/#/scenarioer');
  await expect(b.locator('.scenario-name')).toHaveText(['Alfa', 'Beta']);
});

test('given three scenarios, one damaged, in IndexedDB at its quota, when the app opens and the planner edits, then nothing is claimed that was not kept and every scenario is intact', async ({ page }) => {
  const raw = storedState([
    { id: 's1', scenario: scenario('Alfa', 2026, 10), shelvedYears: [] },
    { id: 's2', scenario: scenario('Beta', 'neste år', 20), shelvedYears: [] },
    { id: 's3', scenario: scenario('Gamma', 2026, 30), shelvedYears: [] },
  ]);
  await quotaWhileFlagged(page.context());
  await page.goto('/favicon.svg');
  await idbPut(page, STORAGE_KEY, raw);
  await page.evaluate(() => sessionStorage.setItem('e2e:full', 'yes'));
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
  const held = async () => {
    const entries = await idbEntries(page);
    return [entries[STORAGE_KEY] ?? null, entries[DAMAGED_KEY] ?? null];
  };
  expect(await held()).toEqual([raw, null]);

  // A reload finds all three scenarios as stored, the damaged one among them.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '«Beta» (scenario nr. 2)' })).toBeVisible();
  expect(await held()).toEqual([raw, null]);

  // Room freed: the next edit first keeps the damaged text aside, then saves.
  await page.evaluate(() => sessionStorage.removeItem('e2e:full'));
  await page.getByRole('textbox', { name: 'Enslige voksne 2026' }).fill('110');
  await expect(page.getByRole('status').filter({ hasText: 'Ingenting er slettet' })).toContainText(DAMAGED_KEY);
  await expect(page.getByRole('alert').filter({ hasText: 'Lagringen står stille' })).toHaveCount(0);
  expect((await held())[1]).toBe(raw);
  await expect.poll(() => storedFigures(page)).toEqual([['Alfa', 110], ['Gamma', 30]]);
});

test('given a stored version 2 state in localStorage, when the app opens, then every scenario opens, the state is in IndexedDB and not in localStorage, and a reload keeps it', async ({ page }) => {
  const raw = storedState([
    { id: 's1', scenario: scenario('Alfa', 2026, 10), shelvedYears: [] },
    { id: 's2', scenario: scenario('Beta', 2027, 20), shelvedYears: [] },
    { id: 's3', scenario: scenario('Gamma', 2026, 30), shelvedYears: [] },
  ], 's2');
  await store(page, raw, '/#/scenarioer');
  await expect(page.locator('.scenario-name')).toHaveText(['Alfa', 'Beta', 'Gamma']);
  await expect.poll(() => storedFigures(page)).toEqual([['Alfa', 10], ['Beta', 20], ['Gamma', 30]]);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

  await page.reload();
  await expect(page.locator('.scenario-name')).toHaveText(['Alfa', 'Beta', 'Gamma']);
  await page.getByRole('link', { name: 'Plan og prognose' }).click();
  await expect(page.getByRole('textbox', { name: 'Enslige voksne 2027' })).toHaveValue('20');
});

test('given an edit and at once a reload, five times over, then every edit is there after its reload and nothing is left in localStorage', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('textbox', { name: 'Enslige voksne 2026' });
  for (let n = 1; n <= 5; n += 1) {
    await field.fill(String(n * 11));
    // No waiting: the page goes away while its write to IndexedDB may still be under way.
    await page.reload();
    await expect(field).toHaveValue(String(n * 11));
  }
  await expect.poll(() => storedFigures(page)).toEqual([['Nytt scenario', 55]]);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bosettingsplan')))).toEqual([]);
});

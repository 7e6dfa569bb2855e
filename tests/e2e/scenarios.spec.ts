import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { shot } from './shots';


const table = (page: Page) => page.getByRole('table', { name: /^Scenarioene dine/ });
const names = (page: Page) => table(page).locator('tbody th .scenario-name');
const status = (page: Page) => page.locator('.scenarios-status');
/** The row of the scenario with exactly this name (the first, if two share it). */
const row = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.locator('.scenario-name', { hasText: new RegExp(`^${name}$`) }) })
    .first();

test('given the scenarios screen, when the planner creates, renames, duplicates, deletes, undoes, reloads, exports and imports, then nothing is lost', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/scenarioer');
  await expect(table(page)).toBeVisible();
  await expect(names(page)).toHaveText(['Nytt scenario']);
  await expect(page.getByRole('button', { name: 'Angre', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);

  // Keyboard only: create a scenario and name it, then rename the first one.
  await tabTo(page, page.getByRole('button', { name: 'Nytt scenario', exact: true }), { limit: 40 });
  await page.keyboard.press('Enter');
  const newName = page.getByRole('textbox', { name: 'Nytt navn på «Nytt scenario 2»' });
  await expect(newName).toBeFocused();
  await shot(page, `scenarios-rename.png`, { fullPage: true });
  await expectNoAxeViolations(page);
  await page.keyboard.type('Høyt anslag');
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['Nytt scenario', 'Høyt anslag']);
  await expect(page.getByRole('button', { name: 'Gi nytt navn «Høyt anslag»' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Gi nytt navn «Nytt scenario»' }), { limit: 40 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Basis 2026');
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag']);
  await expect(status(page)).toHaveText('Scenariet heter nå «Basis 2026».');

  // Fill in the current one on the plan screen, so that the list has figures.
  await page.getByRole('link', { name: 'Åpne i planen «Høyt anslag»' }).click();
  await page.getByRole('combobox', { name: 'Kommune' }).fill('kongsberg');
  await page.getByRole('option', { name: /^Kongsberg/ }).click();
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' }).fill('40');
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2027' }).fill('40');
  await page.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  const high = row(page, 'Høyt anslag');
  await expect(high.getByRole('cell').nth(0)).toHaveText('Kongsberg');
  await expect(high.getByRole('cell').nth(2)).toHaveText('80');
  await expect(high.getByRole('cell').nth(3)).toContainText('kr');

  // Duplicate, delete, put back with the message's «Angre», delete again and undo in the header.
  await page.getByRole('button', { name: 'Dupliser «Høyt anslag»' }).click();
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag', 'Kopi av Høyt anslag']);
  await page.getByRole('button', { name: 'Slett «Basis 2026»' }).click();
  await expect(names(page)).toHaveText(['Høyt anslag', 'Kopi av Høyt anslag']);
  await expect(status(page).getByRole('button', { name: 'Angre slettingen av «Basis 2026»' })).toBeFocused();
  await shot(page, `scenarios-deleted.png`, { fullPage: true });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag', 'Kopi av Høyt anslag']);
  await page.getByRole('button', { name: 'Slett «Kopi av Høyt anslag»' }).click();
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag']);
  await page.getByRole('heading', { name: 'Scenarioer', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag', 'Kopi av Høyt anslag']);
  await page.getByRole('button', { name: 'Gjør om' }).click();
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag']);
  await page.getByRole('button', { name: 'Angre', exact: true }).click();
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag', 'Kopi av Høyt anslag']);

  // Reload: everything is still there, with the marks.
  await page.reload();
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag', 'Kopi av Høyt anslag']);
  await expect(row(page, 'Basis 2026').locator('.mark')).toHaveText(['Basis']);
  await expect(row(page, 'Kopi av Høyt anslag').locator('.mark')).toHaveText(['Gjeldende']);

  // Export the current one and import the file again: a new scenario with the same inputs.
  await page.getByRole('button', { name: 'Bruk «Høyt anslag»' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporter gjeldende scenario' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('bosettingsplan-hoyt-anslag.json');
  const path = `${test.info().outputPath('export.json')}`;
  await download.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8')) as { name: string; municipalityCode: string };
  expect(exported).toMatchObject({ formatVersion: 3, name: 'Høyt anslag', municipalityCode: '3303' });

  await page.getByLabel('Importer scenario fra fil').setInputFiles(path);
  await expect(names(page)).toHaveText(['Basis 2026', 'Høyt anslag', 'Kopi av Høyt anslag', 'Høyt anslag (2)']);
  const imported = table(page).getByRole('row').nth(4);
  await expect(imported.locator('.mark')).toHaveText(['Gjeldende']);
  await expect(imported.getByRole('cell').nth(2)).toHaveText('80');

  // A damaged file changes nothing and lists its problems.
  await page.getByLabel('Importer scenario fra fil').setInputFiles({
    name: 'feil.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{ children: -1 }] })),
  });
  await expect(page.getByRole('alert')).toContainText('Barn, 2026: må være et helt tall fra 0 til 10 000 (fant −1).');
  await expect(names(page)).toHaveCount(4);
  await shot(page, `scenarios-list.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `scenarios-narrow.png`, { fullPage: true });
  await expectNoAxeViolations(page);
});

test('given the rates file fails on the server, then the app opens on its bundled copy, says so and labels the footer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.route('**/data/rates.json', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await page.goto('/');
  const notice = page.getByRole('alert');
  await expect(notice.getByRole('heading')).toHaveText('Satser og kommunedata kunne ikke lastes fra serveren');
  await expect(notice).toContainText('Forespørselen til serveren mislyktes.');
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(/Innebygd kopi av referansedataene, versjon \S+/);
  await shot(page, `scenarios-bundled-reference.png`, { fullPage: false });
  await expectNoAxeViolations(page);

  await page.unroute('**/data/rates.json');
  await notice.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).not.toContainText('Innebygd kopi');
});

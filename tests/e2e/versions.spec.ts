import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { shot } from './shots';

/** Types a value into a field the keyboard has reached, replacing what it held. */
async function typeInto(page: Page, field: Locator, value: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
}

/** Follows a link of the navigation with the keyboard. */
async function openScreen(page: Page, name: string) {
  const link = page.getByRole('link', { name, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
}

const versionRows = (page: Page) => page.getByRole('table', { name: 'Lagrede versjoner, nyeste først' }).locator('tbody tr');
const diffRows = (page: Page) => page.getByRole('table', { name: /^Endringer fra/ }).locator('tbody tr');
const children2027 = (page: Page) => page.getByRole('textbox', { name: 'Barn 2027' });

test('given the keyboard only, the planner saves a version, changes a number, sees the difference, restores, undoes, and finds the versions in the exported file in a fresh browser', async ({ page, browser }, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const municipality = page.getByRole('combobox', { name: 'Kommune' });
  await municipality.focus();
  await page.keyboard.type('Kongsberg');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(municipality).toHaveValue('Kongsberg');
  await typeInto(page, children2027(page), '9');

  // «Lagre versjon» with a note.
  await openScreen(page, 'Scenarioer');
  const note = page.getByRole('textbox', { name: 'Notat til versjonen' });
  await tabTo(page, note, { limit: 60 });
  await page.keyboard.type('Til formannskapet');
  await page.keyboard.press('Enter');
  await expect(versionRows(page)).toHaveCount(1);
  await expect(versionRows(page).first().getByRole('cell').first()).toHaveText('Til formannskapet · Lik gjeldende utgave');
  await expect(page.getByText(/^Versjonen «Til formannskapet \(\d+\. \p{L}+ \d{4} kl\.\s\d\d\.\d\d\)» er lagret\.$/u)).toBeVisible();

  // A number changed on the plan: the difference is a row of the table.
  await openScreen(page, 'Plan og prognose');
  await typeInto(page, children2027(page), '12');
  await openScreen(page, 'Scenarioer');
  await expect(diffRows(page)).toHaveCount(1);
  await expect(diffRows(page).first().locator('th, td')).toHaveText(['Barn', '2027', '9', '12']);
  await expectNoAxeViolations(page);
  await shot(page, `versions-desktop.png`, { fullPage: true });

  // Restore: the version's 9 is current, the 12 kept as an automatic version; Ctrl+Z takes both back.
  const restore = page.getByRole('button', { name: /^Gjenopprett «Til formannskapet/ });
  await tabTo(page, restore, { limit: 60 });
  await page.keyboard.press('Enter');
  await expect(versionRows(page)).toHaveCount(2);
  await expect(versionRows(page).first().getByRole('cell').nth(1)).toHaveText('Automatisk før gjenoppretting');
  await expect(diffRows(page).first().locator('th, td')).toHaveText(['Barn', '2027', '12', '9']);
  await page.keyboard.press('Control+z');
  await expect(versionRows(page)).toHaveCount(1);
  await expect(diffRows(page).first().locator('th, td')).toHaveText(['Barn', '2027', '9', '12']);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `versions-phone.png`, { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The file carries the versions; a fresh browser imports it and finds them.
  const exportButton = page.getByRole('button', { name: 'Eksporter gjeldende scenario' });
  await tabTo(page, exportButton, { limit: 80 });
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const path = info.outputPath('versions.json');
  await (await downloading).saveAs(path);

  const fresh = await browser.newContext({ locale: 'nb-NO' });
  const other = await fresh.newPage();
  await other.goto('/#/scenarioer');
  await other.getByLabel('Importer scenario fra fil').setInputFiles(path);
  await expect(other.getByRole('heading', { name: /^Versjoner av «Nytt scenario/ })).toBeVisible();
  await expect(versionRows(other)).toHaveCount(2);
  await expect(versionRows(other).nth(0).getByRole('cell').nth(1)).toHaveText('Automatisk ved import');
  await expect(versionRows(other).nth(1).getByRole('cell').first()).toHaveText('Til formannskapet');
  await other.getByRole('button', { name: /^Vis endringer «Til formannskapet/ }).focus();
  await other.keyboard.press('Enter');
  await expect(diffRows(other).first().locator('th, td')).toHaveText(['Barn', '2027', '9', '12']);
  await fresh.close();
});

import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


const names = (page: Page) => page.getByRole('table', { name: /^Scenarioene dine/ }).locator('tbody th .scenario-name');

/** A planner in Kongsberg shares "Kongsberg 2026" (30 and 20 settled); returns the link from the clipboard. */
async function shareFromScenarios(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).fill('kongsberg');
  await page.getByRole('option', { name: /^Kongsberg, Buskerud/ }).click();
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' }).fill('30');
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2027' }).fill('20');
  await page.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  await page.getByRole('button', { name: 'Gi nytt navn «Nytt scenario»' }).click();
  await page.keyboard.type('Kongsberg 2026');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Del lenke «Kongsberg 2026»' }).click();
  await expect(page.locator('.scenarios-status')).toHaveText('Lenken til «Kongsberg 2026» er kopiert. Lim den inn i en e-post eller en melding.');
  await shot(page, `share-link-copied.png`, { fullPage: false });
  return page.evaluate(() => navigator.clipboard.readText());
}

test('given a shared link, when it is opened in a fresh browser, then it shows read-only, and «Behold en kopi» keeps it across a reload', async ({ browser, context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 900 });
  const link = await shareFromScenarios(page);
  expect(link).toMatch(/^http:\/\/localhost:4174\/#\/delt\?s=[A-Za-z0-9+\-$]+$/);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2 })).toHaveText('Delt scenario: «Kongsberg 2026»');
  await expect(other.getByText('Kongsberg (Buskerud)')).toBeVisible();
  const persons = other.getByRole('table', { name: 'Personer som skal bosettes per år, etter type' });
  await expect(persons.getByRole('row', { name: /^Personer i alt/ }).getByRole('cell')).toHaveText(['30', '20', '0', '0', '0', '0', '0', '0', '0', '0']);
  await expect(other.getByRole('table', { name: /^Tilskudd og kostnader per år/ })).toBeVisible();
  await expect(other.getByRole('textbox')).toHaveCount(0);
  await shot(other, `share-link-view.png`, { fullPage: true });
  await expectNoAxeViolations(other);

  await other.getByRole('button', { name: 'Behold en kopi' }).click();
  await expect(other).toHaveURL(/#\/$/);
  await expect(other.getByRole('combobox', { name: 'Scenario' })).toHaveValue('s2');
  await expect(other.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' })).toHaveValue('30');
  await other.reload();
  await other.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  await expect(names(other)).toHaveText(['Nytt scenario', 'Kongsberg 2026']);
  await expect(other.getByRole('table', { name: /^Scenarioene dine/ }).getByRole('row').nth(2).getByRole('cell').nth(2)).toHaveText('50');

  await other.setViewportSize({ width: 390, height: 844 });
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2 })).toHaveText('Delt scenario: «Kongsberg 2026»');
  await shot(other, `share-link-narrow.png`, { fullPage: true });
  await expectNoAxeViolations(other);
  await fresh.close();
});

test('given a link cut short or edited by hand, then the page says what is wrong and keeps the planner’s scenarios', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 900 });
  const link = await shareFromScenarios(page);

  await page.goto(link.slice(0, -25));
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Lenken kunne ikke åpnes');
  await expect(alert).toContainText('Lenken er skadet eller ufullstendig');
  await expectNoAxeViolations(page);

  const packed = new URL(link).hash.split('s=')[1] ?? '';
  const scenario = JSON.parse(lzString.decompressFromEncodedURIComponent(packed)) as { years: { singleAdults?: number }[] };
  scenario.years[0] = { ...scenario.years[0], singleAdults: -3 };
  await page.goto(`/#/delt?s=${lzString.compressToEncodedURIComponent(JSON.stringify(scenario))}`);
  await expect(alert).toContainText('Lenken inneholder et scenario som ikke er gyldig');
  // The field as the screen names it, in the UI's language (issue 12, «plain messages»).
  await expect(alert.getByRole('listitem')).toHaveText(['Enslige voksne, 2026: må være et helt tall fra 0 til 10 000 (fant −3).']);
  await shot(page, `share-link-invalid.png`, { fullPage: false });
  await expectNoAxeViolations(page);

  await alert.getByRole('link', { name: 'Gå til planen' }).click();
  await page.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  await expect(names(page)).toHaveText(['Kongsberg 2026']);
});

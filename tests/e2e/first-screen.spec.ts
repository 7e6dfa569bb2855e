import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


const incomeTotal = (page: Page, year: number) =>
  page
    .getByRole('table', { name: 'Tilskudd og kostnader per år, i kroner' })
    .getByRole('row', { name: /^Sum tilskudd/ })
    .getByRole('cell')
    .nth(year - 2027);

test('given a new user, when they find their municipality, set the period and enter persons, then the budget and chart follow', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page).toHaveTitle('Bosettingsplan');
  await expect(page.getByRole('heading', { level: 1, name: 'Bosettingsplan' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Kartverket');

  const box = page.getByRole('combobox', { name: 'Kommune' });
  await box.pressSequentially('tromsø');
  await expect(page.getByRole('option', { name: /^Tromsø, Troms/ })).toBeVisible();
  await shot(page, `01-search-open.png`);
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  await expect(page.getByText('Valgt: Tromsø (Troms)')).toBeVisible();

  await page.getByRole('spinbutton', { name: 'Første planår' }).fill('2027');
  await page.getByRole('spinbutton', { name: 'Antall år' }).fill('8');
  await expect(page.getByRole('columnheader', { name: '2034' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '2035' })).toHaveCount(0);

  const chartTitle = page.getByRole('figure').first().getByRole('heading');
  await expect(chartTitle).toHaveText('Ingen tilskudd ennå: legg inn personer som skal bosettes');
  await expect(incomeTotal(page, 2027)).toHaveText('0');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2027' }).fill('30');
  await page.getByRole('textbox', { name: 'Enslige mindreårige 2028' }).fill('4');
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2028' }).fill('20');
  await expect(page.getByRole('textbox', { name: 'Enslige voksne 2027' })).toHaveValue('9');

  await expect(chartTitle).toHaveText(/^Tilskuddene topper seg i 20\d\d med \d+,\d\smill\.\skr$/);
  await expect(incomeTotal(page, 2027)).not.toHaveText('0');
  await expect(incomeTotal(page, 2028)).not.toHaveText('0');
  // A chart is drawn once it comes into view (the charts are below the grid).
  await page.getByRole('figure').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await shot(page, `02-desktop-filled.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Barn 2029' }).fill('-2');
  await expect(page.getByText('Kan ikke være negativt.')).toBeVisible();
  await page.getByRole('figure').first().getByText('Vis tallene som tabell').click();
  await expectNoAxeViolations(page);
  await shot(page, `03-desktop-error-and-table.png`, { fullPage: true });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2027' })).toHaveValue('30');
  await expect(box).toHaveValue('Tromsø');

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `04-narrow.png`, { fullPage: true });
  await expectNoAxeViolations(page);
});

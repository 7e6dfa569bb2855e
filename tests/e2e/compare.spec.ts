import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


const differences = (page: Page) => page.getByRole('table', { name: /^Basis per år/ });

/** The cells of `scenario`'s row in the group of `measure` of the difference table. */
function cells(page: Page, measure: string, scenario: RegExp): Locator {
  const group = differences(page).locator('tbody').filter({ has: page.getByRole('rowheader', { name: measure, exact: true }) });
  return group.getByRole('row').filter({ has: page.getByRole('rowheader', { name: scenario }) }).getByRole('cell');
}

/** On the plan screen: Kongsberg, 2017–2020, `singleAdults` single adults in 2017. */
async function planKongsberg(page: Page, singleAdults: number) {
  await page.getByRole('link', { name: 'Plan og prognose' }).click();
  const box = page.getByRole('combobox', { name: 'Kommune' });
  if ((await box.inputValue()) !== 'Kongsberg') {
    await box.fill('kongsberg');
    await page.getByRole('option', { name: /^Kongsberg, Buskerud/ }).click();
  }
  await page.getByRole('spinbutton', { name: 'Første planår' }).fill('2017');
  await page.getByRole('spinbutton', { name: 'Antall år' }).fill('4');
  await page.getByRole('textbox', { name: 'Enslige voksne 2017' }).fill(String(singleAdults));
  await expect(page.getByRole('columnheader', { name: '2021' })).toHaveCount(0);
}

test('given two scenarios differing by 10 single adults, then «Sammenlign» shows the differences from the baseline, overlaid charts and a CSV, and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await planKongsberg(page, 20);
  await page.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  await page.getByRole('button', { name: 'Gi nytt navn «Nytt scenario»' }).click();
  await page.keyboard.type('Basis 2017');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Dupliser «Basis 2017»' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Ti flere');
  await page.keyboard.press('Enter');
  await planKongsberg(page, 30);

  await page.getByRole('link', { name: 'Sammenlign' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sammenlign scenarioer' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Basis 2017 (basis)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Ti flere' })).toBeChecked();
  await expect(differences(page).getByRole('columnheader')).toHaveText(['Scenario', '2017', '2018', '2019', '2020']);
  await expect(cells(page, 'Bosatte, personer', /^Basis 2017/).first()).toHaveText('20');
  await expect(cells(page, 'Bosatte, personer', /^Ti flere/).first()).toHaveText('+10');
  await expect(cells(page, 'Husstander uten bolig, verste måned', /^Ti flere/).first()).toHaveText('+10');
  // 10 more single adults: at least their integration grant year 1, AR-1 EV 235 000 each.
  const income2017 = await cells(page, 'Tilskudd, kr', /^Ti flere/).first().textContent();
  expect(Number((income2017 ?? '').replace(/[^\d]/g, ''))).toBeGreaterThanOrEqual(2_350_000);
  expect(income2017).toMatch(/^\+/);

  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(0)).toHaveAccessibleName(/^Størst forskjell i netto fra basis: «Ti flere» i 20\d\d, \+\d+,\d\smill\.\skr$/);
  await expect(figures.nth(1)).toHaveAccessibleName(/^«Ti flere» ender med høyest akkumulert netto: \d+,\d\smill\.\skr i 2020$/);
  // A chart is drawn when it comes into view.
  await figures.nth(0).scrollIntoViewIfNeeded();
  await expect(figures.nth(0).locator('.recharts-line')).toHaveCount(2);
  await shot(page, `compare-desktop.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned tabellen som CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('sammenligning-forskjeller.csv');
  const path = test.info().outputPath('forskjeller.csv');
  await download.saveAs(path);
  const csv = await readFile(path, 'utf8');
  expect(csv.startsWith('\ufeffMål;Scenario;Tall;2017;2018;2019;2020\r\n')).toBe(true);
  expect(csv).toContain('Bosatte, personer;Ti flere;forskjell fra basis;10;');

  // Keyboard: a third scenario on another start year joins with Space, aligned by calendar year.
  await page.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  await page.getByRole('button', { name: 'Dupliser «Ti flere»' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Senere start');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Plan og prognose' }).click();
  await page.getByRole('spinbutton', { name: 'Første planår' }).fill('2019');
  await expect(page.getByRole('columnheader', { name: '2022' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Sammenlign' }).click();
  await expect(page.getByRole('checkbox', { name: 'Senere start' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Ti flere' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Ti flere' })).toBeChecked();
  await expect(page.getByText(/^Scenarioene har ulike perioder/)).toBeVisible();
  await expect(differences(page).getByRole('columnheader')).toHaveText(['Scenario', '2017', '2018', '2019', '2020', '2021', '2022']);
  await expect(cells(page, 'Tilskudd, kr', /^Senere start/).first()).toHaveText('–utenfor perioden');
  await figures.nth(0).scrollIntoViewIfNeeded();
  await expect(figures.nth(0).locator('.recharts-line')).toHaveCount(3);
  await figures.nth(1).getByText('Vis tallene som tabell').click();
  await shot(page, `compare-three.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `compare-narrow.png`, { fullPage: true });
  await expectNoAxeViolations(page);
});

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { shot } from './shots';


/** Tabs from the top of the page until the language picker has the focus, as a keyboard user does. */
async function tabToLanguagePicker(page: Page) {
  const picker = page.getByRole('combobox', { name: 'Språk / Language' });
  await tabTo(page, picker, { limit: 15 });
  await expect(picker).toBeFocused();
  return picker;
}

test('given the language picker, when a keyboard user chooses nynorsk and then English, then the screen and html[lang] follow and the choice is kept', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bosettingsplan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();

  const picker = await tabToLanguagePicker(page);
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Satsar' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Føreseielegheit' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Føresetnader' })).toBeVisible();
  await expect(page.getByText('Planlegg busetjing av flyktningar over fleire år')).toBeVisible();
  await shot(page, `languages-nynorsk.png`);

  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(nav.getByRole('link', { name: 'Plan and forecast' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Assumptions' })).toBeVisible();

  const box = page.getByRole('combobox', { name: 'Municipality' });
  await box.fill('tromsø');
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  await expect(page.getByText('Chosen: Tromsø (Troms)')).toBeVisible();
  await page.getByRole('textbox', { name: /^Single adults and families in total \d{4}$/ }).first().fill('30');
  const summary = page.getByRole('table', { name: 'Grants, costs and net for the economy plan and the whole period' });
  await expect(summary).toContainText(/NOK\s\d{1,3}(,\d{3})+/);
  await expect(page.getByRole('figure').first().getByRole('heading')).toHaveText(/^Grants peak in 20\d\d at /);
  await shot(page, `languages-english-plan.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Municipality' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Språk / Language' })).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(summary).toContainText(/NOK\s\d{1,3}(,\d{3})+/);
});

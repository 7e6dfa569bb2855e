import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


const bar = (page: Page) => page.getByRole('region', { name: 'Nøkkeltall for planen' });

for (const { width, height, name } of [
  { width: 1280, height: 900, name: 'desktop' },
  { width: 390, height: 844, name: 'phone' },
]) {
  test(`given the plan screen at ${width} px, then the skip link leads past the header, and the key figures stay in view and follow an edit far down the page`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();

    // The first Tab reaches «Hopp til innholdet», shown while it has the focus; Enter moves into the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await shot(page, `plan-skip-link-${name}.png`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').locator(':focus')).toHaveCount(0);

    // An edit in the last year of the grid, scrolled into view: the bar is still at the top, with the new net.
    await expect(bar(page).getByText('Ingen venter')).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Enslige voksne 2035' });
    await field.scrollIntoViewIfNeeded();
    await field.fill('40');
    await page.getByRole('textbox', { name: 'Enslige voksne 2026' }).fill('40');
    await page.getByRole('textbox', { name: 'Introduksjonsplasser 2035' }).fill('2');
    await page.getByRole('heading', { name: 'Budsjett per år' }).scrollIntoViewIfNeeded();
    await expect(bar(page)).toBeInViewport();
    const box = await bar(page).boundingBox();
    expect(box?.y).toBeLessThanOrEqual(1);
    // 40 in 2026 brings a net into the economy plan 2026–2029; 40 in 2035 with 2 places leaves people waiting in 2035.
    await expect(bar(page).locator('dd').first()).not.toHaveText('0\u00a0kr');
    await expect(bar(page).locator('dd').nth(1)).toHaveText('jan. 2026');
    await expect(bar(page).locator('dd').nth(2)).toContainText('2035');
    await shot(page, `plan-key-figures-${name}.png`);

    // At phone width the year grid scrolls sideways and shows its year columns.
    const grid = page.getByRole('region', { name: 'Personer som skal bosettes, og kommunens vedtak og kapasitet, per år' });
    await grid.scrollIntoViewIfNeeded();
    await grid.evaluate((element) => element.scrollTo({ left: 0 }));
    await expect(page.getByRole('rowheader', { name: 'Enslige voksne', exact: true })).toBeInViewport();
    await expect(page.getByRole('textbox', { name: 'Enslige voksne 2026' })).toBeInViewport();
    await expect(page.getByRole('textbox', { name: 'Enslige voksne 2027' })).toBeInViewport();
    await shot(page, `plan-grid-${name}.png`);
    await expectNoAxeViolations(page, { bestPractice: true });
  });
}

test('given a shared scenario, then axe finds no violation (no duplicate landmark) at desktop and phone width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' }).fill('30');
  await page.getByRole('link', { name: 'Scenarioer', exact: true }).click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Del lenke «Nytt scenario»' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Delt scenario: «Nytt scenario»');
  await expectNoAxeViolations(page, { bestPractice: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `shared-view-phone.png`, { fullPage: true });
  await expectNoAxeViolations(page, { bestPractice: true });
});

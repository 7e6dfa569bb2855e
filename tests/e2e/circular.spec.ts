import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


/** The 2027 table as copied from the circular's web page: tabs, «kr» first, non-breaking spaces. */
const WEB_TABLE_2027 = [
  'Integreringstilskudd\tSats 2027',
  'År 1 (2027) Enslige voksne\tkr 250\u00a0000',
  'År 1 (2027) Voksne\tkr 200\u00a0000',
  'År 1 (2027) Enslige mindreårige\tkr 200\u00a0000',
  'År 1 (2027) Barn\tkr 200\u00a0000',
  'År 2 (2026)\tkr 245\u00a0000',
  'År 3 (2025)\tkr 178\u00a0000',
  'År 4 (2024)\tkr 90\u00a0000',
  'År 5 (2023)\tkr 75\u00a0000',
  'Eldretilskudd (engangstilskudd)\tkr 190\u00a0000',
  'Barnehagetilskudd (engangstilskudd)\tkr 29\u00a0000',
  'Tilskudd til tolketjenester\tkr 12\u00a0000',
].join('\n');

test('given the 2027 web table pasted on the rates screen, then the reading stands beside the current figures wide and narrow without sideways scrolling, passes axe, and is stored on confirm', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Skjermbilder' }).getByRole('link', { name: 'Satser' }).click();
  await page.getByRole('combobox', { name: 'Budsjettår' }).selectOption('2027');
  await page.getByRole('textbox', { name: 'Tabellen fra rundskrivet for 2027' }).fill(WEB_TABLE_2027);

  const preview = page.getByRole('table', { name: 'Lest fra rundskrivet, ved siden av satsene for 2027 nå' });
  await expect(preview.getByRole('row')).toHaveCount(11);
  await expect(preview.getByRole('row', { name: /^År 1 \(2027\) Enslige voksne/ })).toContainText('+6 406');
  await expect(page.getByRole('region', { name: 'Én linje er ikke brukt' })).toContainText('Tilskudd til tolketjenester');
  await preview.scrollIntoViewIfNeeded();
  await shot(page, `circular-1280.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `circular-390.png`, { fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Lagre 10 satser for 2027' }).click();
  await expect(page.getByText(/^10 satser for 2027 er lagt inn med kilden/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Satser for budsjettåret 2027, kroner per person' }).getByRole('row', { name: /^Integreringstilskudd år 1, enslig voksen/ }),
  ).toContainText('Lagt inn av deg');
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


test('given persons entered for two years, then the five forecast charts state their findings, with tables, and pass axe', async ({ page }) => {
  // Three axe runs, two of them over the five tables open (some 4 000 elements, at 1280 and 390 px):
  // about 30 s on two busy cores, and more under a heavy load, so it gets two minutes.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).fill('kongsberg');
  await page.getByRole('option', { name: /^Kongsberg, Buskerud/ }).click();
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' }).fill('40');
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2027' }).fill('30');

  const figures = page.getByRole('figure');
  await expect(figures.nth(0)).toHaveAccessibleName(/^Tilskuddene topper seg i 20\d\d med \d+,\d\smill\.\skr$/);
  // Grants cover the costs every year but one late year, a few kroner short (the chart's table shows that year's net below 0).
  await expect(figures.nth(1)).toHaveAccessibleName(/^Tilskuddene dekker kostnadene nesten hvert år \(i 20\d\d mangler \d+\skr\); netto til sammen i 2035 er \d+,\d\smill\.\skr$/);
  await expect(figures.nth(2)).toHaveAccessibleName(/^Flest personer i tilskuddsårene \(botid 1–5 år\) i 20\d\d: \d+$/);
  await expect(figures.nth(3)).toHaveAccessibleName(/^Boligene strekker ikke til fra jan\. 2026, \d+ husstander på det verste$/);
  await expect(figures.nth(4)).toHaveAccessibleName(/^Ingen plasstall er lagt inn: opptil \d+ deltakere, flest i \S+ 20\d\d$/);
  // A chart is drawn once it comes into view (the charts are below the grid).
  await figures.nth(3).scrollIntoViewIfNeeded();
  await expect(figures.nth(3).locator('.recharts-area').first()).toBeVisible();
  await expect(page.getByText('Skravert: bygger på anslått sats').first()).toBeVisible();
  await shot(page, `forecast-desktop.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  for (let i = 0; i < 5; i++) await figures.nth(i).getByText('Vis tallene som tabell').click();
  await expect(figures.nth(3).getByRole('table', { name: 'Boliger som trengs og boliger som finnes, per måned' }).getByRole('row')).toHaveCount(121);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Introduksjonsplasser 2026' }).fill('5');
  await expect(figures.nth(4)).toHaveAccessibleName(/^Plassene strekker ikke til fra \S+ 2026, \d+ venter på det meste$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `forecast-narrow.png`, { fullPage: true });
  await expectNoAxeViolations(page);
});

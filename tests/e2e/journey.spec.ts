import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

/*
 * The whole journey of a new planner, from an empty browser to a plan for Kongsberg 2026–2030
 * that survives a reload and a round trip through a scenario file, with the keyboard alone:
 * every control is reached with Tab or Shift+Tab and used with Enter, Space, the arrow keys
 * and typing; nothing is clicked and nothing is focused by the test. The file to import is
 * chosen in the file picker that Space opens: headless Chromium cannot show the operating
 * system's dialog, so Playwright catches it (`filechooser`) and picks the file, where a person
 * would use the dialog's own keyboard controls. Every screen on the way is checked with axe.
 */

/** Tabs to a link or button and presses Enter. */
async function activate(page: Page, target: Locator, options?: { back?: boolean; limit?: number }) {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}

/** Replaces the text of the focused field: select all, type. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

const NAME = 'Plan 2026–2030';
/** The same plan imported from its file: a name in the list already gets a distinct one. */
const IMPORTED = `${NAME} (2)`;
const YEARS = [2026, 2027, 2028, 2029, 2030] as const;
/** Persons per year, typed along three rows of the grid. */
const PERSONS = {
  'Enslige voksne': [10, 12, 8, 6, 4],
  'Voksne i familier': [6, 8, 4, 4, 2],
  Barn: [8, 10, 6, 4, 2],
} as const;
const TOTALS = [24, 30, 18, 14, 8];
const PLACES = [10, 20, 20, 15, 10];

/** What the charts' titles say of the finished plan: grants, budget, persons, housing, programme. */
const FINDINGS = [
  'Tilskuddene topper seg i 2028 med 18,1 mill. kr',
  'Tilskuddene er større enn kostnadene hvert år: 52,8 mill. kr netto til sammen i 2030',
  'Personene i tilskuddsårene (botid 1–5 år) blir stadig flere: 104 i planens siste år, 2030',
  'Nok boliger i hele perioden; opptil 35 står ledige',
  'Plassene strekker ikke til fra nov. 2027, 12 venter på det meste',
];

const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Skjermbilder' }).getByRole('link', { name, exact: true });
const gridCell = (page: Page, row: string, year: number) => page.getByRole('textbox', { name: `${row} ${year}`, exact: true });
const charts = (page: Page) => page.getByRole('figure');
/** The charts' titles, each a sentence stating the finding. */
const chartTitles = (page: Page) => charts(page).getByRole('heading', { level: 3 });
const currentScenario = (page: Page) => page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked');
const scenarioTable = (page: Page) => page.getByRole('table', { name: /^Scenarioene dine/ });
const scenarioNames = (page: Page) => scenarioTable(page).locator('tbody th .scenario-name');
/** The cells of a row of the scenarios table: municipality, period, persons, four-year net, actions. */
const scenarioCells = (page: Page, n: number) => scenarioTable(page).locator('tbody tr').nth(n).getByRole('cell');
const budgetCell = (page: Page, line: RegExp, year: number) =>
  page
    .getByRole('table', { name: 'Tilskudd og kostnader per år, i kroner' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: line }) })
    .getByRole('cell')
    .nth(year - 2026);

/** The plan screen shows the plan: municipality, period, every figure of the grid, the findings. */
async function expectThePlan(page: Page) {
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveValue('Kongsberg');
  await expect(page.getByText('Valgt: Kongsberg (Buskerud)')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Første planår' })).toHaveValue('2026');
  await expect(page.getByRole('spinbutton', { name: 'Antall år' })).toHaveValue('5');
  await expect(page.getByText(/^Fra 2026 til 2030\./)).toBeVisible();
  const grid = page.getByRole('table', { name: 'Personer som skal bosettes, og kommunens vedtak og kapasitet, per år' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Type', ...YEARS.map(String)]);
  for (const [row, values] of Object.entries(PERSONS)) {
    for (const [i, year] of YEARS.entries()) await expect(gridCell(page, row, year)).toHaveValue(String(values[i]));
  }
  for (const [i, year] of YEARS.entries()) {
    await expect(gridCell(page, 'Enslige voksne og familier i alt', year)).toHaveValue(String(TOTALS[i]));
    await expect(gridCell(page, 'Introduksjonsplasser', year)).toHaveValue(String(PLACES[i]));
  }
  await expect(chartTitles(page)).toHaveText(FINDINGS);
}

test('given an empty start, when a new planner models Kongsberg for 2026–2030 with the keyboard alone, then the charts follow, a reload and a file keep everything, and no screen has an axe violation', async ({ page }) => {
  // The whole journey in one test: every screen, eight axe runs, a reload and a file. With two
  // spec files side by side on two cores it takes about a minute, so it gets three.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });

  // 1. An empty browser: the plan of an empty scenario. To the scenarios screen, for a new one.
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveValue('');
  await expect(page.getByText('Ingen kommune valgt ennå.')).toBeVisible();
  await expect(chartTitles(page).first()).toHaveText('Ingen tilskudd ennå: legg inn personer som skal bosettes');
  await expectNoAxeViolations(page);
  await activate(page, navLink(page, 'Scenarioer'));
  await expect(page.getByRole('heading', { level: 2, name: 'Scenarioer' })).toBeVisible();
  await expect(scenarioNames(page)).toHaveText(['Nytt scenario']);
  await activate(page, page.getByRole('button', { name: 'Nytt scenario', exact: true }));
  await expect(page.getByRole('textbox', { name: 'Nytt navn på «Nytt scenario 2»' })).toBeFocused();
  await page.keyboard.type(NAME);
  await page.keyboard.press('Enter');
  await expect(scenarioNames(page)).toHaveText(['Nytt scenario', NAME]);
  await expect(page.getByText(`Scenariet heter nå «${NAME}».`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Gi nytt navn «${NAME}»` })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: `Åpne i planen «${NAME}»` })).toBeFocused();
  await page.keyboard.press('Enter');

  // 2. The plan: the municipality by search, arrows and Enter; the period; persons along the rows.
  const box = page.getByRole('combobox', { name: 'Kommune' });
  await expect(currentScenario(page)).toHaveText(NAME);
  await tabTo(page, box);
  await page.keyboard.type('kong');
  const options = page.getByRole('listbox', { name: 'Kommune' }).getByRole('option');
  await expect(options).toHaveText([/^Kongsberg/, /^Kongsvinger/]);
  // Typing marks no option; ↓ goes to the first.
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Kongsberg');
  await expect(page.getByText('Valgt: Kongsberg (Buskerud)')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('spinbutton', { name: 'Første planår' })).toBeFocused();
  await retype(page, '2026');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('spinbutton', { name: 'Antall år' })).toBeFocused();
  await retype(page, '5');
  await page.keyboard.press('Tab');
  await expect(page.getByText(/^Fra 2026 til 2030\./)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '2031' })).toHaveCount(0);

  await tabTo(page, gridCell(page, 'Enslige voksne', 2026));
  for (const [row, values] of Object.entries(PERSONS)) {
    for (const [i, year] of YEARS.entries()) {
      await expect(gridCell(page, row, year)).toBeFocused();
      await page.keyboard.type(String(values[i]));
      await page.keyboard.press('Tab');
    }
  }
  for (const [i, year] of YEARS.entries()) await expect(gridCell(page, 'Enslige voksne og familier i alt', year)).toHaveValue(String(TOTALS[i]));
  const housingChart = charts(page).nth(3);
  const programmeChart = charts(page).nth(4);
  // No dwellings and no places yet: short of housing at once, the programme without a limit.
  await expect(chartTitles(page).nth(1)).toHaveText('Tilskuddene er større enn kostnadene hvert år: 47,9 mill. kr netto til sammen i 2030');
  await expect(housingChart.getByRole('heading')).toHaveText('Boligene strekker ikke til fra jan. 2026, 40 husstander på det verste');
  await expect(programmeChart.getByRole('heading')).toHaveText('Ingen plasstall er lagt inn: opptil 24 deltakere, flest i feb. 2029');

  // Places per year: the grid's last row (the programme section points there).
  await tabTo(page, gridCell(page, 'Introduksjonsplasser', 2026));
  for (const [i, year] of YEARS.entries()) {
    await expect(gridCell(page, 'Introduksjonsplasser', year)).toBeFocused();
    await page.keyboard.type(String(PLACES[i]));
    await page.keyboard.press('Tab');
  }
  await expect(programmeChart.getByRole('heading')).toHaveText('Plassene strekker ikke til fra nov. 2027, 12 venter på det meste');
  const programme = page.getByRole('button', { name: /^Introduksjonsprogram/ });
  await activate(page, programme);
  await expect(programme).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Introduksjonsplasser per år legger du inn i tabellen over.')).toBeVisible();

  // Housing: 20 dwellings at the start, then an order of 25 in March 2026, ready in 6 months.
  const housing = page.getByRole('button', { name: /^Boliger/ });
  await activate(page, housing);
  await expect(housing).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Boliger til disposisjon ved start' })).toBeFocused();
  await retype(page, '20');
  await page.keyboard.press('Tab');
  await expect(housingChart.getByRole('heading')).toHaveText('Boligene strekker ikke til fra juli 2027, 20 husstander på det verste');
  await expect(page.getByRole('button', { name: 'Legg til bestilling' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'År, bestilling 1' }), { back: true });
  await expect(page.getByRole('textbox', { name: 'År, bestilling 1' })).toHaveValue('2026');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Måned, bestilling 1' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Boliger, bestilling 1' })).toBeFocused();
  await retype(page, '25');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Leveringstid (mnd.), bestilling 1' })).toBeFocused();
  await retype(page, '6');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Kjøpt eller bygd, bestilling 1' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('combobox', { name: 'Måned, bestilling 1' })).toHaveValue('3');
  await expect(page.getByRole('checkbox', { name: 'Kjøpt eller bygd, bestilling 1' })).toBeChecked();
  await expect(housing).toHaveAccessibleName('Boliger endret');

  // 3. The charts state what was entered. The housing chart's numbers: the order arrives in September.
  await expect(chartTitles(page)).toHaveText(FINDINGS);
  await activate(page, housingChart.getByText('Vis tallene som tabell'));
  const housingMonths = housingChart.getByRole('table', { name: 'Boliger som trengs og boliger som finnes, per måned' });
  await expect(housingMonths.getByRole('row')).toHaveCount(1 + 5 * 12);
  const month = (name: string) => housingMonths.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
  await expect(month('aug. 2026')).toHaveText(['9', '20', '0', '11']);
  await expect(month('sep. 2026')).toHaveText(['10', '45', '0', '35']);
  // The budget: 10 and 12 single adults times the (estimated) integration grant for year 1,
  // 242 760 kr in 2026 and 243 594 kr in 2027.
  await expect(budgetCell(page, /^Integreringstilskudd år 1, enslige voksne/, 2026)).toHaveText('≈anslått 2 427 600');
  await expect(budgetCell(page, /^Integreringstilskudd år 1, enslige voksne/, 2027)).toHaveText('≈anslått 2 923 128');
  await expect(budgetCell(page, /^Sum tilskudd/, 2026)).toHaveText('≈anslått 5 851 913');
  await expect(budgetCell(page, /^Netto akkumulert/, 2030)).toHaveText('≈anslått 52 780 852');

  // Every section open, and a chart's table: the plan screen passes axe.
  await activate(page, page.getByRole('button', { name: 'Vis alle forutsetninger' }), { back: true });
  await expect(page.getByRole('button', { name: 'Skjul alle forutsetninger' })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Hva om/ })).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);

  // 4. A reload: everything is still there, the housing section's inputs too.
  await page.reload();
  await expectThePlan(page);
  await expect(currentScenario(page)).toHaveText(NAME);
  const housingAgain = page.getByRole('button', { name: 'Boliger endret' });
  await activate(page, housingAgain);
  await expect(housingAgain).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: 'Boliger til disposisjon ved start' })).toHaveValue('20');
  await expect(page.getByRole('textbox', { name: 'År, bestilling 1' })).toHaveValue('2026');
  await expect(page.getByRole('combobox', { name: 'Måned, bestilling 1' })).toHaveValue('3');
  await expect(page.getByRole('textbox', { name: 'Boliger, bestilling 1' })).toHaveValue('25');
  await expect(page.getByRole('textbox', { name: 'Leveringstid (mnd.), bestilling 1' })).toHaveValue('6');
  await expect(page.getByRole('checkbox', { name: 'Kjøpt eller bygd, bestilling 1' })).toBeChecked();

  // 5. Export to a file (Tab on past the page's end, round to the navigation) and import it again.
  await activate(page, navLink(page, 'Scenarioer'));
  await expect(page.getByRole('heading', { level: 2, name: 'Scenarioer' })).toBeVisible();
  const summary = ['Kongsberg', '2026–2030', '94', '≈anslått 40 440 612 kr2026–2029', /^(Åpne i planen|Bruk) /];
  await expect(scenarioCells(page, 1)).toHaveText(summary);
  await tabTo(page, page.getByRole('button', { name: 'Eksporter gjeldende scenario' }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('bosettingsplan-plan-2026-2030.json');
  await expect(page.getByText('Scenariet er lagret som bosettingsplan-plan-2026-2030.json.')).toBeVisible();
  const file = test.info().outputPath('plan.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> & { years: Record<string, unknown>[] };
  expect(exported).toMatchObject({ formatVersion: 3, name: NAME, municipalityCode: '3303', startYear: 2026 });
  expect(exported.years).toHaveLength(5);
  expect(exported.years.map((y) => y.singleAdults)).toEqual(PERSONS['Enslige voksne']);
  expect(exported.years.map((y) => y.adultsInFamilies)).toEqual(PERSONS['Voksne i familier']);
  expect(exported.years.map((y) => y.children)).toEqual(PERSONS.Barn);
  expect(exported.years.map((y) => y.programmePlaces)).toEqual(PLACES);
  expect(exported.housing).toMatchObject({
    dwellingsAtStart: 20,
    pipeline: [{ year: 2026, month: 3, units: 25, leadTimeMonths: 6, acquired: true }],
  });

  // Import: Tab reaches the file input (its label, styled as a button, shows the focus ring).
  // The operating system's file dialog cannot be driven from a browser test, so the file is
  // handed to the focused input directly, as the dialog would.
  await page.keyboard.press('Tab');
  const fileInput = page.getByLabel('Importer scenario fra fil');
  await expect(fileInput).toBeFocused();
  await expect(page.locator('label', { hasText: 'Importer scenario fra fil' })).toHaveCSS('outline-style', 'solid');
  await fileInput.setInputFiles(file);
  await expect(page.getByText(`«${IMPORTED}» er importert som nytt scenario og er nå gjeldende.`)).toBeVisible();
  await expect(scenarioNames(page)).toHaveText(['Nytt scenario', NAME, IMPORTED]);
  await expect(scenarioTable(page).locator('tbody tr').nth(2).locator('.mark')).toHaveText(['Gjeldende']);
  await expect(scenarioCells(page, 2)).toHaveText(summary);
  await expect(scenarioCells(page, 1)).toHaveText(summary);
  await expectNoAxeViolations(page);

  // The imported scenario in the plan: the same inputs, the same findings.
  await activate(page, page.getByRole('link', { name: `Åpne i planen «${IMPORTED}»` }));
  await expectThePlan(page);
  await expect(currentScenario(page)).toHaveText(IMPORTED);

  // 6. Every other screen of the navigation, in turn, passes axe. On each move the focus goes
  // to the top of the new screen, so the next link is reached by tabbing round.
  await activate(page, navLink(page, 'Sammenlign'), { back: true });
  await expect(page.getByRole('heading', { level: 2, name: 'Sammenlign scenarioer' })).toBeVisible();
  await expectNoAxeViolations(page);
  await activate(page, navLink(page, 'Satser'), { back: true });
  await expect(page.getByRole('heading', { level: 2, name: 'Satser' })).toBeVisible();
  await expectNoAxeViolations(page);
  await activate(page, navLink(page, 'Forutsigbarhet'), { back: true });
  await expect(page.getByRole('heading', { level: 2, name: /^Forutsigbarhet/ })).toBeVisible();
  await expect(page.getByTestId('value-sentence')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await activate(page, navLink(page, 'Møtemodus'), { back: true });
  await expect(page.getByRole('heading', { level: 2, name: `Møtemodus: «${IMPORTED}»` })).toBeVisible();
  const slide = page.getByRole('region', { name: /^\d+ av \d+$/ });
  await expect(slide).toHaveAccessibleName(/^1 av \d+$/);
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAccessibleName(/^2 av \d+$/);
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('Kongsberg');
  await activate(page, navLink(page, 'Utskrift'), { back: true });
  await expect(page.getByRole('heading', { level: 2, name: `Budsjettsammendrag: ${IMPORTED}` })).toBeVisible();
  await expectNoAxeViolations(page);
});

import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';

const SENTENCE = /^Med en avtale om .* i året.* og kapasiteten i planen: .*; tilskuddene .* i snitt.*$/;
const EXAMPLE = fileURLToPath(new URL('../../examples/kongsberg-2026.json', import.meta.url));

/** A number as the sentence states it before a unit («892 flere …» is −892 in the table's difference), or 0 for «ingen endring i …». */
function stated(sentence: string, unit: string): number | null {
  const m = new RegExp(`(\\d[\\d\\s]*|ingen endring i) (færre |flere )?${unit}`).exec(sentence);
  if (!m) return null;
  if (m[1] === 'ingen endring i') return 0;
  const n = Number((m[1] ?? '').replace(/\s/g, ''));
  return m[2] === 'flere ' ? -n : n;
}

/** A Norwegian number from a table cell ("−1 234" → −1234). */
const cellNumber = (text: string) => Number(text.replace(/\s/g, '').replace('−', '-'));

async function difference(page: Page, row: RegExp): Promise<number> {
  const cells = page.getByTestId('value-table').getByRole('row', { name: row }).getByRole('cell');
  return cellNumber((await cells.nth(2).textContent()) ?? '');
}

/** Notes in the page whether a progress bar was ever shown: a run of 10 000 paths may take well under a second. */
async function watchForProgress(page: Page) {
  await page.addInitScript(() => {
    const seen = { progress: false };
    Object.assign(window, { __seen: seen });
    new MutationObserver(() => {
      if (document.querySelector('progress')) seen.progress = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

const sawProgress = (page: Page) => page.evaluate(() => (window as unknown as { __seen: { progress: boolean } }).__seen.progress);

test('given the example scenario, when the planner opens the predictability screen, then the worker runs 10 000 paths and the councillor\'s sentence states the numbers of the table below it', async ({ page }) => {
  await watchForProgress(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/scenarioer');
  await page.getByLabel('Importer scenario fra fil').setInputFiles(EXAMPLE);
  await page.getByRole('link', { name: 'Forutsigbarhet' }).click();

  const sentence = page.getByTestId('value-sentence');
  await expect(sentence).toHaveText(SENTENCE, { timeout: 30_000 });
  expect(await sawProgress(page)).toBe(true);
  expect(workers.some((url) => url.includes('simulation.worker'))).toBe(true);
  const text = ((await sentence.textContent()) ?? '').replace(/\s/g, ' ');
  expect(text).toMatch(/^Med en avtale om planens tall \(i snitt 33 i året\) i 2026–2031 og kapasiteten i planen: /);
  expect(stated(text, 'husstandsmåneder i midlertidig bolig')).toBe(await difference(page, /^Husstander i midlertidig bolig/));
  expect(stated(text, 'tomme boligmåneder')).toBe(await difference(page, /^Tomme boliger/));
  expect(stated(text, 'deltakermåneder i kø')).toBe(await difference(page, /^I kø til introduksjonsprogrammet/));
  expect(stated(text, 'tomme plassmåneder')).toBe(await difference(page, /^Tomme introduksjonsplasser/));
  // Kroner in mill. kr with one decimal: the table's whole kroner rounded so.
  const kroner = /(\d+,\d) mill\. kr (mindre|mer) i kostnader/.exec(text);
  const cost = await difference(page, /^Kostnad for tomme boliger/);
  expect(kroner?.[1]).toBe((Math.abs(cost) / 1e6).toFixed(1).replace('.', ','));
  expect(kroner?.[2]).toBe(cost >= 0 ? 'mindre' : 'mer');
  await expect(page.getByText(/^Snitt over 10\s000 baner/)).toBeVisible();
  await expect(page.getByTestId('needs-sentence')).toHaveText(/^For å bosette planens tall \(i snitt 33 i året\) i 2026–2031 uten en eneste måned med for få trenger kommunen \d+ boliger/);
  await expect(page.getByRole('figure', { name: /^Bosatte 2026–2035 i alt: / })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^IMDis anmodning har svingt mellom/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hva IMDi kan komme til å be om' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Nettobudsjettet for økonomiplanen er mest følsomt for/ })).toBeVisible();
  await shot(page, `predictability-desktop.png`, { fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole('figure', { name: /^Nettobudsjett 2026–2035 i alt/ }).getByText('Vis tallene som tabell').click();
  await page.getByText('Forutsetninger for simuleringen').click();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  // The value table scrolls sideways on a phone; its caption wraps within the window, whole.
  const caption = page.getByTestId('value-table').locator('caption');
  await caption.scrollIntoViewIfNeeded();
  const box = await caption.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await shot(page, `predictability-narrow.png`, { fullPage: true });
  await expectNoAxeViolations(page);
});

test('given a long run under way, when the planner cancels, then it stops and says so, and running again gives a result', async ({ page }) => {
  await page.goto('/#/scenarioer');
  await page.getByLabel('Importer scenario fra fil').setInputFiles(EXAMPLE);
  await page.getByRole('link', { name: 'Forutsigbarhet' }).click();
  await expect(page.getByText(SENTENCE)).toBeVisible({ timeout: 30_000 });

  await page.getByText('Forutsetninger for simuleringen').click();
  await page.getByRole('textbox', { name: 'Antall baner' }).fill('100000');
  await page.getByRole('button', { name: 'Kjør simuleringen' }).click();
  await expect(page.getByRole('progressbar', { name: 'Simuleringen' })).toBeVisible();
  await shot(page, `predictability-progress.png`);
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Simuleringen ble avbrutt.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText('Svaret kommer når simuleringen er ferdig.')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Antall baner' }).fill('2000');
  await page.getByRole('button', { name: 'Kjør simuleringen' }).click();
  await expect(page.getByText(SENTENCE)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Snitt over 2\s000 baner/)).toBeVisible();
});

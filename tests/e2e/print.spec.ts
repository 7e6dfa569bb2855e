import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const SHOTS = '/tmp/shots';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The digits of an amount as shown, with its sign: "≈anslått −1 234 kr" → "−1234". */
const digits = (text: string) => text.replace(/[^\d−-]/g, '');

/** The PDF's pages and their text (pdfjs-dist's legacy build, which runs in Node). */
async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: pdf.numPages, text: texts.join('\n') };
}

/** The text after the first `from` up to the next `to`. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, `"${from}" in the PDF`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start + from.length);
  expect(end, `"${to}" after "${from}" in the PDF`).toBeGreaterThan(start);
  return text.slice(start + from.length, end);
}

test('given a plan, when the budget summary is printed, then it fits one or two A4 pages with the numbers of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).pressSequentially('tromsø');
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  const totals = page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ });
  await totals.nth(0).fill('30');
  await totals.nth(1).fill('20');
  await page.getByRole('textbox', { name: /^Enslige mindreårige \d{4}$/ }).nth(1).fill('4');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne \d{4}$/ }).first()).toHaveValue('9');

  await page.getByRole('link', { name: 'Utskrift' }).click();
  await expect(page.getByRole('heading', { name: /^Budsjettsammendrag/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/print-screen.png`, fullPage: true });

  const plan = page.getByRole('table', { name: /økonomiplanen og hele perioden, i kroner/ });
  const [fourYearNet = '', horizonNet = ''] = (await plan.getByRole('row', { name: /^Netto/ }).getByRole('cell').allTextContents()).map(digits);
  const incomeCells = page.getByRole('table', { name: /IMDis koder/ }).getByRole('row', { name: /^Sum tilskudd/ }).getByRole('cell');
  const incomePerYear = (await incomeCells.allTextContents()).slice(1).map(digits);
  expect(fourYearNet.length).toBeGreaterThan(5);
  expect(incomePerYear).toHaveLength(10);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('group', { name: 'Utskrift og eksport' })).toBeHidden();
  await expectNoAxeViolations(page);

  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(`${SHOTS}/print.pdf`, bytes);
  const pdf = await readPdf(new Uint8Array(bytes));
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);

  // Spaces are dropped (the PDF's text runs split numbers at the thousands spaces); a row's
  // digits, from its label to the next row's label, must then be exactly the screen's numbers.
  const compact = pdf.text.replace(/\s+/g, '');
  expect(compact).toContain('Tromsø');
  expect(digits(between(compact, 'Netto', 'Budsjettperår'))).toBe(`${fourYearNet}${horizonNet}`);
  expect(digits(between(compact, 'Sumtilskudd', 'Introduksjonsstønad'))).toBe(incomePerYear.join(''));
});

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

/**
 * The PDF's pages and their text (pdfjs-dist's legacy build, which runs in Node), and the size in
 * points at which a given text is printed: a page the browser shrank to fit prints it smaller.
 */
async function readPdf(bytes: Uint8Array, sizeOf: string): Promise<{ pages: number; text: string; size: number | null }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const texts: string[] = [];
  let size: number | null = null;
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.str === sizeOf && size === null) size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
    }
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: pdf.numPages, text: texts.join('\n'), size };
}

/** The text after the first `from` up to the next `to`. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, `"${from}" in the PDF`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start + from.length);
  expect(end, `"${to}" after "${from}" in the PDF`).toBeGreaterThan(start);
  return text.slice(start + from.length, end);
}

/** Tromsø with 30 and 20 settled and 4 unaccompanied minors in the second year, in a window of the given size. */
async function enterPlan(page: Page, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).pressSequentially('tromsø');
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  const totals = page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ });
  await totals.nth(0).fill('30');
  await totals.nth(1).fill('20');
  await page.getByRole('textbox', { name: /^Enslige mindreårige \d{4}$/ }).nth(1).fill('4');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne \d{4}$/ }).first()).toHaveValue('9');
}

/**
 * The widest a summary chart may be drawn: half the A4 text width (210 mm less 2 × 15 mm margins,
 * at 96 px to the inch) less the 4 mm gap, the card's 2 × 3 mm padding and its border.
 */
const mm = 96 / 25.4;
const PRINT_CHART_MAX_WIDTH = (180 * mm - 4 * mm) / 2 - 6 * mm - 2;

/** Let ResizeObservers and the renders they cause run: a few animation frames. */
async function settle(page: Page) {
  for (let frame = 0; frame < 3; frame += 1) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

test('given a plan, when the budget summary is printed, then it fits one or two A4 pages with the numbers of the screen', async ({ page }) => {
  await enterPlan(page, { width: 1280, height: 900 });
  // The plan screen's yearly income in kroner; the printed yearly table shows it in thousands.
  const planIncome = page.getByRole('table', { name: 'Tilskudd og kostnader per år, i kroner' }).getByRole('row', { name: /^Sum tilskudd/ }).getByRole('cell');
  const incomeInThousands = (await planIncome.allTextContents()).map((text) => String(Math.round(Number(digits(text).replace('−', '-')) / 1000)));
  expect(incomeInThousands).toHaveLength(10);

  await page.getByRole('link', { name: 'Utskrift' }).click();
  await expect(page.getByRole('heading', { name: /^Budsjettsammendrag/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/print-screen.png`, fullPage: true });

  const plan = page.getByRole('table', { name: /økonomiplanen og hele perioden, i kroner/ });
  const [fourYearNet = '', horizonNet = ''] = (await plan.getByRole('row', { name: /^Netto/ }).getByRole('cell').allTextContents()).map(digits);
  // The line is marked «≈ anslått» where its amounts rest on estimates in every year not marked at the year.
  const incomeCells = page.getByRole('table', { name: /IMDis koder/ }).getByRole('row', { name: /^(anslått )?Sum tilskudd/ }).getByRole('cell');
  const incomePerYear = (await incomeCells.allTextContents()).slice(1).map(digits);
  expect(fourYearNet.length).toBeGreaterThan(5);
  expect(incomePerYear).toEqual(incomeInThousands);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('group', { name: 'Utskrift og eksport' })).toBeHidden();
  await expectNoAxeViolations(page);

  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(`${SHOTS}/print.pdf`, bytes);
  const pdf = await readPdf(new Uint8Array(bytes), 'Introduksjonsstønad');
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  // The yearly table is set in 7.5 pt and prints at that size: the page fits A4 without the
  // browser shrinking it (a table wider than the page made it shrink everything to about 74 %).
  expect(pdf.size).toBeCloseTo(7.5, 1);

  // Spaces are dropped (the PDF's text runs split numbers at the thousands spaces); a row's
  // digits, from its label to the next row's label, must then be exactly the screen's numbers.
  const compact = pdf.text.replace(/\s+/g, '');
  expect(compact).toContain('Tromsø');
  // The table's net, up to the sentence beside it that gives the range of the totals.
  expect(digits(between(compact, 'Netto', 'Økonomiplan'))).toBe(`${fourYearNet}${horizonNet}`);
  expect(digits(between(compact, 'Sumtilskudd', 'Introduksjonsstønad'))).toBe(incomePerYear.join(''));
});

test('given a plan with the municipality’s own costs beside estimated grants, when the summary is printed, then it still fits two A4 pages at full size, the grant lines marked once each', async ({ page }) => {
  await enterPlan(page, { width: 1280, height: 900 });
  await page.getByRole('button', { name: /^Kostnader/ }).click();
  const costs: [string, string][] = [
    ['Drift av introduksjonsprogrammet per plass og år (kr)', '180000'],
    ['Netto kostnad per bolig og måned (kr)', '8000'],
    ['Merkostnad for midlertidig bolig per husstand og måned (kr)', '15000'],
    ['Administrasjon per år (kr)', '900000'],
    ['Sosialhjelp, botid år 1 (kr)', '60000'],
    ['Sosialhjelp, botid år 2 (kr)', '40000'],
  ];
  for (const [label, value] of costs) {
    const field = page.getByRole('textbox', { name: label });
    await field.fill(value);
    await field.press('Tab');
  }
  await page.getByRole('link', { name: 'Utskrift' }).click();
  const table = page.getByRole('table', { name: /IMDis koder/ });
  await expect(table.getByRole('rowheader', { name: 'anslått Sum tilskudd' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Administrasjon' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(`${SHOTS}/print-costs.pdf`, bytes);
  const pdf = await readPdf(new Uint8Array(bytes), 'Administrasjon');
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect(pdf.size).toBeCloseTo(7.5, 1);
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 800, height: 900 },
]) {
  test(`given a ${viewport.width}×${viewport.height} window, when the budget summary is printed, then the charts keep to their column and it fits one or two pages`, async ({ page }) => {
    await enterPlan(page, viewport);
    await page.getByRole('link', { name: 'Utskrift' }).click();
    await expect(page.getByRole('heading', { name: /^Budsjettsammendrag/ })).toBeVisible();
    const cards = page.locator('.summary-charts .chart-frame');
    await expect(cards).toHaveCount(2);
    await expect(cards.locator('svg.recharts-surface')).toHaveCount(2);

    // Charts that measure their container would now take the print layout's width (a wide
    // window's, or whatever they measured last); the summary's are drawn at one size that fits.
    await page.emulateMedia({ media: 'print' });
    await settle(page);
    const boxes = await cards.evaluateAll((frames) =>
      frames.map((frame) => {
        const card = frame.getBoundingClientRect();
        const svg = frame.querySelector('svg.recharts-surface')!.getBoundingClientRect();
        return { card: { left: card.left, right: card.right, top: card.top }, svg: { left: svg.left, right: svg.right, width: svg.width } };
      }),
    );
    expect(boxes).toHaveLength(2);
    for (const [n, { card, svg }] of boxes.entries()) {
      expect(svg.width, `chart ${n + 1}'s width`).toBeLessThanOrEqual(PRINT_CHART_MAX_WIDTH);
      expect(svg.left, `chart ${n + 1} starts inside its card`).toBeGreaterThanOrEqual(card.left);
      expect(svg.right, `chart ${n + 1} ends inside its card`).toBeLessThanOrEqual(card.right);
    }
    const [first, second] = boxes;
    expect(second!.card.top, 'the cards side by side').toBe(first!.card.top);
    expect(first!.card.right, 'the first card ends before the second').toBeLessThanOrEqual(second!.card.left);

    const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(`${SHOTS}/print-${viewport.width}.pdf`, bytes);
    const pdf = await readPdf(new Uint8Array(bytes), 'Introduksjonsstønad');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.size).toBeCloseTo(7.5, 1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    // The housing chart's last tick is on the page: a chart drawn wider than its column ran off
    // the page's right edge and lost it (the text stopped at «jan. 20»).
    expect(pdf.text.replace(/\s+/g, '')).toContain('jan.2035');
  });
}

test('given the plan screen with its charts below the window, when it is printed, then every chart is drawn on the paper', async ({ page }) => {
  await enterPlan(page, { width: 1280, height: 900 });
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(5);
  // Out of view, a chart is not drawn (ChartFrame); printing draws them all.
  await page.emulateMedia({ media: 'print' });
  await expect(figures.locator('svg.recharts-surface')).toHaveCount(5);
  await expect(figures.nth(4).locator('.recharts-line').first()).toBeAttached();
});

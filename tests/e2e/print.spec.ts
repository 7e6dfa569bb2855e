import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectNoAxeViolations } from './axe';
import { keep, shot } from './shots';


/** The digits of an amount as shown, with its sign: "≈anslått −1 234 kr" → "−1234". */
const digits = (text: string) => text.replace(/[^\d−-]/g, '');

/**
 * The PDF's pages and their text (pdfjs-dist's legacy build, which runs in Node), the size in
 * points at which a given text is printed (a page the browser shrank to fit prints it smaller),
 * and the pages of the budget: those before the appendix, which starts a page of its own.
 */
async function readPdf(bytes: Uint8Array, sizeOf: string): Promise<{ pages: number; budgetPages: number; text: string; size: number | null }> {
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
  const budgetPages = texts.findIndex((text) => text.replace(/\s+/g, '').startsWith('Vedlegg:Planensforutsetninger'));
  return { pages: pdf.numPages, budgetPages, text: texts.join('\n'), size };
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
  await page.getByRole('combobox', { name: 'Kommune' }).fill('tromsø');
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

test('given a plan, when the budget summary is printed, then the budget fits one or two A4 pages with the numbers of the screen, the plan’s inputs one page more', async ({ page }) => {
  await enterPlan(page, { width: 1280, height: 900 });
  // The plan screen's yearly income in kroner; the printed yearly table shows it in thousands.
  const planIncome = page.getByRole('table', { name: 'Tilskudd og kostnader per år, i kroner' }).getByRole('row', { name: /^Sum tilskudd/ }).getByRole('cell');
  const incomeInThousands = (await planIncome.allTextContents()).map((text) => String(Math.round(Number(digits(text).replace('−', '-')) / 1000)));
  expect(incomeInThousands).toHaveLength(10);

  await page.getByRole('link', { name: 'Utskrift' }).click();
  await expect(page.getByRole('heading', { name: /^Budsjettsammendrag/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, `print-screen.png`, { fullPage: true });

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
  keep(`print.pdf`, bytes);
  const pdf = await readPdf(new Uint8Array(bytes), 'Introduksjonsstønad');
  // The budget on one or two pages, then the plan's inputs on one page of their own.
  expect(pdf.budgetPages).toBeGreaterThanOrEqual(1);
  expect(pdf.budgetPages).toBeLessThanOrEqual(2);
  expect(pdf.pages).toBe(pdf.budgetPages + 1);
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

test('given a plan with the municipality’s own costs beside estimated grants, when the summary is printed, then the budget still fits two A4 pages at full size, the grant lines marked once each, and the appendix one more', async ({ page }) => {
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
  keep(`print-costs.pdf`, bytes);
  const pdf = await readPdf(new Uint8Array(bytes), 'Administrasjon');
  expect(pdf.budgetPages).toBeGreaterThanOrEqual(1);
  expect(pdf.budgetPages).toBeLessThanOrEqual(2);
  expect(pdf.pages).toBe(pdf.budgetPages + 1);
  expect(pdf.size).toBeCloseTo(7.5, 1);
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 800, height: 900 },
]) {
  test(`given a ${viewport.width}×${viewport.height} window, when the budget summary is printed, then the charts keep to their column and the budget fits one or two pages`, async ({ page }) => {
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
    keep(`print-${viewport.width}.pdf`, bytes);
    const pdf = await readPdf(new Uint8Array(bytes), 'Introduksjonsstønad');
    expect(pdf.size).toBeCloseTo(7.5, 1);
    expect(pdf.budgetPages).toBeGreaterThanOrEqual(1);
    expect(pdf.budgetPages).toBeLessThanOrEqual(2);
    expect(pdf.pages).toBe(pdf.budgetPages + 1);
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

/** A ten-year plan for Kongsberg with the municipality's costs, two orders for dwellings, one given back, and a rate of its own. */
const TEN_YEAR_PLAN = {
  formatVersion: 3,
  name: 'Kongsberg med bestillinger',
  municipalityCode: '3303',
  startYear: 2026,
  years: [
    { singleAdults: 12, adultsInFamilies: 14, children: 16, unaccompaniedMinors: 3, highNeedsTier1: 1, request: 45, decision: 45, decisionMarginPercent: 10, programmePlaces: 30 },
    { singleAdults: 11, adultsInFamilies: 13, children: 15, unaccompaniedMinors: 2, request: 40, revisedRequest: 35, decision: 40, programmePlaces: 40 },
    { singleAdults: 10, adultsInFamilies: 12, children: 14, request: 35, decision: 35, programmePlaces: 45 },
    { singleAdults: 8, adultsInFamilies: 10, children: 12, request: 30, programmePlaces: 45 },
    { singleAdults: 6, adultsInFamilies: 7, children: 7 },
    { singleAdults: 6, adultsInFamilies: 7, children: 7 },
    {}, {}, {}, {},
  ],
  housing: {
    dwellingsAtStart: 22,
    pipeline: [
      { year: 2026, month: 3, units: 8, leadTimeMonths: 9, acquired: true },
      { year: 2027, month: 1, units: 12, leadTimeMonths: 12, acquired: false },
    ],
    releases: [{ year: 2030, month: 6, units: 4 }],
  },
  costs: {
    programmeCostPerPlaceYear: 180_000,
    housingNetCostPerUnitMonth: 8000,
    emergencyHousingPremiumPerHouseholdMonth: 15_000,
    socialAssistanceByYearOfResidence: [60_000, 40_000, 25_000, 15_000, 10_000],
    otherServicesByYearOfResidence: [20_000, 15_000, 10_000, 5000, 0],
    careCostPerMinorYear: 950_000,
    administrationPerYear: 1_200_000,
    acquisitionCostPerUnit: 3_500_000,
  },
  rateOverrides: [{ year: 2027, rate: 'integration.year2', value: 245_000, source: 'Kommunens eget anslag' }],
};

interface PdfItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** Each page's text items with their place in points (pdfjs-dist). */
async function pdfPages(bytes: Uint8Array): Promise<PdfItem[][]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const pages: PdfItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width }] : [])));
  }
  return pages;
}

/** The amounts printed on the row of `label`, left to right, and the white space between each and the next, in points. */
function rowAmounts(items: readonly PdfItem[], label: string): { amounts: string[]; gaps: number[] } {
  const head = items.find((item) => item.str.includes(label));
  expect(head, `«${label}» on the page`).toBeDefined();
  const cells = items.filter((item) => Math.abs(item.y - head!.y) < 1 && item.x > head!.x && /\d/.test(item.str)).sort((a, b) => a.x - b.x);
  return { amounts: cells.map((c) => c.str), gaps: cells.slice(1).map((c, i) => c.x - (cells[i]!.x + cells[i]!.width)) };
}

test('given a ten-year plan with costs, orders for dwellings and a rate of its own, when the summary is printed, then the budget keeps to two pages and the plan’s inputs, own rate and assumptions follow on one appendix page with the numbers entered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/scenarioer');
  await page.getByLabel('Importer scenario fra fil').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TEN_YEAR_PLAN)) });
  await expect(page.getByRole('row', { name: /Kongsberg med bestillinger/ }).locator('.mark')).toHaveText(['Gjeldende']);
  await page.getByRole('link', { name: 'Utskrift' }).click();
  await expect(page.getByRole('heading', { name: 'Vedlegg: Planens forutsetninger' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  keep(`print-inputs.pdf`, bytes);
  const pages = await pdfPages(new Uint8Array(bytes));
  const texts = pages.map((items) => items.map((item) => item.str).join(' ').replace(/\s+/g, ''));

  // The appendix starts a page of its own, after at most two pages of budget, and is that last page whole: no fragment after it.
  const appendix = texts.findIndex((text) => text.startsWith('Vedlegg:Planensforutsetninger'));
  expect(appendix, 'the appendix heading first on its page').toBeGreaterThanOrEqual(1);
  expect(appendix).toBeLessThanOrEqual(2);
  expect(pages).toHaveLength(appendix + 1);
  expect(texts.slice(0, appendix).join('')).not.toContain('Planensforutsetninger');
  // The budget part ends with the estimated rates it rests on; the planner's own rate is among the inputs.
  expect(texts[appendix - 1]).toContain('Anslåttesatser');
  expect(texts[appendix]).toContain('Egnesatseroghva-om');
  expect(texts[appendix]).toContain('Integreringstilskuddår22027245000kr');

  // The inputs with the numbers entered: persons per year by type, request, decision, dwellings, a unit cost.
  const inputs = texts[appendix]!;
  expect(digits(between(inputs, 'Ensligevoksne', 'Voksneifamilier'))).toBe('1211108660000');
  expect(digits(between(inputs, 'Voksneifamilier', 'Barn'))).toBe('14131210770000');
  expect(digits(between(inputs, 'Ensligemindreårige', 'Bosettesialt'))).toBe('3200000000');
  expect(digits(between(inputs, 'Bosettesialt', 'Høyebehov'))).toBe('4541363020200000');
  expect(digits(between(inputs, 'IMDisanmodning', 'Revidert'))).toBe('45403530');
  expect(digits(between(inputs, 'Revidertanmodningiåret', 'Kommunestyrets'))).toBe('35');
  expect(digits(between(inputs, 'Kommunestyretsvedtak', 'Vedtak:'))).toBe('454035');
  expect(digits(between(inputs, 'Introduksjonsplasser', 'Nyeboliger'))).toBe('30404545');
  // 22 at start; 8 ready December 2026, 12 January 2028; 4 given back from June 2030.
  expect(digits(between(inputs, 'Nyeboligerklare', 'Boligerlevert'))).toBe('80120000000');
  expect(digits(between(inputs, 'Boligertildisposisjonvedstart', 'Ensligevoksneperbolig'))).toBe('22');
  expect(inputs).toContain('mars202689des.2026ja');
  expect(inputs).toContain('jan.20271212jan.2028nei');
  expect(inputs).toContain('4frajuni2030');
  expect(inputs).toContain('Administrasjonperår1200000kr');
  expect(inputs).toContain('60000/40000/25000/15000/10000kr');

  // Every table at full size: the browser did not shrink a page to fit.
  const sizes = await page.evaluate(() => ['.print-years:not(.print-inputs) td', '.print-inputs td'].map((s) => getComputedStyle(document.querySelector(s)!).fontSize));
  expect(sizes).toEqual(['10px', '10px']);
  const read = await readPdf(new Uint8Array(bytes), 'Høye behov nivå 2');
  expect(read.size).toBeCloseTo(7.5, 1);
  expect(read.budgetPages).toBe(appendix);

  // The bold total rows: ten amounts, each with white space before the next (they ran together at 2 pt).
  for (const label of ['Sum tilskudd', 'Sum kostnader']) {
    const { amounts, gaps } = rowAmounts(pages[0]!, label);
    expect(amounts, label).toHaveLength(10);
    for (const gap of gaps) expect(gap, `${label}: the gap between two amounts`).toBeGreaterThan(4);
  }

  // The page images: the screen in print style at A4 width, to look at.
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, `print-inputs.png`, { fullPage: true });
});

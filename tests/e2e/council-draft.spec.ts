import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { shot } from './shots';


/** Tromsø with 30 and 20 settled and 4 unaccompanied minors in the second year; IMDi asked for 35 in the first, the council decided 30 and up to 10 % more. */
async function enterPlan(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).fill('tromsø');
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  const totals = page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ });
  await totals.nth(0).fill('30');
  await totals.nth(1).fill('20');
  await page.getByRole('textbox', { name: /^Enslige mindreårige \d{4}$/ }).nth(1).fill('4');
  await page.getByRole('textbox', { name: /^IMDis anmodning \d{4}$/ }).nth(0).fill('35');
  await page.getByRole('textbox', { name: /^Kommunestyrets vedtak \d{4}$/ }).nth(0).fill('30');
  await page.getByRole('textbox', { name: /^Vedtak: inntil % flere \d{4}$/ }).nth(0).fill('10');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne \d{4}$/ }).first()).toHaveValue('9');
}

/** Each table of a .docx as rows of cell texts (a .docx is a zip; the body is word/document.xml). */
async function docxTables(bytes: Buffer): Promise<{ xml: string; tables: string[][][] }> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((tbl) =>
    [...(tbl[1] ?? '').matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((tr) => [...(tr[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => text(tc[1] ?? ''))),
  );
  return { xml, tables };
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** Kroner as shown on the plan («1 234 567 kr», «−1 234 kr») to millions with one decimal as the draft writes them: «1,2 mill. kr». */
const asMillions = (text: string) => {
  const kroner = Number(text.replace(/[^\d−-]/g, '').replace('−', '-'));
  return `${(kroner / 1_000_000).toFixed(1).replace('.', ',').replace('-', '−')} mill. kr`;
};

test('given a plan, when the planner opens the council draft with the keyboard, edits it and downloads it, then the Word document holds the edit and the plan\'s numbers', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await enterPlan(page);
  const grid = (type: string) => page.getByRole('textbox', { name: new RegExp(`^${type} \\d{4}$`) });
  const singleAdults = await Promise.all((await grid('Enslige voksne').all()).map((box) => box.inputValue()));
  const children = await Promise.all((await grid('Barn').all()).map((box) => box.inputValue()));
  const net = page.getByRole('table', { name: 'Tilskudd og kostnader per år, i kroner' }).getByRole('row', { name: /^Netto/ }).getByRole('cell');
  const netFirstYear = asMillions((await net.first().textContent()) ?? '');

  await tabTo(page, page.getByRole('link', { name: 'Saksframlegg' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Saksframlegg: svar på IMDis anmodning' })).toBeVisible();
  const subject = page.getByRole('textbox', { name: 'Tekst: Saken gjelder' });
  await expect(subject).toHaveValue(/^IMDi har anmodet Tromsø kommune om å bosette 35 flyktninger i 2026\./);
  await expect(page.getByRole('textbox', { name: 'Tekst: Forslag til vedtak' })).toHaveValue(/^1\. Tromsø kommune bosetter 30 flyktninger i 2026, med inntil 10\s% flere \(høyst 33 personer\)\./);

  await tabTo(page, subject);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n\nSaken ble drøftet i formannskapet.');
  await expect(page.getByText('Redigert: tallene her følger ikke lenger planen av seg selv.')).toBeVisible();
  await expectNoAxeViolations(page, { bestPractice: true });
  await shot(page, `council-draft-desktop.png`, { fullPage: true });

  const downloadButton = page.getByRole('button', { name: 'Last ned som Word (.docx)' });
  await tabTo(page, downloadButton, { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^saksframlegg-.*\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: /^Lastet ned saksframlegg-/ })).toBeVisible();
  const { xml, tables } = await docxTables(await readFile((await download.path()) ?? ''));

  expect(xml).toContain('Saken ble drøftet i formannskapet.');
  expect(xml).toContain('Tromsø kommune: bosetting av flyktninger 2026–2035 – svar på anmodning fra IMDi');
  const [persons, economy] = tables;
  expect(persons?.[0]).toEqual(['År', 'Enslige voksne', 'Voksne i familier', 'Barn', 'Enslige mindreårige', 'I alt', 'IMDis anmodning', 'Kommunestyrets vedtak']);
  expect(persons?.slice(1, 11).map((row) => row[1])).toEqual(singleAdults.map((v) => v || '0'));
  expect(persons?.slice(1, 11).map((row) => row[3])).toEqual(children.map((v) => v || '0'));
  expect(persons?.slice(1, 3).map((row) => [row[0], row[4], row[5]])).toEqual([
    ['2026', '0', '30'],
    ['2027', '4', '24'],
  ]);
  expect(plain(persons?.[1]?.[7] ?? '')).toBe('30 (inntil 10 % flere: 33)');
  const netRow = economy?.find((row) => row[0] === 'Netto (tilskudd minus kostnader)');
  expect(plain(netRow?.[1] ?? '').replace(/^≈ /, '')).toBe(plain(netFirstYear));

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(subject).toBeVisible();
  await expectNoAxeViolations(page, { bestPractice: true });
  await shot(page, `council-draft-phone.png`, { fullPage: true });
});

test('given an edited section, when the planner leaves for the plan and comes back, then the edit is there and «Tilbakestill til forslaget» brings the draft back', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await enterPlan(page);
  await page.getByRole('link', { name: 'Saksframlegg' }).click();
  const risk = page.getByRole('textbox', { name: 'Tekst: Risiko' });
  await risk.fill('Ingen risiko er vurdert ennå.');
  await page.getByRole('link', { name: 'Plan og prognose' }).click();
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Saksframlegg' }).click();
  await expect(risk).toHaveValue('Ingen risiko er vurdert ennå.');
  await page.getByRole('button', { name: /^Tilbakestill til forslaget ?\(Risiko\)$/ }).click();
  await expect(risk).toHaveValue(/^Satsene for/);
  await expect(risk).toBeFocused();
});

test('given an edited draft, when it is printed, then the paper shows each section’s whole text without the app’s header or buttons, and the table within the page', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await enterPlan(page);
  await page.getByRole('link', { name: 'Saksframlegg' }).click();
  await page.getByRole('textbox', { name: 'Tekst: Risiko' }).fill('Første linje.\n\nAndre linje.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Last ned som Word (.docx)' })).toBeHidden();
  // A field cannot break across pages: the texts print from copies that can, edits and all.
  await expect(page.locator('.draft-text').first()).toBeHidden();
  const texts = page.locator('.draft-print-text');
  await expect(texts).toHaveCount(7);
  for (const text of await texts.all()) await expect(text).toBeVisible();
  await expect(page.locator('.draft-section').filter({ has: page.getByRole('heading', { name: 'Risiko' }) }).locator('.draft-print-text')).toHaveText('Første linje.\n\nAndre linje.', { useInnerText: true });
  const table = page.getByRole('table', { name: 'Personer per år etter type' });
  const box = await table.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box && box.x + box.width).toBeLessThanOrEqual(width);
});

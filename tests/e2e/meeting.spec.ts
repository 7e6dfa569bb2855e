import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = '/tmp/shots';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A plan for Tromsø with persons in the first two years and a few dwellings. */
async function planSomething(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).pressSequentially('tromsø');
  await page.getByRole('option', { name: /^Tromsø, Troms/ }).click();
  const totals = page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ });
  await totals.nth(0).fill('30');
  await totals.nth(1).fill('20');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne \d{4}$/ }).first()).toHaveValue('9');
}

test('given a plan, when the presenter opens the meeting mode, then the keyboard alone steps through every slide and Escape leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await planSomething(page);
  await page.getByRole('link', { name: 'Møtemodus' }).click();
  const slide = page.getByRole('region', { name: /^\d+ av \d+$/ });
  await expect(slide).toHaveAccessibleName(/^1 av \d+$/);
  const count = Number(/av (\d+)/.exec((await slide.getAttribute('aria-label')) ?? '')?.[1]);
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('banner')).toBeHidden();
  const bodySize = await page.locator('.meeting').evaluate((el) => getComputedStyle(el).fontSize);
  expect(Number.parseFloat(bodySize)).toBeGreaterThanOrEqual(28);
  await expectNoAxeViolations(page);

  for (let at = 1; at <= count; at += 1) {
    await expect(slide).toHaveAccessibleName(`${at} av ${count}`);
    await expect(page.getByText(`${at} av ${count}`, { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/meeting-${at}.png` });
    await page.keyboard.press(at % 2 === 0 ? 'PageDown' : 'ArrowRight');
  }
  await expect(slide).toHaveAccessibleName(`${count} av ${count}`);
  await expectNoAxeViolations(page);
  await page.keyboard.press('PageUp');
  await expect(slide).toHaveAccessibleName(`${count - 1} av ${count}`);
  await page.keyboard.press('ArrowLeft');
  await expect(slide).toHaveAccessibleName(`${count - 2} av ${count}`);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
});

test('given the meeting mode, when the presenter opens the what-if and adds 10 a year with the keyboard, then the net changes and the plan is kept', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await planSomething(page);
  await page.goto('/#/mote');
  const net = page.locator('.big-figure.net dd');
  const before = await net.textContent();
  await page.getByRole('button', { name: 'Hva om vi bosetter flere eller færre?' }).focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('spinbutton', { name: 'Flere eller færre per år' });
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await expect(page.getByText(/^Hva om: \+10 per år i 4 år/)).toBeVisible();
  await expect(net).not.toHaveText(before ?? '');
  await page.screenshot({ path: `${SHOTS}/meeting-what-if.png` });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: /^Enslige voksne og familier i alt \d{4}$/ }).first()).toHaveValue('30');
});

/** What a slide shows against its box, and the type sizes of a chart slide's parts (null on slides without a chart). */
function slideFit() {
  const slide = document.querySelector<HTMLElement>('.slide');
  const meeting = document.querySelector<HTMLElement>('.meeting');
  const actions = [...document.querySelectorAll<HTMLElement>('.meeting-actions button, .slide-nav button')];
  const size = (selector: string) => {
    const element = slide?.querySelector(selector);
    return element ? Number.parseFloat(getComputedStyle(element).fontSize) : null;
  };
  return {
    fits: slide !== null && slide.scrollHeight <= slide.clientHeight && slide.scrollWidth <= slide.clientWidth,
    meetingFits: meeting !== null && meeting.scrollHeight <= meeting.clientHeight,
    // The bar's buttons side by side, and the slide controls on one line.
    oneLine: new Set(actions.filter((b) => b.closest('.meeting-actions')).map((b) => Math.round(b.getBoundingClientRect().top))).size <= 1 &&
      new Set(actions.filter((b) => b.closest('.slide-nav')).map((b) => Math.round(b.getBoundingClientRect().top))).size <= 1,
    chart: slide?.querySelector('svg.recharts-surface') ? Math.round(slide.querySelector('svg.recharts-surface')?.getBoundingClientRect().height ?? 0) : null,
    tick: size('.recharts-cartesian-axis-tick-value'),
    legend: size('.chart-legend'),
  };
}

test('given a 1280 × 720 projector and the what-if open and changed, then every slide shows all of its content without clipping or scrolling, in type readable across a room', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await planSomething(page);
  await page.goto('/#/mote');
  const slide = page.getByRole('region', { name: /^\d+ av \d+$/ });
  const count = Number(/av (\d+)/.exec((await slide.getAttribute('aria-label')) ?? '')?.[1]);
  const toggle = page.getByRole('button', { name: 'Hva om vi bosetter flere eller færre?' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Én mer per år' }).click();
  await expect(page.getByText(/^Hva om: \+5 per år i 4 år/)).toBeVisible();
  await page.mouse.move(0, 0);

  let charts = 0;
  for (let at = 1; at <= count; at += 1) {
    await expect(slide).toHaveAccessibleName(`${at} av ${count}`);
    // A chart is drawn to its slide's room once measured: poll until the layout has settled.
    await expect.poll(() => page.evaluate(slideFit), { message: `slide ${at}` }).toMatchObject({ fits: true, meetingFits: true, oneLine: true });
    const fit = await page.evaluate(slideFit);
    if (fit.chart !== null) {
      charts += 1;
      expect(fit.chart, `slide ${at}: the chart's height`).toBeGreaterThanOrEqual(200);
      expect(fit.tick, `slide ${at}: axis ticks`).toBeGreaterThanOrEqual(20);
      expect(fit.legend, `slide ${at}: legend`).toBeGreaterThanOrEqual(20);
      await expect(slide.locator('.chart-legend')).toBeInViewport({ ratio: 1 });
      await expect(slide.locator('.chart-source')).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: `${SHOTS}/meeting-what-if-${at}.png` });
    await page.keyboard.press('ArrowRight');
  }
  expect(charts).toBeGreaterThanOrEqual(4);
  await expectNoAxeViolations(page);
});

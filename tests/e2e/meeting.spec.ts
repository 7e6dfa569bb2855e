import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { shot } from './shots';


/** A plan for Tromsø with persons in the first two years and a few dwellings. */
async function planSomething(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Kommune' }).fill('tromsø');
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
    // With the what-if closed every part of a slide shows, a chart's note too: none of it under 24 px.
    await expect.poll(() => page.evaluate(smallText, 24), { message: `slide ${at}: text under 24 px` }).toEqual([]);
    await expect.poll(() => page.evaluate(slideFit), { message: `slide ${at}` }).toMatchObject({ fits: true, meetingFits: true });
    for (const part of ['.chart-note', '.chart-source']) {
      if ((await slide.locator(part).count()) > 0) await expect(slide.locator(part), `slide ${at}: ${part}`).toBeInViewport({ ratio: 1 });
    }
    await shot(page, `meeting-${at}.png`);
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

test('given the meeting mode, when the presenter opens the what-if and adds 10 a year with the keyboard, then the net changes with its difference beside it, Escape closes the what-if first and leaves second, and the plan is kept', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await planSomething(page);
  await page.goto('/#/mote');
  const net = page.locator('.big-figure.net dd').first();
  const before = await net.textContent();
  await page.getByRole('button', { name: 'Hva om vi bosetter flere eller færre?' }).focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('spinbutton', { name: 'Flere eller færre per år' });
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await expect(page.getByText(/^Hva om: \+10 per år i 4 år/)).toBeVisible();
  await expect(net).not.toHaveText(before ?? '');
  await expect(net).toHaveText(/^≈?\s?\d+,\d\smill\.\skr$/);
  await expect(page.locator('.big-figure.net .figure-difference')).toHaveText(/^[+−]\d+,\d\smill\.\skr mot planen$/);
  await shot(page, `meeting-what-if.png`);
  await expectNoAxeViolations(page);
  const toggle = page.getByRole('button', { name: 'Hva om vi bosetter flere eller færre?' });
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(page).toHaveURL(/#\/mote$/);
  await expect(page.getByText(/^Hva om: \+10 per år i 4 år/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
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

/** Every piece of text a slide shows (its own text, not a child's), with its computed type size, that is under `least` px. */
function smallText(least: number) {
  const slide = document.querySelector<HTMLElement>('.slide');
  if (!slide) return ['no slide'];
  const small: string[] = [];
  for (const element of slide.querySelectorAll<Element>('*')) {
    const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
    if (own === '') continue;
    const box = element.getBoundingClientRect();
    // Shown: not in a closed <details>, not display:none, not visually hidden (a 1 px clipped box).
    if (!element.checkVisibility({ visibilityProperty: true }) || box.width <= 1 || box.height <= 1) continue;
    const size = Number.parseFloat(getComputedStyle(element).fontSize);
    if (size < least) small.push(`${own.slice(0, 40)}: ${size}px`);
  }
  return small;
}

/** What sticks out of the window sideways, the what-if toggle's place, and the bar's heading against its buttons. */
function narrowFit() {
  const width = document.documentElement.clientWidth;
  const outside = [...document.querySelectorAll<HTMLElement>('.meeting *')]
    .filter((element) => element.checkVisibility())
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && (box.right > width + 0.5 || box.left < -0.5);
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 30)}`);
  const heading = document.querySelector('.meeting-heading')?.getBoundingClientRect();
  const overlapped = [...document.querySelectorAll('.meeting-actions button')].some((button) => {
    const b = button.getBoundingClientRect();
    return heading !== undefined && b.left < heading.right && b.right > heading.left && b.top < heading.bottom && b.bottom > heading.top;
  });
  return { outside, overlapped, scrollsSideways: (document.querySelector('.meeting')?.scrollWidth ?? 0) > width };
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
      // Beside the open what-if the note and the source give way to the drawing (meeting.css); the first test sees them.
      await expect(slide.locator('.chart-source')).toBeHidden();
    }
    expect(await page.evaluate(smallText, 24), `slide ${at}: text under 24 px`).toEqual([]);
    await shot(page, `meeting-what-if-${at}.png`);
    await page.keyboard.press('ArrowRight');
  }
  expect(charts).toBeGreaterThanOrEqual(4);
  await expectNoAxeViolations(page);
});

for (const { width, height, name } of [
  { width: 1280, height: 720, name: 'projector' },
  { width: 768, height: 1024, name: 'tablet' },
  { width: 390, height: 844, name: 'phone' },
]) {
  test(`given a ${name} at ${width} × ${height} and a what-if, then no slide runs off the screen sideways, the title is clear of the buttons, the net is whole, the what-if button is on screen and axe finds nothing`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await planSomething(page);
    await page.goto('/#/mote');
    const slide = page.getByRole('region', { name: /^\d+ av \d+$/ });
    const count = Number(/av (\d+)/.exec((await slide.getAttribute('aria-label')) ?? '')?.[1]);
    const toggle = page.getByRole('button', { name: 'Hva om vi bosetter flere eller færre?' });
    await expect(toggle).toBeInViewport({ ratio: 1 });
    await toggle.click();
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Én mer per år' }).click();
    await expect(page.getByText(/^Hva om: \+3 per år i 4 år/)).toBeVisible();
    await page.mouse.move(0, 0);
    // The net whole, in millions, with its difference, not cut at the window's edge.
    await expect(page.locator('.big-figure.net dd').first()).toHaveText(/^≈?\s?\d+,\d\smill\.\skr$/);
    await expect(page.locator('.big-figure.net dd').first()).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.big-figure.net .figure-difference')).toBeInViewport({ ratio: 1 });
    await shot(page, `meeting-${width}x${height}.png`);
    await expectNoAxeViolations(page);

    for (let at = 1; at <= count; at += 1) {
      await expect(slide).toHaveAccessibleName(`${at} av ${count}`);
      await expect.poll(() => page.evaluate(narrowFit), { message: `slide ${at}` }).toEqual({ outside: [], overlapped: false, scrollsSideways: false });
      await expect(toggle).toBeInViewport({ ratio: 1 });
      if (at === 2) await shot(page, `meeting-${width}x${height}-persons.png`);
      if (at === 5) await shot(page, `meeting-${width}x${height}-chart.png`);
      if (at < count) await page.getByRole('button', { name: 'Neste' }).click();
    }
    await expectNoAxeViolations(page);
  });
}

test('given the predictability slides once the comparison is done, then the sentence and, on the next slide, the fan chart each fit the 1280 × 720 slide with nothing under 24 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await planSomething(page);
  await page.goto('/#/mote');
  const slide = page.getByRole('region', { name: /^\d+ av \d+$/ });
  for (let at = 1; at < 4; at += 1) {
    await expect(slide).toHaveAccessibleName(new RegExp(`^${at} av \\d+$`));
    // Page Down, as a clicker sends: it turns the slide wherever the focus was left by the plan's screen.
    await page.keyboard.press('PageDown');
  }
  await expect(slide.getByRole('heading', { name: 'Hva en flerårig avtale er verdt' })).toBeVisible();
  // The comparison runs off the main thread: seconds on a quiet machine, longer on a busy one.
  await expect(page.getByTestId('meeting-value-sentence')).toBeVisible({ timeout: 150_000 });
  await expect.poll(() => page.evaluate(smallText, 24), { message: 'sentence: text under 24 px' }).toEqual([]);
  await expect.poll(() => page.evaluate(slideFit), { message: 'sentence' }).toMatchObject({ fits: true, meetingFits: true });
  await shot(page, `meeting-predictability.png`);

  // The fan chart from the same comparison, at once: the sentence's slide kept its result.
  await page.keyboard.press('PageDown');
  await expect(slide.locator('.fan-pair')).toBeVisible();
  await expect(page.getByTestId('meeting-value-sentence')).toHaveCount(0);
  await expect.poll(() => page.evaluate(smallText, 24), { message: 'fan: text under 24 px' }).toEqual([]);
  await shot(page, `meeting-predictability-fan.png`);
  // The legend under both drawings, not over them.
  const clear = () =>
    page.evaluate(() => {
      const legend = document.querySelector('.slide .chart-legend')?.getBoundingClientRect().top ?? 0;
      return [...document.querySelectorAll('.slide .fan svg.recharts-surface')].map((svg) => Math.round(svg.getBoundingClientRect().bottom) <= Math.round(legend));
    });
  await expect.poll(clear).toEqual([true, true]);
  await expect.poll(() => page.evaluate(slideFit), { message: 'fan' }).toMatchObject({ fits: true, meetingFits: true });
  await expectNoAxeViolations(page);
});

import type { ElementHandle, Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `limit` times, as a keyboard
 * user does; throws if it is not reached.
 *
 * The target is looked up once and held, and looked up again only when the page has replaced it:
 * a look-up by role reads the names of everything on the page (some 30 ms on the plan screen),
 * a check of the element held takes 2 ms, and a journey checks some hundreds of times.
 */
export async function tabTo(page: Page, target: Locator, { back = false, limit = 120 } = {}): Promise<void> {
  let element: ElementHandle = await target.elementHandle();
  const hasFocus = async () => {
    const focused = await element.evaluate((el) => (el.isConnected ? el === document.activeElement : null));
    if (focused !== null) return focused;
    await element.dispose();
    element = await target.elementHandle();
    return element.evaluate((el) => el === document.activeElement);
  };
  try {
    // Checked before the first press and after each, the last included.
    for (let presses = 0; ; presses += 1) {
      if (await hasFocus()) return;
      if (presses === limit) break;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
  } finally {
    await element.dispose();
  }
  throw new Error(`could not reach ${String(target)} with ${back ? 'Shift+Tab' : 'Tab'} in ${limit} presses`);
}

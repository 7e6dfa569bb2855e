import { expect, test, type Page } from '@playwright/test';

// The service worker's script too must pass the policy (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const SCREENS = ['#/', '#/scenarioer', '#/sammenlign', '#/satser', '#/forutsigbarhet', '#/mote', '#/saksframlegg', '#/utskrift'];

/** Collects every Content-Security-Policy violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) logged.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...logged];
}

test('given the built app under its Content-Security-Policy, when every screen is opened, the simulation run, the budget and the council draft downloaded, then nothing is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'.*style-src 'self'/);

  await page.getByRole('combobox', { name: 'Kommune' }).fill('kongsberg');
  await page.getByRole('option', { name: /^Kongsberg, Buskerud/ }).click();
  await page.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2027' }).fill('40');

  for (const screen of SCREENS) {
    await page.goto(`/${screen}`);
    await expect(page.locator('main, [role="main"], .meeting').first()).toBeVisible();
    // The screen has drawn (a heading), and its charts with it.
    await expect(page.getByRole('heading').first()).toBeVisible();
    if (screen === '#/forutsigbarhet') {
      // The simulation runs in its Web Worker and reports a result.
      await expect(page.getByTestId('value-sentence')).toBeVisible({ timeout: 30_000 });
    }
    if (screen === '#/saksframlegg') {
      // The Word library is fetched and run only now.
      const docx = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Last ned som Word (.docx)' }).click();
      await docx;
    }
    if (screen === '#/utskrift') {
      const csv = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Last ned budsjettet som CSV' }).click();
      await csv;
      const xlsx = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Last ned regneark (XLSX)' }).click();
      await xlsx;
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await violations(), screen).toEqual([]);
  }
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('given a page with an image without text and a field without a label, then the axe check fails and names both, and passes once they are fixed', async ({ page }) => {
  await page.setContent('<html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1><img src="data:,"><input id="f"></main></body></html>');
  const failure = await expectNoAxeViolations(page).then(
    () => null,
    (error: unknown) => String(error),
  );
  expect(failure).toContain('image-alt: img');
  expect(failure).toContain('label: #f');
  await page.setContent('<html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1><img src="data:," alt="Kart"><label for="f">Antall</label><input id="f"></main></body></html>');
  await expectNoAxeViolations(page);
});

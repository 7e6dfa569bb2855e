import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from '../render-app';

afterEach(() => {
  window.location.hash = '';
});

/** The app on the print screen after `prepare` has acted on its store. */
async function summaryAfter(prepare: (app: ReturnType<typeof renderApp>) => void) {
  window.location.hash = '#/';
  const app = renderApp();
  await findMunicipalityBox();
  app.store.getState().setMunicipality('5001');
  prepare(app);
  window.location.hash = '#/utskrift';
  await screen.findByRole('heading', { name: /^Budsjettsammendrag/ }, { timeout: 15_000 });
  return app;
}

/** The label and its value, as read together: «Versjon: …». */
const versionFact = () => {
  const label = screen.getByText('Versjon', { selector: 'dt' });
  return `${label.textContent ?? ''}: ${label.nextElementSibling?.textContent ?? ''}`;
};
const when = new Date(2026, 11, 3, 9, 5);

describe('which version the printed summary shows', { timeout: 30_000 }, () => {
  it('given no version saved, then it says it is the current one, not saved as a version', async () => {
    await summaryAfter(() => undefined);
    expect(versionFact()).toBe('Versjon: Gjeldende utgave, ikke lagret som versjon');
  });

  it('given the numbers of a saved version, then it names the version, its date and time', async () => {
    await summaryAfter(({ store }) => store.getState().saveVersion('Til kommunestyret', when));
    expect(versionFact()).toBe('Versjon: Til kommunestyret, lagret 3. desember 2026 kl.\u00a009.05');
  });

  it('given a number changed after the version, then it says the current one was changed after it', async () => {
    await summaryAfter(({ store }) => {
      store.getState().saveVersion('Til kommunestyret', when);
      store.getState().setYearField(0, 'children', 4);
    });
    expect(versionFact()).toBe('Versjon: Gjeldende utgave, endret etter versjon «Til kommunestyret», lagret 3. desember 2026 kl.\u00a009.05');
  });
});

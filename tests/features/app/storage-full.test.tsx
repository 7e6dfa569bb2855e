import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { loadMessages } from '../../../src/i18n';
import { createAppStore, STORAGE_KEY } from '../../../src/store';
import { memoryStorage } from '../../../src/store/safe-storage';
import { charsHeld, quotaStorage } from '../../store/quota-storage';
import { findMunicipalityBox, TODAY } from '../render-app';

const scenario = (name: string, startYear: unknown) => ({ formatVersion: 1, name, municipalityCode: '3303', startYear, years: [{ children: 2 }] });
const RAW = JSON.stringify({
  state: {
    scenarios: [
      { id: 's1', scenario: scenario('Alfa', 2026) },
      { id: 's2', scenario: scenario('Beta', 'neste år') },
      { id: 's3', scenario: scenario('Gamma', 2026) },
    ],
    currentId: 's1',
    baselineId: 's1',
    ui: { locale: 'nb', showZeroLines: false },
  },
  version: 2,
});

/** The app over a storage holding RAW and full to its quota. */
function renderFull(locale?: 'nn' | 'en') {
  const items = new Map([[STORAGE_KEY, locale === undefined ? RAW : RAW.replace('"locale":"nb"', `"locale":"${locale}"`)]]);
  const storage = quotaStorage(items, { chars: charsHeld(items) });
  const store = createAppStore({ today: TODAY, storage, tabStorage: memoryStorage() });
  render(<App store={store} />);
  return { items, store };
}

describe('damaged stored data with the storage full', { timeout: 30_000 }, () => {
  it('given a damaged scenario that cannot be kept aside, then the notice says so instead of naming a key, cannot be closed, and saving is said to be paused', async () => {
    const { items, store } = renderFull();
    await findMunicipalityBox();
    const notice = (await screen.findByRole('heading', { name: 'Det lagrede scenariet kunne ikke leses' })).closest('.notice');
    if (!(notice instanceof HTMLElement)) throw new Error('no notice');
    const box = within(notice);
    expect(box.getByText('«Beta» (scenario nr. 2)')).toBeInTheDocument();
    expect(box.getByText(/^Nettleseren har ikke plass til en kopi av de lagrede dataene, så de står urørt/)).toBeInTheDocument();
    expect(box.queryByText(/Ingenting er slettet/)).not.toBeInTheDocument();
    expect(box.getByRole('button', { name: 'Last ned de skadde dataene' })).toBeInTheDocument();
    expect(box.queryByRole('button', { name: 'Lukk meldingen' })).not.toBeInTheDocument();
    const paused = screen.getByRole('heading', { name: 'Endringene blir ikke lagret i nettleseren' }).closest('[role="alert"]');
    expect(paused).toHaveTextContent(/Lagringen står stille for ikke å skrive over de skadde dataene/);

    act(() => store.getState().setYearField(0, 'children', 9));
    expect(items.get(STORAGE_KEY)).toBe(RAW);
  });

  it.each([
    ['nn' as const, /^Nettlesaren har ikkje plass til ein kopi av dei lagra dataa/, /^Lagringa står stille for ikkje å skrive over dei skadde dataa/],
    ['en' as const, /^The browser has no room for a copy of the saved data/, /^Saving is paused so as not to overwrite the damaged data/],
  ])('given the same in %s, then both messages are in that language', async (locale, kept, held) => {
    await loadMessages(locale);
    renderFull(locale);
    expect(await screen.findByText(kept)).toBeInTheDocument();
    expect(screen.getByText(held)).toBeInTheDocument();
  });
});

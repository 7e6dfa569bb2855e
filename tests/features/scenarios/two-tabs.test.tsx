import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, STORAGE_KEY } from '../../../src/store';
import { memoryStorage } from '../../../src/store/safe-storage';
import { findMunicipalityBox, renderApp, TODAY } from '../render-app';

/** What the browser does in this tab when another tab of the app saves: a `storage` event. */
function otherTabSaved() {
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY), storageArea: localStorage }));
  });
}

describe('two tabs of the app', { timeout: 30_000 }, () => {
  it('given a scenario added in another tab, when this tab then edits, then both the other tab’s scenario and this edit are saved', async () => {
    const { store } = renderApp();
    await findMunicipalityBox();

    // The other tab: a store of its own over the same localStorage, as a second page would have.
    const other = createAppStore({ today: TODAY, tabStorage: memoryStorage() });
    other.getState().createScenario('Fra den andre fanen');
    otherTabSaved();

    expect(await screen.findByText('Endringer lagret i en annen fane er hentet inn her.')).toBeInTheDocument();
    expect(store.getState().scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'Fra den andre fanen']);
    // The other tab opened its new scenario; this one stays on its own.
    expect(store.getState().scenario.name).toBe('Nytt scenario');
    // Undo cannot step back to before the other tab's work.
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    act(() => store.getState().setYearField(0, 'singleAdults', 7));
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as {
      state: { scenarios: { scenario: { name: string; years: { singleAdults: number }[] } }[] };
    };
    expect(saved.state.scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'Fra den andre fanen']);
    expect(saved.state.scenarios.some((e) => e.scenario.years[0]?.singleAdults === 7)).toBe(true);
  });

  it('given a storage event for another key, then this tab reads nothing back and says nothing', async () => {
    const { store } = renderApp();
    await findMunicipalityBox();
    act(() => store.getState().setYearField(0, 'singleAdults', 3));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'x', storageArea: localStorage }));
    });
    expect(screen.queryByText('Endringer lagret i en annen fane er hentet inn her.')).not.toBeInTheDocument();
    expect(store.temporal.getState().pastStates.length).toBeGreaterThan(0);
  });
});

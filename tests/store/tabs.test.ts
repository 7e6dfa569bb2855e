import { describe, expect, it } from 'vitest';
import { createAppStore, STORAGE_KEY, type AppStore } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';

const today = new Date('2026-03-15T12:00:00Z');

/** A tab of the app: a store of its own over the shared localStorage, with its own session storage. */
const openTab = (tab = memoryStorage()) => ({ tab, store: createAppStore({ today, tabStorage: tab }) });

/** What the browser does in a tab when another tab saves: the tab reads the saved state back. */
const otherTabSaved = async (store: AppStore) => {
  await store.persist.rehydrate();
};

type Stored = { state: { currentId: string; scenarios: { id: string; scenario: { name: string; years: { singleAdults: number }[] } }[] } };
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Stored;
const singleAdults2026 = (name: string) => stored().state.scenarios.find((e) => e.scenario.name === name)?.scenario.years[0]?.singleAdults;

describe('which scenario is open belongs to the tab', () => {
  it('given tab A on «Alfa» and tab B switching to «Beta», when A and then B edit 2026, then Alfa keeps 100 and Beta 200', async () => {
    const a = openTab();
    a.store.getState().renameScenario('s1', 'Alfa');
    a.store.getState().createScenario('Beta');
    a.store.getState().switchScenario('s1');
    const b = openTab();
    await otherTabSaved(b.store);

    b.store.getState().switchScenario('s2');
    await otherTabSaved(a.store);
    expect(a.store.getState().scenario.name).toBe('Alfa');

    a.store.getState().setYearField(0, 'singleAdults', 100);
    await otherTabSaved(b.store);
    expect(b.store.getState().scenario.name).toBe('Beta');
    b.store.getState().setYearField(0, 'singleAdults', 200);
    await otherTabSaved(a.store);

    expect(singleAdults2026('Alfa')).toBe(100);
    expect(singleAdults2026('Beta')).toBe(200);
    expect(a.store.getState().scenarios.map((e) => e.scenario.years[0]?.singleAdults)).toEqual([100, 200]);
    expect(a.store.getState().scenario.name).toBe('Alfa');
  });

  it('given two tabs on different scenarios, when one tab is reloaded, then it opens the scenario it had open', () => {
    const a = openTab();
    a.store.getState().createScenario('Beta');
    a.store.getState().switchScenario('s1');
    const b = openTab();
    b.store.getState().switchScenario('s2');

    expect(openTab(a.tab).store.getState().currentId).toBe('s1');
    expect(openTab(b.tab).store.getState().currentId).toBe('s2');
  });

  it('given a new tab, then it opens the scenario last opened in any tab', () => {
    const a = openTab();
    a.store.getState().createScenario('Beta');
    expect(openTab().store.getState().currentId).toBe('s2');
  });

  it('given the scenario open in this tab deleted in another, when this tab reads the save back, then it opens the stored current one', async () => {
    const a = openTab();
    a.store.getState().createScenario('Beta');
    a.store.getState().createScenario('Gamma');
    const b = openTab();
    b.store.getState().switchScenario('s1');
    b.store.getState().deleteScenario('s3');
    await otherTabSaved(a.store);
    expect(a.store.getState().currentId).toBe('s1');
    expect(a.store.getState().scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'Beta']);
  });
});

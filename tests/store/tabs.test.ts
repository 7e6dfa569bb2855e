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

describe('a save made before the other tab’s save is read back', () => {
  it('given A on «Alfa» and B on «Beta», when both edit 2026 before either reads the other back, then Alfa keeps 100 and Beta 200', () => {
    const a = openTab();
    a.store.getState().renameScenario('s1', 'Alfa');
    a.store.getState().createScenario('Beta');
    a.store.getState().switchScenario('s1');
    const b = openTab();
    b.store.getState().switchScenario('s2');

    a.store.getState().setYearField(0, 'singleAdults', 100);
    // B has not read A's save back (its storage event is still to come).
    b.store.getState().setYearField(0, 'singleAdults', 200);
    expect(singleAdults2026('Alfa')).toBe(100);
    expect(singleAdults2026('Beta')).toBe(200);

    // B edits again, still without reading back: A's edit stays.
    b.store.getState().setYearField(0, 'singleAdults', 210);
    expect(singleAdults2026('Alfa')).toBe(100);
    expect(singleAdults2026('Beta')).toBe(210);
    expect(stored().state.currentId).toBe('s2');
  });

  it('given both tabs adding a scenario before reading the other back, then both are kept, under ids of their own', async () => {
    const a = openTab();
    const b = openTab();
    a.store.getState().createScenario('Fra A');
    b.store.getState().createScenario('Fra B');
    // A saved first: its scenario keeps s2; B's, saved into A's list, becomes s3.
    expect(stored().state.scenarios.map((e) => [e.id, e.scenario.name])).toEqual([
      ['s1', 'Nytt scenario'],
      ['s3', 'Fra B'],
      ['s2', 'Fra A'],
    ]);
    // B reads the merged state back at once and stays on its scenario; so does A when it reads.
    await Promise.resolve();
    await Promise.resolve();
    expect(b.store.getState().scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'Fra B', 'Fra A']);
    expect(b.store.getState().scenario.name).toBe('Fra B');
    await otherTabSaved(a.store);
    expect(a.store.getState().scenario.name).toBe('Fra A');
  });

  it('given a scenario deleted in one tab and another edited in the other before reading back, then the deletion and the edit both hold', () => {
    const a = openTab();
    a.store.getState().createScenario('Beta');
    a.store.getState().createScenario('Gamma');
    a.store.getState().switchScenario('s1');
    const b = openTab();
    a.store.getState().deleteScenario('s3');
    b.store.getState().switchScenario('s2');
    b.store.getState().setYearField(0, 'singleAdults', 5);
    expect(stored().state.scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.singleAdults])).toEqual([
      ['Nytt scenario', 0],
      ['Beta', 5],
    ]);
  });
});

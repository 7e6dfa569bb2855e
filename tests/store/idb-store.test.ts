import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DAMAGED_KEY, STORAGE_KEY, type AppStore } from '../../src/store';
import type { MirroredStorage } from '../../src/store/idb-storage';
import { appIdb, full, idbContents, openIdbTab, storedEntry, storedState, withFreshIdb } from './idb-helpers';

withFreshIdb();

const today = new Date('2026-03-15T12:00:00Z');
const entry = (id: string, name: string, startYear: unknown, singleAdults: number) => storedEntry(id, name, singleAdults, startYear);
const stateOf = storedState;
const THREE_ONE_DAMAGED = stateOf([entry('s1', 'Alfa', 2026, 10), entry('s2', 'Beta', 'neste år', 20), entry('s3', 'Gamma', 2026, 30)]);

/** A tab of the app over IndexedDB, opened as a page load does, once its first writes are done. */
async function openTab(): Promise<{ mirror: MirroredStorage; store: AppStore }> {
  const tab = await openIdbTab(today);
  await tab.mirror.settled();
  return tab;
}

/** Lets every write started so far, and the saves they lead to, complete. */
async function writesDone(mirror: MirroredStorage) {
  for (let i = 0; i < 3; i += 1) {
    await mirror.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

type Stored = { state: { scenarios: { scenario: { name: string; years: { singleAdults: number }[] } }[] } };
const storedFigures = async () =>
  (JSON.parse(String((await idbContents()).get(STORAGE_KEY))) as Stored).state.scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.singleAdults]);

describe('damaged stored data and a full IndexedDB', () => {
  it.each(['throw', 'abort'] as const)('given three scenarios, one damaged, and storage at its quota (writes that %s), then nothing is claimed as kept, edits do not overwrite it, and once there is room both land', async (how) => {
    await set(STORAGE_KEY, THREE_ONE_DAMAGED, appIdb());
    full.on = true;
    full.how = how;
    const { mirror, store } = await openTab();
    expect(store.getState().storageNotice).toMatchObject({ keptUnder: null, dropped: [{ position: 2, name: 'Beta' }] });
    expect(store.getState().storageHeld).toBe(true);
    expect(store.getState().storageWritable).toBe(false);

    store.getState().setYearField(0, 'singleAdults', 100);
    await writesDone(mirror);
    expect(await idbContents()).toEqual(new Map([[STORAGE_KEY, THREE_ONE_DAMAGED]]));
    expect(store.getState().storageHeld).toBe(true);

    full.on = false;
    store.getState().setYearField(0, 'singleAdults', 110);
    await writesDone(mirror);
    expect((await idbContents()).get(DAMAGED_KEY)).toBe(THREE_ONE_DAMAGED);
    expect(store.getState().storageNotice?.keptUnder).toBe(DAMAGED_KEY);
    expect([store.getState().storageHeld, store.getState().storageWritable]).toEqual([false, true]);
    expect(await storedFigures()).toEqual([['Alfa', 110], ['Gamma', 30]]);
    mirror.close();
  });
});

describe('two tabs over IndexedDB', () => {
  it('given A on «Alfa» and B on «Beta», when both edit 2026 before hearing of the other, then Alfa keeps 100 and Beta 200', async () => {
    await set(STORAGE_KEY, stateOf([entry('s1', 'Alfa', 2026, 1), entry('s2', 'Beta', 2026, 2)]), appIdb());
    const a = await openTab();
    const b = await openTab();
    b.store.getState().switchScenario('s2');
    await writesDone(b.mirror);
    a.store.getState().setYearField(0, 'singleAdults', 100);
    b.store.getState().setYearField(0, 'singleAdults', 200);
    await writesDone(a.mirror);
    await writesDone(b.mirror);
    expect(await storedFigures()).toEqual([['Alfa', 100], ['Beta', 200]]);
    expect(b.store.getState().scenario.name).toBe('Beta');
    expect(b.store.getState().scenarios.map((e) => e.scenario.years[0]?.singleAdults)).toEqual([100, 200]);
    a.mirror.close();
    b.mirror.close();
  });

  it('given two tabs, when one edits, then the other hears of it over the channel and reads the edit back', async () => {
    const a = await openTab();
    const b = await openTab();
    const heard = new Promise<void>((resolve) => b.store.onStoredElsewhere(resolve));
    a.store.getState().setYearField(0, 'singleAdults', 7);
    await heard;
    await b.store.persist.rehydrate();
    expect(b.store.getState().scenario.years[0]?.singleAdults).toBe(7);
    a.mirror.close();
    b.mirror.close();
  });
});

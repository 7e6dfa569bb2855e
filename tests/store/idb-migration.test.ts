import { describe, expect, it } from 'vitest';
import { createAppStore, DAMAGED_KEY, openAppStorage, STORAGE_KEY } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';
import { full, idbContents, withFreshIdb } from './idb-helpers';

withFreshIdb();

const today = new Date('2026-03-15T12:00:00Z');
const scenario = (name: string, startYear: unknown, children: number) => ({ formatVersion: 1, name, municipalityCode: '3303', startYear, years: [{ children }, {}, {}, {}] });
const V1 = JSON.stringify({ state: { scenario: scenario('Eneste', 2027, 4), shelvedYears: [], ui: { locale: 'nn', showZeroLines: false } }, version: 1 });

/** A stored version 2 state of two scenarios, the first with a saved version, written by the app itself. */
function storedV2(): string {
  const tab = memoryStorage();
  const storage = memoryStorage();
  const store = createAppStore({ today, storage, tabStorage: tab });
  store.getState().renameScenario('s1', 'Alfa');
  store.getState().setYearField(0, 'children', 6);
  store.getState().saveVersion('Før møtet', new Date('2026-12-03T10:00:00Z'));
  store.getState().createScenario('Beta');
  return storage.getItem(STORAGE_KEY) ?? '';
}

/** Opens the app's storage and store as a page load does. */
async function openApp() {
  const mirror = await openAppStorage();
  const store = createAppStore({ today, mirror, tabStorage: memoryStorage() });
  await mirror?.settled();
  return { mirror, store };
}

describe('moving the stored data from localStorage to IndexedDB on the first start', () => {
  it('given a stored version 1 state, then it opens as before, is in IndexedDB, and localStorage no longer holds it', async () => {
    localStorage.setItem(STORAGE_KEY, V1);
    const { mirror, store } = await openApp();
    expect(mirror).not.toBeNull();
    expect(store.getState().scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.children])).toEqual([['Eneste', 4]]);
    expect(store.getState().ui.locale).toBe('nn');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    // Saved again as version 2 on opening, as it always was.
    const saved = JSON.parse(String((await idbContents()).get(STORAGE_KEY))) as { version: number; state: { scenarios: { scenario: { name: string } }[] } };
    expect([saved.version, saved.state.scenarios.map((e) => e.scenario.name)]).toEqual([2, ['Eneste']]);
    mirror?.close();
  });

  it('given a stored version 2 state with saved versions, then every scenario and version opens from IndexedDB, also on the next start', async () => {
    const text = storedV2();
    localStorage.setItem(STORAGE_KEY, text);
    const first = await openApp();
    first.mirror?.close();
    expect(localStorage.length).toBe(0);
    const { mirror, store } = await openApp();
    expect(store.getState().scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.children, e.versions?.map((v) => v.note) ?? []])).toEqual([
      ['Alfa', 6, ['Før møtet']],
      ['Beta', 0, []],
    ]);
    expect((await idbContents()).get(STORAGE_KEY)).toBe(text);
    mirror?.close();
  });

  it('given stored text that is not JSON and damaged text kept on an earlier visit, then both are in IndexedDB and the new copy is kept under a key of its own', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"scenarios": [');
    localStorage.setItem(DAMAGED_KEY, 'kept earlier');
    const { mirror, store } = await openApp();
    const held = await idbContents();
    expect(held.get(DAMAGED_KEY)).toBe('kept earlier');
    expect(held.get(`${DAMAGED_KEY}:2`)).toBe('{"state": {"scenarios": [');
    expect(store.getState().storageNotice).toMatchObject({ keptUnder: `${DAMAGED_KEY}:2`, text: '{"state": {"scenarios": [' });
    expect(store.getState().storageHeld).toBe(false);
    expect(localStorage.length).toBe(0);
    mirror?.close();
  });

  it('given a stored scenario that fails the schema, then the others open, the stored text is kept aside in IndexedDB, and an edit saves', async () => {
    const text = JSON.stringify({
      state: { scenarios: [{ id: 's1', scenario: scenario('Alfa', 2026, 1), shelvedYears: [] }, { id: 's2', scenario: scenario('Beta', 'neste år', 2), shelvedYears: [] }], currentId: 's1', baselineId: 's1', ui: {} },
      version: 2,
    });
    localStorage.setItem(STORAGE_KEY, text);
    const { mirror, store } = await openApp();
    expect(store.getState().storageNotice).toMatchObject({ keptUnder: DAMAGED_KEY, dropped: [{ position: 2, name: 'Beta' }] });
    expect((await idbContents()).get(DAMAGED_KEY)).toBe(text);
    store.getState().setYearField(0, 'children', 9);
    await mirror?.settled();
    expect(String((await idbContents()).get(STORAGE_KEY))).toContain('"children":9');
    expect((await idbContents()).get(DAMAGED_KEY)).toBe(text);
    mirror?.close();
  });

  it('given IndexedDB refusing the copy, then localStorage is left as it was and the app runs on it', async () => {
    localStorage.setItem(STORAGE_KEY, V1);
    full.on = true;
    expect(await openAppStorage()).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(V1);
    full.on = false;
    expect(await idbContents()).toEqual(new Map());
    const store = createAppStore({ today, mirror: null, tabStorage: memoryStorage() });
    expect(store.getState().scenario.name).toBe('Eneste');
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"name":"Eneste"');
  });

  it('given IndexedDB holding the state and a tab of an earlier version saving to localStorage after the move, then the next start keeps the scenarios of both, one changed in both twice (the earlier version’s copy under a name of its own, «Beta 2»), and empties localStorage', async () => {
    localStorage.setItem(STORAGE_KEY, storedV2());
    (await openApp()).mirror?.close();
    type Stored = { version: number; state: { scenarios: { id: string; scenario: { name: string; years: { children: number }[] }; shelvedYears: unknown[] }[] } };
    const older = JSON.parse(String((await idbContents()).get(STORAGE_KEY))) as Stored;
    const [alfa, beta] = older.state.scenarios;
    if (alfa === undefined || beta === undefined) throw new Error('two scenarios expected');
    const betaEdited = { ...beta, scenario: { ...beta.scenario, years: beta.scenario.years.map((y, i) => (i === 0 ? { ...y, children: 9 } : y)) } };
    const gamma = { ...alfa, id: 's3', scenario: { ...alfa.scenario, name: 'Gamma' } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...older, state: { ...older.state, scenarios: [alfa, betaEdited, gamma] } }));

    const { mirror, store } = await openApp();
    expect(store.getState().scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.children])).toEqual([
      ['Alfa', 6],
      ['Beta 2', 9],
      ['Gamma', 6],
      ['Beta', 0],
    ]);
    expect(localStorage.length).toBe(0);
    mirror?.close();
  });
});

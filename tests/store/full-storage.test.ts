import { describe, expect, it } from 'vitest';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';
import { charsHeld, quotaStorage } from './quota-storage';

const today = new Date('2026-03-15T12:00:00Z');
const scenario = (name: string, startYear: unknown, singleAdults: number) => ({
  formatVersion: 1,
  name,
  municipalityCode: '3303',
  startYear,
  years: [{ singleAdults }, {}, {}, {}],
});

/** Three stored scenarios, the second damaged (its start year is text), as a stored state. */
const THREE_ONE_DAMAGED = JSON.stringify({
  state: {
    scenarios: [
      { id: 's1', scenario: scenario('Alfa', 2026, 10), shelvedYears: [] },
      { id: 's2', scenario: scenario('Beta', 'neste år', 20), shelvedYears: [] },
      { id: 's3', scenario: scenario('Gamma', 2026, 30), shelvedYears: [] },
    ],
    currentId: 's1',
    baselineId: 's1',
    ui: { locale: 'nb', showZeroLines: false },
  },
  version: 2,
});

/** A storage holding `text` under the app's key, and filled to its quota. */
function fullStorageWith(text: string) {
  const items = new Map([[STORAGE_KEY, text]]);
  const quota = { chars: charsHeld(items) };
  return { items, quota, storage: quotaStorage(items, quota) };
}

const open = (storage: ReturnType<typeof quotaStorage>) => createAppStore({ today, storage, tabStorage: memoryStorage() });

describe('damaged stored data and a full storage', () => {
  it('given three scenarios, one damaged, and storage at its quota, when the app opens, then it does not claim a copy it could not write', async () => {
    const { items, storage } = fullStorageWith(THREE_ONE_DAMAGED);
    const store = open(storage);
    await Promise.resolve();
    const state = store.getState();
    expect(state.scenarios.map((e) => e.scenario.name)).toEqual(['Alfa', 'Gamma']);
    expect(state.storageNotice).toMatchObject({ keptUnder: null, text: THREE_ONE_DAMAGED, dropped: [{ position: 2, name: 'Beta' }] });
    expect(state.storageHeld).toBe(true);
    expect(items.has(DAMAGED_KEY)).toBe(false);
  });

  it('given the damaged text could not be kept aside, when the planner edits, then the stored original is not overwritten', async () => {
    const { items, storage } = fullStorageWith(THREE_ONE_DAMAGED);
    const store = open(storage);
    store.getState().setYearField(0, 'singleAdults', 100);
    store.getState().createScenario('Delta');
    await Promise.resolve();
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
    expect(items.get(STORAGE_KEY)).toBe(THREE_ONE_DAMAGED);
    expect(store.getState().storageHeld).toBe(true);

    // A reload finds the same three scenarios, the damaged one among them.
    const again = open(storage).getState();
    expect(again.storageNotice?.dropped).toEqual([{ position: 2, name: 'Beta' }]);
    expect(items.get(STORAGE_KEY)).toBe(THREE_ONE_DAMAGED);
  });

  it('given saving held back, when room is freed and the planner edits, then the copy is written first, the notice names its key and the edit is saved', async () => {
    const { items, quota, storage } = fullStorageWith(THREE_ONE_DAMAGED);
    const store = open(storage);
    store.getState().setYearField(0, 'singleAdults', 100);
    quota.chars = 100_000;
    store.getState().setYearField(0, 'singleAdults', 110);
    await Promise.resolve();
    expect(items.get(DAMAGED_KEY)).toBe(THREE_ONE_DAMAGED);
    expect(store.getState().storageNotice?.keptUnder).toBe(DAMAGED_KEY);
    expect(store.getState().storageHeld).toBe(false);
    const saved = JSON.parse(items.get(STORAGE_KEY) ?? '{}') as { state: { scenarios: { scenario: { name: string; years: { singleAdults: number }[] } }[] } };
    expect(saved.state.scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.singleAdults])).toEqual([
      ['Alfa', 110],
      ['Gamma', 30],
    ]);
  });

  it('given saving held back, when the planner opens another scenario and reloads the tab, then the tab opens it again', () => {
    const { storage } = fullStorageWith(THREE_ONE_DAMAGED);
    const tab = memoryStorage();
    const store = createAppStore({ today, storage, tabStorage: tab });
    store.getState().switchScenario('s3');
    expect(createAppStore({ today, storage, tabStorage: tab }).getState().scenario.name).toBe('Gamma');
  });

  it('given stored text that is not JSON and storage at its quota, then the text is neither claimed as kept nor overwritten', async () => {
    const { items, storage } = fullStorageWith('{"state": {"scenarios": [');
    const store = open(storage);
    store.getState().setYearField(0, 'singleAdults', 5);
    await Promise.resolve();
    expect(store.getState().storageNotice).toMatchObject({ keptUnder: null, text: '{"state": {"scenarios": [' });
    expect(store.getState().storageHeld).toBe(true);
    expect(items.get(STORAGE_KEY)).toBe('{"state": {"scenarios": [');
    expect(items.has(DAMAGED_KEY)).toBe(false);
  });

  it('given damaged text and room for its copy, then it is kept aside, claimed under its key, and saving goes on', async () => {
    const items = new Map([[STORAGE_KEY, THREE_ONE_DAMAGED]]);
    const store = open(quotaStorage(items, { chars: 100_000 }));
    store.getState().setYearField(0, 'singleAdults', 7);
    await Promise.resolve();
    expect(store.getState().storageNotice?.keptUnder).toBe(DAMAGED_KEY);
    expect(store.getState().storageHeld).toBe(false);
    expect(items.get(DAMAGED_KEY)).toBe(THREE_ONE_DAMAGED);
    expect(items.get(STORAGE_KEY)).toContain('"singleAdults":7');
  });
});

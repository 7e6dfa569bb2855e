import { describe, expect, it, vi } from 'vitest';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY } from '../../src/store';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { storedIssueLines } from '../../src/report/stored-issues';

/** The notice's detail lines as the bokmål screen shows them. */
const lines = (notice: { readonly issues: Parameters<typeof storedIssueLines>[0] } | null) => storedIssueLines(notice?.issues ?? [], nb, formatter('nb'));

const today = new Date('2026-03-15T12:00:00Z');

/** A state exactly as version 1 of the app wrote it (src/store/persistence.ts before the list). */
const V1_BLOB = JSON.stringify({
  state: {
    scenario: {
      formatVersion: 1,
      name: 'Kongsberg 2026',
      municipalityCode: '3303',
      startYear: 2026,
      years: [{ singleAdults: 12, adultsInFamilies: 14, children: 14, request: 40 }, {}, {}, {}],
    },
    shelvedYears: [{ children: 5 }],
    ui: { locale: 'nb', showZeroLines: true },
  },
  version: 1,
});

const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number; state: Record<string, unknown> };

describe('persistence', () => {
  it('given a scenario, when the store is created again, then it is restored with version 2', () => {
    const first = createAppStore({ today });
    first.getState().setStartYear(2030);
    first.getState().setYearField(2, 'decision', 25);
    first.getState().setShowZeroLines(true);
    expect(stored()).toMatchObject({ version: 2 });

    const second = createAppStore({ today }).getState();
    expect(second.scenario.startYear).toBe(2030);
    expect(second.scenario.years[2]?.decision).toBe(25);
    expect(second.ui.showZeroLines).toBe(true);
    expect(second.storageNotice).toBeNull();
  });

  it('given three scenarios, a current one and a baseline, when the store is created again, then all of it is restored', () => {
    const store = createAppStore({ today });
    const b = store.getState().createScenario('B');
    const c = store.getState().duplicateScenario(b, 'C') ?? '';
    store.getState().setYearField(0, 'children', 7);
    store.getState().setBaseline(b);
    store.getState().switchScenario(b);

    const again = createAppStore({ today }).getState();
    expect(again.scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'B', 'C']);
    expect(again.currentId).toBe(b);
    expect(again.baselineId).toBe(b);
    expect(again.scenarios.find((e) => e.id === c)?.scenario.years[0]?.children).toBe(7);
    expect(again.scenario).toBe(again.scenarios[1]?.scenario);
  });

  it('given shelved years, when the store is created again, then they can still be restored', () => {
    const first = createAppStore({ today });
    first.getState().setYearField(8, 'children', 3);
    first.getState().setHorizon(4);
    const second = createAppStore({ today });
    second.getState().setHorizon(10);
    expect(second.getState().scenario.years[8]?.children).toBe(3);
  });

  it('given a literal version 1 blob, then it opens as a list of one, current and baseline (scenario in format 3), and is written back as store version 2', () => {
    localStorage.setItem(STORAGE_KEY, V1_BLOB);
    const state = createAppStore({ today }).getState();
    expect(state.scenarios).toHaveLength(1);
    expect(state.currentId).toBe(state.scenarios[0]?.id);
    expect(state.baselineId).toBe(state.currentId);
    expect(state.scenario.name).toBe('Kongsberg 2026');
    expect(state.scenario.formatVersion).toBe(3);
    expect(state.scenario.years[0]).toMatchObject({ singleAdults: 12, adultsInFamilies: 14, children: 14, request: 40, decision: null });
    expect(state.shelvedYears).toEqual([expect.objectContaining({ children: 5 })]);
    expect(state.ui.showZeroLines).toBe(true);
    expect(state.storageNotice).toBeNull();
    expect(stored().version).toBe(2);
    expect(stored().state.scenarios).toHaveLength(1);
  });

  it('given a stored version 2 state whose scenario is format version 1 with ages 15/16/17, then it opens in the current format version 3 with the ages kept', () => {
    const scenario = { formatVersion: 1, name: 'Eldre fil', municipalityCode: '3303', startYear: 2026, years: [{ unaccompaniedMinors: 4 }], minors: { ageShares: [0, 1, 3] } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { scenarios: [{ id: 's1', scenario, shelvedYears: [] }], currentId: 's1', baselineId: null, ui: {} }, version: 2 }));
    const state = createAppStore({ today }).getState();
    expect(state.storageNotice).toBeNull();
    expect(state.scenario.formatVersion).toBe(3);
    expect(state.scenario.minors.ageShares).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3]);
    expect(state.scenario.years[0]?.unaccompaniedMinors).toBe(4);
  });

  it('given a state stored by an unknown version in the version 1 shape, then what still reads is kept', () => {
    const first = createAppStore({ today });
    first.getState().setYearField(0, 'children', 6);
    const entry = (stored().state.scenarios as { scenario: unknown; shelvedYears: unknown }[])[0];
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { scenario: entry?.scenario, shelvedYears: [] }, version: 0 }));
    expect(createAppStore({ today }).getState().scenario.years[0]?.children).toBe(6);
  });

  it('given a damaged version 1 scenario, then a new scenario is used, the raw text is kept aside and the planner is told why', () => {
    const raw = JSON.stringify({ state: { scenario: { formatVersion: 1, municipalityCode: '0301', startYear: 2027, years: [{ children: -2 }] } }, version: 1 });
    localStorage.setItem(STORAGE_KEY, raw);
    const state = createAppStore({ today }).getState();
    expect(state.scenario.startYear).toBe(2026);
    expect(state.scenarios).toHaveLength(1);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(raw);
    expect(state.storageNotice).toMatchObject({ keptUnder: DAMAGED_KEY, text: raw, dropped: [{ position: 1, name: null }] });
    expect(lines(state.storageNotice)).toEqual(['Scenario 1: Barn, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant \u22122).']);
  });

  it('given one damaged scenario among good ones, then only it is dropped, by name, and the others open', () => {
    const good = createAppStore({ today });
    const second = good.getState().createScenario('Plan B');
    good.getState().setYearField(1, 'singleAdults', 4);
    const blob = stored();
    const scenarios = blob.state.scenarios as { scenario: Record<string, unknown> }[];
    const damaged = { ...blob, state: { ...blob.state, scenarios: [{ ...scenarios[0], scenario: { ...scenarios[0]?.scenario, name: 'Gammel plan', startYear: 'neste år' } }, scenarios[1]] } };
    const raw = JSON.stringify(damaged);
    localStorage.setItem(STORAGE_KEY, raw);

    const state = createAppStore({ today }).getState();
    expect(state.scenarios.map((e) => e.id)).toEqual([second]);
    expect(state.scenario.name).toBe('Plan B');
    expect(state.scenario.years[1]?.singleAdults).toBe(4);
    expect(state.storageNotice?.dropped).toEqual([{ position: 1, name: 'Gammel plan' }]);
    expect(lines(state.storageNotice)).toEqual(['Scenario 1 («Gammel plan»): Første planår: må være et helt tall fra 2000 til 2100 (fant "neste år").']);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(raw);
  });

  it('given damaged text kept on an earlier visit, when new damage is found, then both texts are kept', () => {
    localStorage.setItem(DAMAGED_KEY, 'earlier damage');
    localStorage.setItem(STORAGE_KEY, 'not json');
    const state = createAppStore({ today }).getState();
    expect(localStorage.getItem(DAMAGED_KEY)).toBe('earlier damage');
    expect(localStorage.getItem(`${DAMAGED_KEY}:2`)).toBe('not json');
    expect(state.storageNotice?.keptUnder).toBe(`${DAMAGED_KEY}:2`);
  });

  it('given stored ids that are missing or repeated, then every scenario is kept under an id of its own', () => {
    const store = createAppStore({ today });
    store.getState().createScenario('B');
    const blob = stored();
    const scenarios = (blob.state.scenarios as Record<string, unknown>[]).map((e) => ({ ...e, id: 'same' }));
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...blob, state: { ...blob.state, scenarios, currentId: 'gone', baselineId: 'gone' } }));
    const state = createAppStore({ today }).getState();
    expect(new Set(state.scenarios.map((e) => e.id)).size).toBe(2);
    expect(state.currentId).toBe(state.scenarios[0]?.id);
    expect(state.baselineId).toBeNull();
    expect(state.storageNotice).toBeNull();
  });
});

describe('storage that refuses to keep the state', () => {
  it('given a full storage, then edits still work, the store says nothing is kept, and it says so no more once a write succeeds', async () => {
    let full = true;
    const backing = {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: (key: string, value: string) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        localStorage.setItem(key, value);
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    };
    const store = createAppStore({ today, storage: backing });
    store.getState().setYearField(0, 'children', 3);
    expect(store.getState().scenario.years[0]?.children).toBe(3);
    await Promise.resolve();
    expect(store.getState().storageWritable).toBe(false);
    full = false;
    store.getState().setYearField(0, 'children', 4);
    await Promise.resolve();
    expect(store.getState().storageWritable).toBe(true);
    expect(createAppStore({ today }).getState().scenario.years[0]?.children).toBe(4);
  });

  it('given a browser that refuses localStorage, then the store opens, works in memory and says nothing is kept', () => {
    const refuse = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      const store = createAppStore({ today });
      expect(store.getState().storageWritable).toBe(false);
      store.getState().setYearField(0, 'children', 2);
      expect(store.getState().scenario.years[0]?.children).toBe(2);
    } finally {
      refuse.mockRestore();
    }
  });
});

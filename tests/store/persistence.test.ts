import { describe, expect, it } from 'vitest';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY } from '../../src/store';

const today = new Date('2026-03-15T12:00:00Z');

describe('persistence', () => {
  it('given a scenario, when the store is created again, then it is restored with version 1', () => {
    const first = createAppStore({ today });
    first.getState().setStartYear(2030);
    first.getState().setYearField(2, 'decision', 25);
    first.getState().setShowZeroLines(true);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ version: 1 });

    const second = createAppStore({ today }).getState();
    expect(second.scenario.startYear).toBe(2030);
    expect(second.scenario.years[2]?.decision).toBe(25);
    expect(second.ui.showZeroLines).toBe(true);
    expect(second.storageNotice).toBeNull();
  });

  it('given shelved years, when the store is created again, then they can still be restored', () => {
    const first = createAppStore({ today });
    first.getState().setYearField(8, 'children', 3);
    first.getState().setHorizon(4);
    const second = createAppStore({ today });
    second.getState().setHorizon(10);
    expect(second.getState().scenario.years[8]?.children).toBe(3);
  });

  it('given a state stored by an unknown later version, then what still reads is kept (migrate passes it to the check)', () => {
    const first = createAppStore({ today });
    first.getState().setYearField(0, 'children', 6);
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: unknown };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, version: 0 }));
    expect(createAppStore({ today }).getState().scenario.years[0]?.children).toBe(6);
  });

  it('given a damaged scenario, then the default is used, the raw text is kept aside and the planner is told why', () => {
    const raw = JSON.stringify({ state: { scenario: { formatVersion: 1, municipalityCode: '0301', startYear: 2027, years: [{ children: -2 }] } }, version: 1 });
    localStorage.setItem(STORAGE_KEY, raw);
    const state = createAppStore({ today }).getState();
    expect(state.scenario.startYear).toBe(2026);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(raw);
    expect(state.storageNotice?.issues).toEqual(['years[0].children: must be a whole number ≥ 0, got -2']);
  });
});

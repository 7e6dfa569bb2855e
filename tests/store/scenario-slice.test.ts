import { describe, expect, it } from 'vitest';
import { createAppStore, splitByDefault } from '../../src/store';

const newStore = () => createAppStore({ today: new Date('2026-03-15T12:00:00Z') });

describe('scenario slice', () => {
  it('given a new store, then the scenario starts this year with 10 empty years and no municipality', () => {
    const { scenario } = newStore().getState();
    expect(scenario.startYear).toBe(2026);
    expect(scenario.years).toHaveLength(10);
    expect(scenario.municipalityCode).toBe('0000');
  });

  it.each([
    [10, { singleAdults: 3, adultsInFamilies: 4, children: 3 }],
    [1, { singleAdults: 0, adultsInFamilies: 1, children: 0 }],
    [7, { singleAdults: 2, adultsInFamilies: 3, children: 2 }],
    [20, { singleAdults: 6, adultsInFamilies: 7, children: 7 }],
    [0, { singleAdults: 0, adultsInFamilies: 0, children: 0 }],
  ])('given a total of %i, then the default split gives %o, summing to the total', (total, parts) => {
    expect(splitByDefault(total)).toEqual(parts);
  });

  it('given invalid values, then setYearField leaves the scenario as it was', () => {
    const store = newStore();
    store.getState().setYearField(0, 'children', 4);
    const before = store.getState().scenario;
    store.getState().setYearField(0, 'children', -1);
    store.getState().setYearField(0, 'children', 2.5);
    store.getState().setYearField(0, 'children', null);
    store.getState().setYearField(99, 'children', 3);
    expect(store.getState().scenario).toBe(before);
    store.getState().setYearField(0, 'request', null);
    expect(store.getState().scenario.years[0]?.request).toBeNull();
  });

  it('given data in years 2 and 6, when the horizon shrinks to 1 and grows to 15, then both come back and new years are empty', () => {
    const store = newStore();
    store.getState().setYearField(1, 'singleAdults', 5);
    store.getState().setYearField(5, 'children', 8);
    store.getState().setHorizon(1);
    expect(store.getState().scenario.years).toHaveLength(1);
    expect(store.getState().shelvedYears).toHaveLength(5);
    store.getState().setHorizon(15);
    const years = store.getState().scenario.years;
    expect(years).toHaveLength(15);
    expect(years[1]?.singleAdults).toBe(5);
    expect(years[5]?.children).toBe(8);
    expect(years[14]?.children).toBe(0);
    expect(store.getState().shelvedYears).toEqual([]);
  });

  it('given start years and horizons out of range, then they are ignored', () => {
    const store = newStore();
    store.getState().setStartYear(2015);
    store.getState().setStartYear(2041);
    store.getState().setHorizon(0);
    store.getState().setHorizon(16);
    expect(store.getState().scenario.startYear).toBe(2026);
    expect(store.getState().scenario.years).toHaveLength(10);
  });
});

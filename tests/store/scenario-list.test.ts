import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';

const newStore = () => createAppStore({ today: new Date('2026-03-15T12:00:00Z') });

const names = (store: ReturnType<typeof newStore>) => store.getState().scenarios.map((e) => e.scenario.name);

describe('the list of scenarios', () => {
  it('given a new store, then it holds one scenario that is current and the baseline, mirrored as `scenario`', () => {
    const state = newStore().getState();
    expect(state.scenarios).toHaveLength(1);
    expect(state.currentId).toBe(state.scenarios[0]?.id);
    expect(state.baselineId).toBe(state.currentId);
    expect(state.scenario).toBe(state.scenarios[0]?.scenario);
  });

  it('given a municipality chosen, when a scenario is created, then it is empty, for that municipality, and current', () => {
    const store = newStore();
    store.getState().setMunicipality('3303');
    store.getState().setYearField(0, 'children', 9);
    const id = store.getState().createScenario('Alternativ');
    const state = store.getState();
    expect(state.currentId).toBe(id);
    expect(state.scenario.name).toBe('Alternativ');
    expect(state.scenario.municipalityCode).toBe('3303');
    expect(state.scenario.years.every((y) => y.children === 0)).toBe(true);
    expect(state.scenarios[0]?.scenario.years[0]?.children).toBe(9);
  });

  it('given an edit of the current scenario, then only its entry changes and the mirror follows', () => {
    const store = newStore();
    const first = store.getState().currentId;
    const second = store.getState().createScenario('To');
    store.getState().setYearField(1, 'singleAdults', 5);
    store.getState().switchScenario(first);
    expect(store.getState().scenario.years[1]?.singleAdults).toBe(0);
    store.getState().switchScenario(second);
    expect(store.getState().scenario.years[1]?.singleAdults).toBe(5);
    expect(store.getState().scenario).toBe(store.getState().scenarios[1]?.scenario);
  });

  it('given a scenario with shelved years, when it is duplicated, then the copy holds the same inputs and shelved years', () => {
    const store = newStore();
    store.getState().setYearField(8, 'children', 3);
    store.getState().setHorizon(4);
    const copy = store.getState().duplicateScenario(store.getState().currentId, 'Kopi');
    expect(copy).not.toBeNull();
    expect(store.getState().currentId).toBe(copy);
    expect(store.getState().shelvedYears).toHaveLength(5);
    store.getState().setHorizon(10);
    expect(store.getState().scenario.years[8]?.children).toBe(3);
  });

  it('given a rename, then a valid name is trimmed and kept and an empty one is refused with the issue', () => {
    const store = newStore();
    const id = store.getState().currentId;
    expect(store.getState().renameScenario(id, '  Kongsberg 2026  ')).toEqual({ ok: true });
    expect(store.getState().scenario.name).toBe('Kongsberg 2026');
    expect(store.getState().renameScenario(id, '   ')).toEqual({ ok: false, issues: ['name: must not be empty, got ""'] });
    expect(store.getState().scenario.name).toBe('Kongsberg 2026');
  });

  it('given the current scenario and baseline deleted, then the next one is current, no baseline is left, and restoring puts it back in place', () => {
    const store = newStore();
    const a = store.getState().currentId;
    store.getState().renameScenario(a, 'A');
    const b = store.getState().createScenario('B');
    store.getState().createScenario('C');
    store.getState().switchScenario(a);
    const deleted = store.getState().deleteScenario(a);
    expect(deleted).toMatchObject({ index: 0, wasBaseline: true });
    expect(names(store)).toEqual(['B', 'C']);
    expect(store.getState().currentId).toBe(b);
    expect(store.getState().baselineId).toBeNull();
    if (deleted) store.getState().restoreScenario(deleted);
    expect(names(store)).toEqual(['A', 'B', 'C']);
    expect(store.getState().baselineId).toBe(a);
    if (deleted) store.getState().restoreScenario(deleted);
    expect(names(store)).toEqual(['A', 'B', 'C']);
  });

  it('given one scenario only, then it cannot be deleted', () => {
    const store = newStore();
    expect(store.getState().deleteScenario(store.getState().currentId)).toBeNull();
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('given unknown ids, then switch, baseline, duplicate and rename change nothing', () => {
    const store = newStore();
    const before = store.getState().scenarios;
    store.getState().switchScenario('nope');
    store.getState().setBaseline('nope');
    expect(store.getState().duplicateScenario('nope', 'X')).toBeNull();
    expect(store.getState().renameScenario('nope', 'X').ok).toBe(false);
    expect(store.getState().scenarios).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { createAppStore, STORAGE_KEY } from '../../src/store';

const today = new Date('2026-03-15T12:00:00Z');
const newStore = () => createAppStore({ today });
const history = (store: ReturnType<typeof newStore>) => store.temporal.getState();

describe('undo and redo', () => {
  it('given a new store, then there is nothing to undo or redo', () => {
    const store = newStore();
    expect(history(store).pastStates).toHaveLength(0);
    expect(history(store).futureStates).toHaveLength(0);
  });

  it('given every kind of edit of the current scenario, then each is one step back and forth', () => {
    const store = newStore();
    const s = () => store.getState();
    s().setMunicipality('3303');
    s().setStartYear(2027);
    s().setHorizon(6);
    s().setYearField(0, 'children', 4);
    s().splitTotal(1, 10);
    expect(s().editScenario((sc) => ({ ...sc, name: 'Redigert' }))).toEqual({ ok: true });
    expect(history(store).pastStates).toHaveLength(6);

    history(store).undo();
    expect(s().scenario.name).toBe('Nytt scenario');
    history(store).undo();
    expect(s().scenario.years[1]).toMatchObject({ singleAdults: 0, adultsInFamilies: 0, children: 0 });
    history(store).undo();
    expect(s().scenario.years[0]?.children).toBe(0);
    history(store).undo();
    expect(s().scenario.years).toHaveLength(10);
    history(store).undo();
    expect(s().scenario.startYear).toBe(2026);
    history(store).undo();
    expect(s().scenario.municipalityCode).toBe('0000');
    expect(history(store).pastStates).toHaveLength(0);

    history(store).redo(6);
    expect(s().scenario).toMatchObject({ name: 'Redigert', municipalityCode: '3303', startYear: 2027 });
    expect(s().scenario.years).toHaveLength(6);
    expect(s().scenario).toBe(s().scenarios[0]?.scenario);
  });

  it('given edits that change nothing, invalid values or UI choices, then no step is recorded', () => {
    const store = newStore();
    store.getState().setYearField(0, 'children', -1);
    store.getState().setStartYear(2026);
    store.getState().setHorizon(10);
    store.getState().editScenario((sc) => sc);
    expect(store.getState().editScenario((sc) => ({ ...sc, startYear: 1900 })).ok).toBe(false);
    store.getState().setShowZeroLines(true);
    store.getState().setReferenceLoading();
    expect(history(store).pastStates).toHaveLength(0);
  });

  it('given list edits, then create, rename, duplicate, baseline, switch and delete are each undone in turn', () => {
    const store = newStore();
    const s = () => store.getState();
    const first = s().currentId;
    const b = s().createScenario('B');
    s().renameScenario(b, 'B2');
    const c = s().duplicateScenario(b, 'C') ?? '';
    s().setBaseline(c);
    s().switchScenario(first);
    s().deleteScenario(b);
    expect(s().scenarios.map((e) => e.id)).toEqual([first, c]);

    history(store).undo();
    expect(s().scenarios.map((e) => e.id)).toEqual([first, b, c]);
    history(store).undo();
    expect(s().currentId).toBe(c);
    history(store).undo();
    expect(s().baselineId).toBe(first);
    history(store).undo();
    expect(s().scenarios).toHaveLength(2);
    history(store).undo();
    expect(s().scenario.name).toBe('B');
    history(store).undo();
    expect(s().scenarios).toHaveLength(1);
    expect(s().currentId).toBe(first);
  });

  it('given an undo, then the undone state is what is stored, and a reload starts with an empty history', () => {
    const store = newStore();
    store.getState().setYearField(0, 'children', 4);
    store.getState().setYearField(0, 'children', 8);
    history(store).undo();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"children":4');
    const reloaded = newStore();
    expect(reloaded.getState().scenario.years[0]?.children).toBe(4);
    expect(history(reloaded).pastStates).toHaveLength(0);
  });

  it('given a new edit after an undo, then the redo steps are dropped', () => {
    const store = newStore();
    store.getState().setYearField(0, 'children', 4);
    history(store).undo();
    store.getState().setYearField(0, 'children', 2);
    expect(history(store).futureStates).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY, type AppStore } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { storedIssueLines } from '../../src/report/stored-issues';

/** The notice's detail lines as the bokmål screen shows them. */
const lines = (notice: { readonly issues: Parameters<typeof storedIssueLines>[0] } | null) => storedIssueLines(notice?.issues ?? [], nb, formatter('nb'));

const today = new Date('2026-03-15T12:00:00Z');
const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute));
const openTab = () => createAppStore({ today, tabStorage: memoryStorage() });
const notes = (store: AppStore) => (store.getState().scenarios[0]?.versions ?? []).map((v) => v.note);

describe('saved versions in the store', () => {
  it('given a version saved and a number changed, when the version is restored and undone, then each is one step', () => {
    const store = openTab();
    store.getState().setYearField(0, 'children', 5);
    const saved = store.getState().saveVersion('  Første  ', at(0));
    store.getState().setYearField(0, 'children', 8);
    if (!saved.ok) throw new Error('not saved');
    expect(saved.version.note).toBe('Første');
    expect(store.getState().restoreVersion(saved.version.id, at(1))).toBe(true);
    expect(store.getState().scenario.years[0]?.children).toBe(5);
    expect(store.getState().scenarios[0]?.versions?.map((v) => [v.kind, v.scenario.years[0]?.children])).toEqual([
      ['manual', 5],
      ['restore', 8],
    ]);
    store.temporal.getState().undo();
    expect(store.getState().scenario.years[0]?.children).toBe(8);
    expect(notes(store)).toEqual(['Første']);
  });

  it('given the current numbers are those of a version, when another is restored, then no automatic version is added', () => {
    const store = openTab();
    const first = store.getState().saveVersion('A', at(0));
    store.getState().setYearField(0, 'children', 3);
    store.getState().saveVersion('B', at(1));
    if (!first.ok) throw new Error('not saved');
    store.getState().restoreVersion(first.version.id, at(2));
    expect(notes(store)).toEqual(['A', 'B']);
  });

  it('given 50 saved versions, then the 51st is refused and nothing changes', () => {
    const store = openTab();
    for (let i = 0; i < 50; i += 1) store.getState().saveVersion(`v${i}`, at(i));
    expect(store.getState().saveVersion('one more', at(55))).toEqual({ ok: false, reason: 'limit' });
    expect(store.getState().scenarios[0]?.versions).toHaveLength(50);
  });

  it('given two tabs that each save a version before reading the other back, then both versions are kept', async () => {
    const a = openTab();
    const b = openTab();
    await b.persist.rehydrate();
    a.getState().saveVersion('Fra fane A', at(0));
    b.getState().saveVersion('Fra fane B', at(1));
    await a.persist.rehydrate();
    expect(notes(a)).toEqual(['Fra fane A', 'Fra fane B']);
  });

  it('given a version deleted in one tab while the other saves a new one, then the deleted one stays deleted and the new one is kept', async () => {
    const a = openTab();
    a.getState().saveVersion('Gammel', at(0));
    const b = openTab();
    const old = a.getState().scenarios[0]?.versions?.[0]?.id ?? '';
    a.getState().deleteVersion(old);
    b.getState().saveVersion('Ny', at(1));
    await a.persist.rehydrate();
    expect(notes(a)).toEqual(['Ny']);
  });

  it('given a damaged version in storage, then the scenario and the other version open, the damaged text is kept aside, and the notice names the version and its field in bokmål', () => {
    const scenario = { ...defaultScenario('3303', 2026, 4), name: 'Kongsberg' };
    const good = { id: 'v1', savedAt: '2026-12-01T09:00:00.000Z', note: 'God', kind: 'manual', scenario };
    const damaged = { id: 'v2', savedAt: '2026-12-02T09:00:00.000Z', note: 'Skadet', kind: 'manual', scenario: { ...scenario, startYear: 'i fjor' } };
    const text = JSON.stringify({ state: { scenarios: [{ id: 's1', scenario, shelvedYears: [], versions: [good, damaged] }], currentId: 's1', baselineId: 's1', ui: {} }, version: 2 });
    localStorage.setItem(STORAGE_KEY, text);
    const store = openTab();
    const state = store.getState();
    expect(state.scenario.name).toBe('Kongsberg');
    expect(notes(store)).toEqual(['God']);
    expect(lines(state.storageNotice)).toEqual(['Scenario 1 («Kongsberg»): Lagret versjon 2: Første planår: må være et helt tall fra 2000 til 2100 (fant "i fjor").']);
    expect(state.storageNotice?.dropped).toEqual([]);
    expect(state.storageNotice?.versionsDropped).toBe(1);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(text);
  });
});

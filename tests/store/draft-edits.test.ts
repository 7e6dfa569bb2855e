import { describe, expect, it } from 'vitest';
import { createAppStore, STORAGE_KEY } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';

const today = new Date('2026-03-15T12:00:00Z');
const openTab = () => createAppStore({ today, tabStorage: memoryStorage() });
const storedEdits = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: { draftEdits?: unknown } }).state.draftEdits;

describe('the council draft’s edits, kept with the scenarios', () => {
  it('given two tabs that each edit the draft of another scenario before reading the other back, then both edits are kept', async () => {
    const a = openTab();
    a.getState().createScenario('Beta');
    a.getState().switchScenario('s1');
    const b = openTab();
    b.getState().switchScenario('s2');

    a.getState().editDraftSection('proposal', 'Alfa bosetter 20.', 'drafted');
    b.getState().editDraftSection('risk', 'Beta tar en risiko.', 'drafted');

    expect(storedEdits()).toEqual({ s1: { proposal: { text: 'Alfa bosetter 20.', base: 'drafted' } }, s2: { risk: { text: 'Beta tar en risiko.', base: 'drafted' } } });
    await a.persist.rehydrate();
    expect(a.getState().draftEdits.s2?.risk?.text).toBe('Beta tar en risiko.');
  });

  it('given an edit reset in one tab, when the other tab, which had not changed it, saves, then the edit stays reset', async () => {
    const a = openTab();
    a.getState().editDraftSection('proposal', 'Først.', 'drafted');
    const b = openTab();
    a.getState().resetDraftSection('proposal');
    b.getState().setYearField(0, 'singleAdults', 7);

    expect(storedEdits()).toEqual({});
  });

  it('given a draft edit, then it is not an undo step: undo takes back the plan’s last edit and leaves the text', () => {
    const store = openTab();
    store.getState().setYearField(0, 'singleAdults', 7);
    store.getState().editDraftSection('proposal', 'Vedtak.', 'drafted');
    store.temporal.getState().undo();
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
    expect(store.getState().draftEdits.s1?.proposal?.text).toBe('Vedtak.');
  });

  it('given stored edits of an unknown section, of a scenario not in the list, and not text, then only the well-formed ones of listed scenarios are restored', () => {
    openTab().getState().setYearField(0, 'singleAdults', 1);
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> };
    const draftEdits = { s1: { proposal: { text: 'God.', base: '' }, epilogue: { text: 'x', base: '' }, risk: { text: 3, base: '' } }, s9: { proposal: { text: 'Borte.', base: '' } } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, state: { ...stored.state, draftEdits } }));
    expect(openTab().getState().draftEdits).toEqual({ s1: { proposal: { text: 'God.', base: '' } } });
  });
});

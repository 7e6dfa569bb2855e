import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY } from '../../src/store';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { mergeMessages } from '../../src/i18n/translation';
import { formatter } from '../../src/lib/format';
import { storedIssueLines } from '../../src/report/stored-issues';

/** The notice's detail lines as the bokmål screen shows them. */
const lines = (notice: { readonly issues: Parameters<typeof storedIssueLines>[0] } | null) => storedIssueLines(notice?.issues ?? [], nb, formatter('nb'));

const today = new Date('2026-03-15T12:00:00Z');
const open = () => createAppStore({ today }).getState();
const keep = (state: unknown) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version: 2 }));

describe('what the storage notice says of stored data the app cannot read, in the planner’s language', () => {
  it('given stored text that is not JSON, then the notice says in bokmål that it is not data from this app, and the text is kept aside', () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"scen');
    const state = open();
    expect(lines(state.storageNotice)).toEqual(['Teksten som var lagret, er ikke data fra denne appen.']);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe('{"state": {"scen');
  });

  it('given a stored state without a list of scenarios, then the notice says so in bokmål', () => {
    keep({ scenarios: 'alle', ui: { locale: 'nb' } });
    expect(lines(open().storageNotice)).toEqual(['De lagrede dataene har ingen liste med scenarioer.']);
  });

  it('given a stored entry that is not a scenario entry, then the notice names it by its place, in bokmål and in English', () => {
    keep({ scenarios: ['Kongsberg'], currentId: 's1', ui: { locale: 'en' } });
    const notice = open().storageNotice;
    expect(lines(notice)).toEqual(['Scenario 1: er ikke et lagret scenario']);
    expect(storedIssueLines(notice?.issues ?? [], mergeMessages(nb, en), formatter('en'))).toEqual(['Scenario 1: is not a stored scenario']);
  });

  it('given a year kept after the horizon with a negative count, then the notice names the field and its calendar year, and the scenario opens without it', () => {
    const scenario = { ...defaultScenario('3303', 2026, 4), name: 'Kongsberg' };
    keep({ scenarios: [{ id: 's1', scenario, shelvedYears: [{ singleAdults: -4 }] }], currentId: 's1', baselineId: 's1', ui: { locale: 'nb' } });
    const state = open();
    expect(state.scenario.name).toBe('Kongsberg');
    expect(state.shelvedYears).toEqual([]);
    expect(lines(state.storageNotice)).toEqual(['Scenario 1 («Kongsberg»): År etter planperioden: Enslige voksne, 2030: må være et helt tall fra 0 til 10\u00a0000 (fant \u22124).']);
  });

  it('given more years kept after the horizon than a plan can hold, then the notice says so and the scenario opens', () => {
    const scenario = { ...defaultScenario('3303', 2026, 10), name: 'Kongsberg' };
    keep({ scenarios: [{ id: 's1', scenario, shelvedYears: Array.from({ length: 6 }, () => ({})) }], currentId: 's1', baselineId: 's1', ui: { locale: 'nb' } });
    expect(lines(open().storageNotice)).toEqual([
      'Scenario 1 («Kongsberg»): År etter planperioden: for mange år (planperioden og årene etter kan til sammen være høyst 15 år)',
    ]);
  });
});

import type { StateCreator } from 'zustand';
import { defaultScenario, EMPTY_YEAR, type Scenario, type YearInput } from '../engine';
import { parseScenario } from '../scenario/parse';
import { HORIZON_MAX, HORIZON_MIN, isWholeInRange, NO_MUNICIPALITY, START_YEAR_MAX, START_YEAR_MIN } from './limits';
import { splitByDefault } from './split';
import type { AppState, ScenarioSlice, YearField } from './state';

const NULLABLE_FIELDS: ReadonlySet<YearField> = new Set(['request', 'decision', 'programmePlaces']);

const isEmptyYear = (year: YearInput): boolean =>
  (Object.keys(EMPTY_YEAR) as YearField[]).every((field) => year[field] === EMPTY_YEAR[field]);

/** Drops empty years from the end: they hold nothing to restore. */
function trimEmptyTail(years: readonly YearInput[]): YearInput[] {
  const kept = [...years];
  while (kept.length > 0 && isEmptyYear(kept[kept.length - 1] ?? EMPTY_YEAR)) kept.pop();
  return kept;
}

/** A new scenario for the year of `today`, no municipality chosen, no one settled. */
export function initialScenario(today: Date): Scenario {
  const year = Math.min(Math.max(today.getFullYear(), START_YEAR_MIN), START_YEAR_MAX);
  return defaultScenario(NO_MUNICIPALITY, year);
}

type SliceCreator = StateCreator<AppState, [['zustand/persist', unknown]], [], ScenarioSlice>;

/** The scenario slice: the planner's inputs and the only actions that change them. */
export const createScenarioSlice =
  (today: Date): SliceCreator =>
  (set, get) => {
    const updateYear = (yearIndex: number, change: (year: YearInput) => YearInput) => {
      const { scenario } = get();
      const year = scenario.years[yearIndex];
      if (year === undefined) return;
      const years = scenario.years.map((y, i) => (i === yearIndex ? change(year) : y));
      set({ scenario: { ...scenario, years } });
    };

    return {
      scenario: initialScenario(today),
      shelvedYears: [],

      setMunicipality: (code) => {
        if (!/^\d{4}$/.test(code)) return;
        const { scenario, reference } = get();
        const zone = reference.status === 'ready' ? reference.bundle.zoneByMunicipality[code] : undefined;
        const housing = zone === undefined ? scenario.housing : { ...scenario.housing, zone };
        set({ scenario: { ...scenario, municipalityCode: code, housing } });
      },

      setStartYear: (year) => {
        if (!isWholeInRange(year, START_YEAR_MIN, START_YEAR_MAX)) return;
        // The entered years stay with their plan year (first, second, …): nothing is dropped.
        set({ scenario: { ...get().scenario, startYear: year } });
      },

      setHorizon: (count) => {
        if (!isWholeInRange(count, HORIZON_MIN, HORIZON_MAX)) return;
        const { scenario, shelvedYears } = get();
        const all = [...scenario.years, ...shelvedYears];
        const years = Array.from({ length: count }, (_, i) => all[i] ?? EMPTY_YEAR);
        set({ scenario: { ...scenario, years }, shelvedYears: trimEmptyTail(all.slice(count)) });
      },

      setYearField: (yearIndex, field, value) => {
        const valid = value === null ? NULLABLE_FIELDS.has(field) : Number.isInteger(value) && value >= 0;
        if (!valid) return;
        updateYear(yearIndex, (year) => ({ ...year, [field]: value }));
      },

      editScenario: (change) => {
        const parsed = parseScenario(change(get().scenario));
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        set({ scenario: parsed.scenario });
        return { ok: true };
      },

      splitTotal: (yearIndex, total) => {
        if (!Number.isInteger(total) || total < 0) return;
        updateYear(yearIndex, (year) => ({ ...year, ...splitByDefault(total) }));
      },
    };
  };

import { defaultScenario, EMPTY_YEAR, NULLABLE_YEAR_FIELDS, type Scenario, type YearInput } from '../engine';
import { FIELD_BOUNDS, withinBound } from '../scenario/bounds';
import { parseScenario } from '../scenario/parse';
import { withCurrent } from './entries';
import { HORIZON_MAX, HORIZON_MIN, isWholeInRange, NO_MUNICIPALITY, START_YEAR_MAX, START_YEAR_MIN } from './limits';
import { splitByDefault } from './split';
import type { ScenarioSlice, YearField } from './state';
import type { SliceCreator } from './slice-creator';

const isEmptyYear = (year: YearInput): boolean =>
  (Object.keys(EMPTY_YEAR) as YearField[]).every((field) => year[field] === EMPTY_YEAR[field]);

/** Drops empty years from the end: they hold nothing to restore. */
function trimEmptyTail(years: readonly YearInput[]): YearInput[] {
  const kept = [...years];
  while (kept.length > 0 && isEmptyYear(kept[kept.length - 1] ?? EMPTY_YEAR)) kept.pop();
  return kept;
}

/** The first plan year of a new scenario: the year of `today`, within the years offered. */
export const firstPlanYear = (today: Date): number => Math.min(Math.max(today.getFullYear(), START_YEAR_MIN), START_YEAR_MAX);

/** A new scenario for the year of `today`, no municipality chosen, no one settled. */
export function initialScenario(today: Date): Scenario {
  return defaultScenario(NO_MUNICIPALITY, firstPlanYear(today));
}

/**
 * The scenario slice: the only actions that change the current scenario's inputs. Each writes
 * the current entry of the list and its mirror at once (entries.ts), in one `set`, so that undo
 * records it as one step.
 */
export const createScenarioSlice: SliceCreator<Omit<ScenarioSlice, 'scenario' | 'shelvedYears'>> = (set, get) => {
    const replace = (scenario: Scenario, shelvedYears?: readonly YearInput[]) => set(withCurrent(get(), scenario, shelvedYears));

    const updateYear = (yearIndex: number, change: (year: YearInput) => YearInput) => {
      const { scenario } = get();
      const year = scenario.years[yearIndex];
      if (year === undefined) return;
      const next = change(year);
      if ((Object.keys(next) as YearField[]).every((f) => next[f] === year[f])) return;
      replace({ ...scenario, years: scenario.years.map((y, i) => (i === yearIndex ? next : y)) });
    };

    return {
      setMunicipality: (code) => {
        if (!/^\d{4}$/.test(code)) return;
        const { scenario, reference } = get();
        if (scenario.municipalityCode === code) return;
        const zone = reference.status === 'ready' ? reference.bundle.zoneByMunicipality[code] : undefined;
        const housing = zone === undefined ? scenario.housing : { ...scenario.housing, zone };
        replace({ ...scenario, municipalityCode: code, housing });
      },

      setStartYear: (year) => {
        if (!isWholeInRange(year, START_YEAR_MIN, START_YEAR_MAX) || year === get().scenario.startYear) return;
        // The entered years stay with their plan year (first, second, …): nothing is dropped.
        replace({ ...get().scenario, startYear: year });
      },

      setHorizon: (count) => {
        if (!isWholeInRange(count, HORIZON_MIN, HORIZON_MAX)) return;
        const { scenario, shelvedYears } = get();
        if (count === scenario.years.length) return;
        const all = [...scenario.years, ...shelvedYears];
        const years = Array.from({ length: count }, (_, i) => all[i] ?? EMPTY_YEAR);
        replace({ ...scenario, years }, trimEmptyTail(all.slice(count)));
      },

      setYearField: (yearIndex, field, value) => {
        // The schema's bound (bounds.ts): a value no municipality could plan is not stored.
        const valid = value === null ? NULLABLE_YEAR_FIELDS.has(field) : withinBound(value, FIELD_BOUNDS[`years.*.${field}`]);
        if (!valid) return;
        updateYear(yearIndex, (year) => ({ ...year, [field]: value }));
      },

      editScenario: (change) => {
        const parsed = parseScenario(change(get().scenario));
        if (!parsed.ok) return { ok: false, issues: parsed.issues, found: parsed.found };
        // An edit that changes nothing is not an undo step.
        if (JSON.stringify(parsed.scenario) !== JSON.stringify(get().scenario)) replace(parsed.scenario);
        return { ok: true };
      },

      splitTotal: (yearIndex, total) => {
        if (!Number.isInteger(total) || total < 0) return;
        const parts = splitByDefault(total);
        if (!Object.values(parts).every((part) => withinBound(part, FIELD_BOUNDS['years.*.singleAdults']))) return;
        updateYear(yearIndex, (year) => ({ ...year, ...parts }));
      },
    };
  };

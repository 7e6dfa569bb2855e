import {
  personsSettled,
  projectRange,
  projectScenario,
  type BudgetTotals,
  type Municipality,
  type Projection,
  type ProjectionRange,
  type ReferenceData,
  type Scenario,
} from '../engine';
import type { AppState, ScenarioEntry } from './state';
import type { SavedVersion } from '../scenario/versions';
import type { ScenarioIdentity } from '../report/comparison';

const projections = new WeakMap<ReferenceData, WeakMap<Scenario, Projection>>();

/**
 * The engine's projection of a scenario, memoised on the identity of scenario and reference:
 * the plan, the comparison and a shared link all read projections from this one cache.
 */
export function projectionOf(scenario: Scenario, reference: ReferenceData): Projection {
  let byScenario = projections.get(reference);
  if (!byScenario) {
    byScenario = new WeakMap();
    projections.set(reference, byScenario);
  }
  let projection = byScenario.get(scenario);
  if (!projection) {
    projection = projectScenario(scenario, reference);
    byScenario.set(scenario, projection);
  }
  return projection;
}

/**
 * The projection of the current scenario, or null until the reference data is loaded.
 * Memoised on the identity of scenario and reference data: every view that shows a number
 * reads it from here, so the same inputs always give the very same result object.
 */
export function selectProjection(state: AppState): Projection | null {
  if (state.reference.status !== 'ready') return null;
  return projectionOf(state.scenario, state.reference.bundle.reference);
}

const ranges = new WeakMap<ReferenceData, WeakMap<Scenario, ProjectionRange>>();

/** The totals at the low and high end of the estimated rates (engine `projectRange`), memoised like `projectionOf`. */
export function rangeOf(scenario: Scenario, reference: ReferenceData): ProjectionRange {
  let byScenario = ranges.get(reference);
  if (!byScenario) {
    byScenario = new WeakMap();
    ranges.set(reference, byScenario);
  }
  let range = byScenario.get(scenario);
  if (!range) {
    range = projectRange(scenario, reference);
    byScenario.set(scenario, range);
  }
  return range;
}

/** The range of the current scenario's totals, or null until the reference data is loaded. */
export function selectProjectionRange(state: AppState): ProjectionRange | null {
  if (state.reference.status !== 'ready') return null;
  return rangeOf(state.scenario, state.reference.bundle.reference);
}

const NO_MUNICIPALITIES: readonly Municipality[] = [];

export const selectMunicipalities = (state: AppState): readonly Municipality[] =>
  state.reference.status === 'ready' ? state.reference.bundle.municipalities : NO_MUNICIPALITIES;

const byCode = new WeakMap<readonly Municipality[], ReadonlyMap<string, Municipality>>();

/** The chosen municipality, or undefined while none is chosen (or the data is loading). */
export function selectMunicipality(state: AppState): Municipality | undefined {
  return municipalityIndex(selectMunicipalities(state)).get(state.scenario.municipalityCode);
}

/** The municipalities by code, built once per list. */
export function municipalityIndex(list: readonly Municipality[]): ReadonlyMap<string, Municipality> {
  let index = byCode.get(list);
  if (!index) {
    index = new Map(list.map((m) => [m.code, m]));
    byCode.set(list, index);
  }
  return index;
}

/** Editions of the rates and of the municipality list, for the footer; null until loaded. */
export const selectEditions = (state: AppState): { rates: string; municipalities: string } | null =>
  state.reference.status === 'ready'
    ? { rates: state.reference.bundle.reference.edition, municipalities: state.reference.bundle.municipalityEdition.edition }
    : null;

export const selectHorizon = (state: AppState): number => state.scenario.years.length;

/** Persons settled in a plan year (the three split types), for the grid's total row. */
export const selectYearTotal = (yearIndex: number) => (state: AppState): number => {
  const year = state.scenario.years[yearIndex];
  return year === undefined ? 0 : year.singleAdults + year.adultsInFamilies + year.children;
};

/** One line of the list of scenarios. */
export interface ScenarioSummary extends ScenarioIdentity {
  /** Persons planned for settlement over the plan years, unaccompanied minors included. */
  readonly persons: number;
  /** The four-year economy plan (økonomiplan) from the engine; null until the data is loaded. */
  readonly economyPlan: BudgetTotals | null;
  readonly isCurrent: boolean;
  readonly isBaseline: boolean;
}

const personsPlanned = (scenario: Scenario): number =>
  scenario.years.reduce((sum, y) => sum + personsSettled(y), 0);

let lastSummaries: {
  readonly scenarios: readonly ScenarioEntry[];
  readonly currentId: string;
  readonly baselineId: string | null;
  readonly reference: AppState['reference'];
  readonly result: readonly ScenarioSummary[];
} | null = null;

/**
 * Every scenario with its municipality, period, persons and four-year net. The projections
 * come from the engine through the same memo as `selectProjection`; the list itself is
 * memoised on its inputs, so a view re-renders only when one of them changes.
 */
export function selectScenarioSummaries(state: AppState): readonly ScenarioSummary[] {
  const { scenarios, currentId, baselineId, reference } = state;
  const last = lastSummaries;
  if (last && last.scenarios === scenarios && last.currentId === currentId && last.baselineId === baselineId && last.reference === reference) {
    return last.result;
  }
  const index = municipalityIndex(selectMunicipalities(state));
  const result = scenarios.map(({ id, scenario }): ScenarioSummary => ({
    id,
    name: scenario.name,
    municipalityCode: scenario.municipalityCode,
    municipality: index.get(scenario.municipalityCode) ?? null,
    fromYear: scenario.startYear,
    toYear: scenario.startYear + scenario.years.length - 1,
    persons: personsPlanned(scenario),
    economyPlan: reference.status === 'ready' ? projectionOf(scenario, reference.bundle.reference).budget.economyPlan : null,
    isCurrent: id === currentId,
    isBaseline: id === baselineId,
  }));
  lastSummaries = { scenarios, currentId, baselineId, reference, result };
  return result;
}

/** Where the reference data came from, for the footer and the notice; null until loaded. */
export const selectReferenceSource = (state: AppState): 'served' | 'bundled' | null =>
  state.reference.status === 'ready' ? state.reference.source : null;

/** One scenario by id and name, for a switcher; the baseline marked. */
export interface ScenarioName {
  readonly id: string;
  readonly name: string;
  readonly isBaseline: boolean;
}

const namesMemo = new WeakMap<readonly ScenarioEntry[], { baselineId: string | null; names: readonly ScenarioName[] }>();

/** The scenarios' ids and names, memoised on the list: no projection is computed. */
export function selectScenarioNames(state: AppState): readonly ScenarioName[] {
  const cached = namesMemo.get(state.scenarios);
  if (cached && cached.baselineId === state.baselineId) return cached.names;
  const names = state.scenarios.map((e) => ({ id: e.id, name: e.scenario.name, isBaseline: e.id === state.baselineId }));
  namesMemo.set(state.scenarios, { baselineId: state.baselineId, names });
  return names;
}

const NO_VERSIONS: readonly SavedVersion[] = [];

/** The saved versions of the scenario open in this tab, oldest first. */
export const selectCurrentVersions = (state: AppState): readonly SavedVersion[] =>
  state.scenarios.find((e) => e.id === state.currentId)?.versions ?? NO_VERSIONS;

import { projectScenario, type Municipality, type Projection, type ReferenceData, type Scenario } from '../engine';
import type { AppState } from './state';

const projections = new WeakMap<ReferenceData, WeakMap<Scenario, Projection>>();

/**
 * The projection of the current scenario, or null until the reference data is loaded.
 * Memoised on the identity of scenario and reference data: every view that shows a number
 * reads it from here, so the same inputs always give the very same result object.
 */
export function selectProjection(state: AppState): Projection | null {
  if (state.reference.status !== 'ready') return null;
  const reference = state.reference.bundle.reference;
  let byScenario = projections.get(reference);
  if (!byScenario) {
    byScenario = new WeakMap();
    projections.set(reference, byScenario);
  }
  let projection = byScenario.get(state.scenario);
  if (!projection) {
    projection = projectScenario(state.scenario, reference);
    byScenario.set(state.scenario, projection);
  }
  return projection;
}

const NO_MUNICIPALITIES: readonly Municipality[] = [];

export const selectMunicipalities = (state: AppState): readonly Municipality[] =>
  state.reference.status === 'ready' ? state.reference.bundle.municipalities : NO_MUNICIPALITIES;

const byCode = new WeakMap<readonly Municipality[], ReadonlyMap<string, Municipality>>();

/** The chosen municipality, or undefined while none is chosen (or the data is loading). */
export function selectMunicipality(state: AppState): Municipality | undefined {
  const list = selectMunicipalities(state);
  let index = byCode.get(list);
  if (!index) {
    index = new Map(list.map((m) => [m.code, m]));
    byCode.set(list, index);
  }
  return index.get(state.scenario.municipalityCode);
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

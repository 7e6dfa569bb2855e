import type { HousingZone, Municipality } from '../../engine';
import type { AppState } from '../../store';

/**
 * The editor's narrow reads of the store, as pure functions over the current scenario and the
 * reference bundle (the store's own selectors are being reshaped; these depend only on
 * `scenario` and `reference`).
 */

const NO_MUNICIPALITIES: readonly Municipality[] = [];

export const selectMunicipalityList = (state: AppState): readonly Municipality[] =>
  state.reference.status === 'ready' ? state.reference.bundle.municipalities : NO_MUNICIPALITIES;

export const selectPlanHorizon = (state: AppState): number => state.scenario.years.length;

/** Persons settled in a plan year (the three split types), for the grid's total row. */
export const selectTotalOfYear =
  (yearIndex: number) =>
  (state: AppState): number => {
    const year = state.scenario.years[yearIndex];
    return year === undefined ? 0 : year.singleAdults + year.adultsInFamilies + year.children;
  };

/** The Husbanken zone the reference data gives the municipality ('other' where it names none). */
export const selectReferenceZone = (state: AppState): HousingZone =>
  state.reference.status === 'ready' ? (state.reference.bundle.zoneByMunicipality[state.scenario.municipalityCode] ?? 'other') : 'other';

/** Husbanken's examples name the municipality: its zone is a fact, not an assumption. */
export const selectZoneIsNamed = (state: AppState): boolean => selectReferenceZone(state) !== 'other';


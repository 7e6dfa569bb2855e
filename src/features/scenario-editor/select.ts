import type { HousingZone } from '../../engine';
import type { AppState } from '../../store';

/**
 * The editor's own narrow reads of the store (the zone); the horizon, the year totals and the
 * municipality list come from the store's selectors.
 */

/** The Husbanken zone the reference data gives the municipality ('other' where it names none). */
export const selectReferenceZone = (state: AppState): HousingZone =>
  state.reference.status === 'ready' ? (state.reference.bundle.zoneByMunicipality[state.scenario.municipalityCode] ?? 'other') : 'other';

/** Husbanken's examples name the municipality: its zone is a fact, not an assumption. */
export const selectZoneIsNamed = (state: AppState): boolean => selectReferenceZone(state) !== 'other';


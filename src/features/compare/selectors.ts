import { municipalityIndex, projectionOf, selectMunicipalities, type AppState, type ScenarioEntry } from '../../store';
import { toComparison, type Comparison } from '../../report/comparison';

/** Fewest and most scenarios compared at once. */
export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 4;

/**
 * The scenarios compared when the screen opens: the baseline and the current one; when they
 * are the same (or there is no baseline), the next ones in the list make up two.
 */
export function defaultChoice(scenarios: readonly ScenarioEntry[], baselineId: string | null, currentId: string): string[] {
  const ids = scenarios.map((e) => e.id);
  const chosen = [baselineId, currentId].filter((id): id is string => id !== null && ids.includes(id));
  const unique = [...new Set(chosen)];
  for (const id of ids) {
    if (unique.length >= MIN_CHOSEN) break;
    if (!unique.includes(id)) unique.push(id);
  }
  return unique;
}

let last: {
  readonly scenarios: readonly ScenarioEntry[];
  readonly baselineId: string | null;
  readonly reference: AppState['reference'];
  readonly key: string;
  readonly result: Comparison | null;
} | null = null;

/**
 * The comparison of the chosen scenarios (ids; unknown ones are left out), or null until the
 * reference data is loaded or while fewer than two are chosen. Projections come from the
 * engine, memoised per scenario; the comparison is memoised on its inputs, so the view
 * re-renders only when one of them changes.
 */
export function selectComparison(state: AppState, chosen: readonly string[]): Comparison | null {
  const { scenarios, baselineId, reference } = state;
  const key = chosen.join(',');
  if (last && last.scenarios === scenarios && last.baselineId === baselineId && last.reference === reference && last.key === key) {
    return last.result;
  }
  let result: Comparison | null = null;
  const entries = scenarios.filter((e) => chosen.includes(e.id));
  if (reference.status === 'ready' && entries.length >= MIN_CHOSEN) {
    const index = municipalityIndex(selectMunicipalities(state));
    const data = reference.bundle.reference;
    result = toComparison(
      entries.map((e) => ({
        id: e.id,
        scenario: e.scenario,
        projection: projectionOf(e.scenario, data),
        municipality: index.get(e.scenario.municipalityCode) ?? null,
      })),
      baselineId,
    );
  }
  last = { scenarios, baselineId, reference, key, result };
  return result;
}

/** A shaping of the comparison, memoised on its identity (the selector returns the same object for the same inputs). */
export function memoByComparison<T>(fn: (comparison: Comparison) => T): (comparison: Comparison) => T {
  const cache = new WeakMap<Comparison, T>();
  return (comparison) => {
    const hit = cache.get(comparison);
    if (hit !== undefined) return hit;
    const value = fn(comparison);
    cache.set(comparison, value);
    return value;
  };
}

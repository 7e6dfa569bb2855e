import { useDeferredValue } from 'react';
import type { Projection, ProjectionRange, ReferenceData, Scenario } from '../engine';
import { projectionOf, rangeOf, useAppStore, type AppState } from '../store';

const selectScenario = (state: AppState): Scenario => state.scenario;
const selectReference = (state: AppState): ReferenceData | null => (state.reference.status === 'ready' ? state.reference.bundle.reference : null);

/**
 * The current scenario and reference data one deferred render behind the store: the render that
 * follows an edit at once shows what was typed, and what is derived from the projection follows in
 * a render of its own, at lower priority (React's `useDeferredValue`), that a new keystroke
 * interrupts. Only the scenario's identity is read here, so the projection is not computed while
 * the edit is handled.
 */
function useDeferredInputs(): { readonly scenario: Scenario; readonly reference: ReferenceData } | null {
  const scenario = useDeferredValue(useAppStore(selectScenario));
  const reference = useDeferredValue(useAppStore(selectReference));
  return reference === null ? null : { scenario, reference };
}

/**
 * The current scenario's projection (the store's memoised `projectionOf`, the very object
 * `selectProjection` gives), computed in the deferred render after an edit; null until the
 * reference data is loaded.
 */
export function useDeferredProjection(): Projection | null {
  const inputs = useDeferredInputs();
  return inputs === null ? null : projectionOf(inputs.scenario, inputs.reference);
}

/** The range of the current scenario's totals (the store's memoised `rangeOf`), in the deferred render after an edit. */
export function useDeferredProjectionRange(): ProjectionRange | null {
  const inputs = useDeferredInputs();
  return inputs === null ? null : rangeOf(inputs.scenario, inputs.reference);
}

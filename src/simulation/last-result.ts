import { useSyncExternalStore } from 'react';
import type { Scenario, SimulationResult } from '../engine';

/**
 * The last finished comparison, for the screens that show it without running it (meeting
 * mode): kept while the app is open, with the scenario it was run on, so that a screen can
 * tell whether it is still the plan's.
 */
export interface LastResult {
  readonly scenario: Scenario;
  readonly result: SimulationResult;
}

let last: LastResult | null = null;
const listeners = new Set<() => void>();

export function setLastResult(next: LastResult): void {
  last = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The last comparison run on `scenario` (the very same object: any edit makes it out of date), else null. */
export function useLastResult(scenario: Scenario): SimulationResult | null {
  const current = useSyncExternalStore(subscribe, () => last, () => null);
  return current !== null && current.scenario === scenario ? current.result : null;
}

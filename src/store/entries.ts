import type { Scenario, YearInput } from '../engine';
import type { AppState, ScenarioEntry } from './state';

type ListState = Pick<AppState, 'scenarios' | 'currentId' | 'scenario' | 'shelvedYears'>;

/**
 * The list of scenarios with `currentId` current, and the current scenario mirrored at the top
 * of the state (`scenario`, `shelvedYears`), where every view reads it. Every change of the
 * list goes through here, so the mirror can never drift from its entry.
 */
export function listState(scenarios: readonly ScenarioEntry[], currentId: string): ListState {
  const current = scenarios.find((e) => e.id === currentId) ?? scenarios[0];
  if (current === undefined) throw new Error('listState: the list of scenarios is never empty');
  return { scenarios, currentId: current.id, scenario: current.scenario, shelvedYears: current.shelvedYears };
}

/** The state after replacing the current scenario (and, if given, its shelved years). */
export function withCurrent(
  state: Pick<AppState, 'scenarios' | 'currentId' | 'shelvedYears'>,
  scenario: Scenario,
  shelvedYears: readonly YearInput[] = state.shelvedYears,
): ListState {
  const scenarios = state.scenarios.map((e) => (e.id === state.currentId ? { ...e, scenario, shelvedYears } : e));
  return listState(scenarios, state.currentId);
}

/** A new id: `s` and one more than the largest number in use (`s1`, `s2`, …). */
export function nextScenarioId(scenarios: readonly { readonly id: string }[]): string {
  const numbers = scenarios.map((e) => /^s(\d+)$/.exec(e.id)?.[1]).map((n) => (n === undefined ? 0 : Number(n)));
  return `s${Math.max(0, ...numbers) + 1}`;
}

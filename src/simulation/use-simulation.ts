import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../engine';
import type { SimulationInput } from './protocol';
import { createRunner, type Runner } from './runner';

export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly result: SimulationResult; readonly input: SimulationInput }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

/** How long an edit of the scenario waits for the next before a new run starts. */
export const EDIT_DEBOUNCE_MS = 400;

/**
 * Runs the simulation for `input` whenever it changes: at once when only the options changed
 * (the planner pressed "run"), after a pause when the scenario changed (the planner is typing);
 * each new run stops the one before. `cancel` stops the run; `restart` runs the input again.
 */
export function useSimulation(input: SimulationInput | null, scenario: Scenario) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const runner = useRef<Runner | null>(null);
  const lastScenario = useRef<Scenario | null>(null);

  useEffect(() => {
    const created = createRunner();
    runner.current = created;
    return () => {
      created.dispose();
      runner.current = null;
    };
  }, []);

  const start = useCallback((next: SimulationInput) => {
    setState({ status: 'running', done: 0, total: next.options.paths });
    runner.current?.start(next, {
      onProgress: (done, total) => setState({ status: 'running', done, total }),
      onResult: (result) => setState({ status: 'done', result, input: next }),
      onError: (message) => setState({ status: 'error', message }),
    });
  }, []);

  useEffect(() => {
    const edited = lastScenario.current !== null && lastScenario.current !== scenario;
    lastScenario.current = scenario;
    runner.current?.cancel();
    const timer = setTimeout(() => (input === null ? setState({ status: 'idle' }) : start(input)), edited ? EDIT_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [input, scenario, start]);

  const cancel = useCallback(() => {
    runner.current?.cancel();
    setState({ status: 'cancelled' });
  }, []);

  const restart = useCallback(() => {
    if (input !== null) start(input);
  }, [input, start]);

  return { state, cancel, restart };
}

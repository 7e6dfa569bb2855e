import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Scenario, SimulationResult } from '../engine';
import type { SimulationInput } from './protocol';
import { createRunner, type Runner } from './runner';

export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly total: number }
  | { readonly status: 'done'; readonly result: SimulationResult; readonly input: SimulationInput }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

/**
 * Paths done in the current run. Only the progress bar reads it (`useProgress`), so that a
 * report from the worker redraws the bar and not the screen with its charts.
 */
export interface Progress {
  subscribe(listener: () => void): () => void;
  done(): number;
  set(done: number): void;
}

export function createProgress(): Progress {
  let done = 0;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    done: () => done,
    set(next) {
      if (next === done) return;
      done = next;
      listeners.forEach((l) => l());
    },
  };
}

/** The paths done, for the component that shows them. */
export const useProgress = (progress: Progress): number => useSyncExternalStore(progress.subscribe, progress.done);

/** How long an edit of the scenario waits for the next before a new run starts. */
export const EDIT_DEBOUNCE_MS = 400;

/**
 * Runs the simulation for `input` whenever it changes: at once when only the options changed
 * (the planner pressed "run"), after a pause when the scenario changed (the planner is typing);
 * each new run stops the one before. `cancel` stops the run; `restart` runs the input again.
 */
export function useSimulation(input: SimulationInput | null, scenario: Scenario) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [progress] = useState(createProgress);
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
    progress.set(0);
    setState({ status: 'running', total: next.options.paths });
    runner.current?.start(next, {
      onProgress: (done) => progress.set(done),
      onResult: (result) => setState({ status: 'done', result, input: next }),
      onError: (message) => setState({ status: 'error', message }),
    });
  }, [progress]);

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

  return { state, progress, cancel, restart };
}

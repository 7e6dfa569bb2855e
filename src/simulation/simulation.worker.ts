/// <reference lib="webworker" />
import { createSimulation } from '../engine';
import { STEP_PATHS, type FromWorker, type ToWorker } from './protocol';

/**
 * The Monte Carlo off the main thread (MODEL.md "Predictability"). It runs one simulation in
 * steps of 500 paths and reports progress after each; the page cancels a run by terminating
 * the worker, so the loop needs no yields.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { id, input } = event.data;
  try {
    const simulation = createSimulation(input.scenario, input.reference, input.record, input.options);
    let done = 0;
    post({ type: 'progress', id, done, total: simulation.total });
    while (done < simulation.total) {
      done = simulation.step(STEP_PATHS);
      post({ type: 'progress', id, done, total: simulation.total });
    }
    post({ type: 'result', id, result: simulation.result() });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});

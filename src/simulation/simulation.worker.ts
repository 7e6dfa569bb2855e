/// <reference lib="webworker" />
import { createSimulation, type Simulation } from '../engine';
import { buffersOf, STEP_PATHS, type FromWorker, type ToWorker } from './protocol';

/**
 * The Monte Carlo off the main thread (docs/model.md#predictability,
 * docs/architecture.md#the-simulation-worker). It evaluates its part
 * of the paths in steps of 500 and reports progress after each. A single part summarises at
 * once; in a split run, a later part sends its rows and the first part waits for them to join
 * and summarise. The page cancels a run by terminating the workers, so the loop needs no yields.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
let waiting: { readonly id: number; readonly simulation: Simulation } | null = null;

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const { id } = message;
  try {
    if (message.type === 'join') {
      if (waiting?.id === id) post({ type: 'result', id, result: waiting.simulation.result(message.later) });
      waiting = null;
      return;
    }
    const { input, part } = message;
    const simulation = createSimulation(input.scenario, input.reference, input.record, input.options, part);
    let done = 0;
    post({ type: 'progress', id, done, total: simulation.total });
    while (done < simulation.total) {
      done = simulation.step(STEP_PATHS);
      post({ type: 'progress', id, done, total: simulation.total });
    }
    if (part.of === 1) post({ type: 'result', id, result: simulation.result() });
    else if (part.index === 0) {
      waiting = { id, simulation };
      post({ type: 'evaluated', id, rows: null });
    } else {
      const rows = simulation.rows();
      post({ type: 'evaluated', id, rows }, buffersOf(rows));
    }
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});

import { createSimulation, type SimulationResult } from '../engine';
import { STEP_PATHS, type FromWorker, type SimulationInput, type ToWorker } from './protocol';

export interface RunHandlers {
  readonly onProgress: (done: number, total: number) => void;
  readonly onResult: (result: SimulationResult) => void;
  readonly onError: (message: string) => void;
}

/** Runs one simulation at a time: a new start or a cancel stops the run before it. */
export interface Runner {
  start(input: SimulationInput, handlers: RunHandlers): void;
  cancel(): void;
  dispose(): void;
}

/**
 * In a Web Worker. A stale run is stopped by terminating its worker (immediate, whatever the
 * worker is doing); a fresh worker is started at once, so the next run does not wait for it.
 */
function workerRunner(): Runner {
  const spawn = () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  let worker = spawn();
  let busy = false;
  let runId = 0;
  const stop = () => {
    if (!busy) return;
    worker.terminate();
    worker = spawn();
    busy = false;
  };
  return {
    start(input, handlers) {
      stop();
      const id = ++runId;
      busy = true;
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.type === 'progress') handlers.onProgress(message.done, message.total);
        else {
          busy = false;
          if (message.type === 'result') handlers.onResult(message.result);
          else handlers.onError(message.message);
        }
      };
      worker.onerror = (event) => {
        busy = false;
        handlers.onError(event.message || 'worker');
      };
      worker.postMessage({ type: 'start', id, input } satisfies ToWorker);
    },
    cancel: stop,
    dispose() {
      worker.terminate();
    },
  };
}

/**
 * On the main thread, in steps with a yield (`setTimeout`) between them: where there is no
 * Worker (jsdom in the feature tests). A run id tells a stale step to stop.
 */
function mainThreadRunner(): Runner {
  let runId = 0;
  return {
    start(input, handlers) {
      const id = ++runId;
      let simulation: ReturnType<typeof createSimulation>;
      const step = () => {
        if (id !== runId) return;
        try {
          simulation ??= createSimulation(input.scenario, input.reference, input.record, input.options);
          const done = simulation.step(STEP_PATHS);
          handlers.onProgress(done, simulation.total);
          if (done < simulation.total) setTimeout(step, 0);
          else handlers.onResult(simulation.result());
        } catch (error) {
          handlers.onError(error instanceof Error ? error.message : String(error));
        }
      };
      setTimeout(step, 0);
    },
    cancel() {
      runId++;
    },
    dispose() {
      runId++;
    },
  };
}

/** A worker where the platform has one, else the main thread in steps. */
export function createRunner(): Runner {
  return typeof Worker === 'undefined' ? mainThreadRunner() : workerRunner();
}

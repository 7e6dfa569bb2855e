import { createSimulation, type PathRows, type SimulationResult } from '../engine';
import { buffersOf, STEP_PATHS, type FromWorker, type SimulationInput, type ToWorker } from './protocol';

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

/** Workers a run is split over: one per core, at most four, at least one. */
export function workerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(4, Math.floor(cores ?? 1)));
}

/**
 * In Web Workers, one per core: each evaluates its share of the paths, the first joins the
 * others' rows and summarises. A stale run is stopped by terminating its workers (immediate,
 * whatever they are doing); fresh ones are started at once, so the next run does not wait.
 */
function workerRunner(parts: number): Runner {
  const spawn = () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  let workers = Array.from({ length: parts }, spawn);
  let busy = false;
  let runId = 0;
  const stop = () => {
    if (!busy) return;
    workers.forEach((w) => w.terminate());
    workers = Array.from({ length: parts }, spawn);
    busy = false;
  };
  return {
    start(input, handlers) {
      stop();
      const id = ++runId;
      busy = true;
      const done = new Array<number>(parts).fill(0);
      const totals = new Array<number>(parts).fill(0);
      const later: (PathRows | null)[] = new Array<PathRows | null>(parts - 1).fill(null);
      let firstWaits = false;
      const fail = (message: string) => {
        if (id !== runId || !busy) return;
        stop();
        handlers.onError(message);
      };
      const joinWhenReady = () => {
        const rows = later.filter((r): r is PathRows => r !== null);
        if (!firstWaits || rows.length < parts - 1) return;
        workers[0]?.postMessage({ type: 'join', id, later: rows } satisfies ToWorker, rows.flatMap(buffersOf));
      };
      workers.forEach((worker, index) => {
        worker.onmessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.type === 'progress') {
            done[index] = message.done;
            totals[index] = message.total;
            handlers.onProgress(sum(done), Math.max(sum(totals), input.options.paths));
          } else if (message.type === 'evaluated') {
            if (message.rows === null) firstWaits = true;
            else later[index - 1] = message.rows;
            joinWhenReady();
          } else if (message.type === 'result') {
            busy = false;
            handlers.onResult(message.result);
          } else fail(message.message);
        };
        worker.onerror = (event) => fail(event.message || 'worker');
        worker.postMessage({ type: 'start', id, input, part: { index, of: parts } } satisfies ToWorker);
      });
    },
    cancel: stop,
    dispose() {
      workers.forEach((w) => w.terminate());
    },
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

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
  return typeof Worker === 'undefined' ? mainThreadRunner() : workerRunner(workerCount(globalThis.navigator?.hardwareConcurrency));
}

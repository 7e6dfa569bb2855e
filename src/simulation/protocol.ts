import type { NationalRecordYear, PathRows, ReferenceData, Scenario, SimulationOptions, SimulationPart, SimulationResult } from '../engine';

/** Everything one run needs: plain, serialisable data (it crosses to the worker). */
export interface SimulationInput {
  readonly scenario: Scenario;
  readonly reference: ReferenceData;
  readonly record: readonly NationalRecordYear[];
  readonly options: SimulationOptions;
}

/** Paths evaluated per step, between progress reports. */
export const STEP_PATHS = 500;

/**
 * A run is split over workers in parts: each evaluates its share of the paths; the later parts
 * send their rows (transferred, not copied); the first part joins them and summarises.
 */
export type ToWorker =
  | { readonly type: 'start'; readonly id: number; readonly input: SimulationInput; readonly part: SimulationPart }
  | { readonly type: 'join'; readonly id: number; readonly later: readonly PathRows[] };

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  /** A later part's rows, or (from the first part, `rows: null`) that it waits for them. */
  | { readonly type: 'evaluated'; readonly id: number; readonly rows: PathRows | null }
  | { readonly type: 'result'; readonly id: number; readonly result: SimulationResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The buffers of `rows`, to transfer them between threads instead of copying. */
export function buffersOf(rows: PathRows): ArrayBuffer[] {
  return [...Object.values(rows.yearly), ...Object.values(rows.commitment)].map((a) => a.buffer as ArrayBuffer);
}

import type { NationalRecordYear, ReferenceData, Scenario, SimulationOptions, SimulationResult } from '../engine';

/** Everything one run needs: plain, serialisable data (it crosses to the worker). */
export interface SimulationInput {
  readonly scenario: Scenario;
  readonly reference: ReferenceData;
  readonly record: readonly NationalRecordYear[];
  readonly options: SimulationOptions;
}

/** Paths evaluated per step, between progress reports. */
export const STEP_PATHS = 500;

export type ToWorker = { readonly type: 'start'; readonly id: number; readonly input: SimulationInput };

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly id: number; readonly result: SimulationResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

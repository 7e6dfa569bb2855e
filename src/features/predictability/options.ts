import { DEFAULT_SIMULATION, defaultCommitmentYears, type Scenario, type SimulationOptions } from '../../engine';
import type { OwnRequest } from './share';

/** What the planner sets on the predictability screen. Null = the default. */
export interface PlannerOptions {
  readonly paths: number;
  readonly seed: number;
  /** Persons a year under the commitment; null = the plan's own numbers. */
  readonly commitmentPerYear: number | null;
  /** Years of the commitment, counted from the start year; null = through the plan's last year with persons. */
  readonly commitmentYears: number | null;
  /** ± band of the commitment, in per cent. */
  readonly bandPercent: number;
  readonly dwellingLeadMonths: number;
  readonly placeLeadMonths: number;
  readonly releaseNoticeMonths: number;
  readonly ownRequests: readonly OwnRequest[];
}

export const DEFAULT_OPTIONS: PlannerOptions = {
  paths: DEFAULT_SIMULATION.paths,
  seed: DEFAULT_SIMULATION.seed,
  commitmentPerYear: null,
  commitmentYears: null,
  bandPercent: 0,
  dwellingLeadMonths: DEFAULT_SIMULATION.dwellingLeadMonths,
  placeLeadMonths: DEFAULT_SIMULATION.placeLeadMonths,
  releaseNoticeMonths: DEFAULT_SIMULATION.releaseNoticeMonths,
  ownRequests: [],
};

/** Bounds of each number the form takes (whole numbers). */
export const OPTION_BOUNDS = {
  paths: [100, 100_000],
  seed: [0, 2_147_483_647],
  commitmentPerYear: [0, 100_000],
  commitmentYears: [1, 15],
  bandPercent: [0, 100],
  dwellingLeadMonths: [0, 36],
  placeLeadMonths: [0, 24],
  releaseNoticeMonths: [0, 36],
  ownRequest: [0, 100_000],
} as const satisfies Record<string, readonly [number, number]>;

/** The years of the plan the comparison covers: the commitment period, at most the plan. */
export function commitmentYears(options: PlannerOptions, scenario: Scenario): number {
  const horizon = scenario.years.length;
  return Math.min(horizon, Math.max(1, options.commitmentYears ?? defaultCommitmentYears(scenario)));
}

/**
 * The engine's input: the whole plan, the commitment running its first K years (later years
 * follow the yearly requests in both modes).
 */
export function toSimulationInput(scenario: Scenario, options: PlannerOptions): { scenario: Scenario; options: SimulationOptions } {
  return {
    scenario,
    options: {
      ...DEFAULT_SIMULATION,
      commitmentYears: commitmentYears(options, scenario),
      paths: options.paths,
      seed: options.seed,
      commitmentPerYear: options.commitmentPerYear,
      band: options.bandPercent / 100,
      dwellingLeadMonths: options.dwellingLeadMonths,
      placeLeadMonths: options.placeLeadMonths,
      releaseNoticeMonths: options.releaseNoticeMonths,
    },
  };
}

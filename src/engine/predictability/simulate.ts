import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scenario } from '../scenario';
import type { NationalRecordYear, ReferenceData } from '../types';
import { buildKernels, type Kernels } from './kernel';
import { nationalHistory, startNeed, type NationalHistory } from './national';
import { evaluatePath, METRICS, type Metric, type PathScratch, newScratch } from './path';
import { summarise, type ModeSummary } from './summary';

/**
 * Monte Carlo of the two modes (MODEL.md "Predictability"). Each path draws the national need
 * year by year (resampled log changes of the record, kept within its range) and an in-year
 * revision; the municipality's request is its share of the need. The yearly mode settles the
 * revised request with capacity ordered as requests become known; the commitment mode settles
 * C a year (or the path clamped to C(1 ± band)) with capacity planned ahead. Both modes see the
 * same paths, so their difference is the value of predictability, not noise.
 */
export interface SimulationOptions {
  readonly paths: number;
  readonly seed: number;
  /** The municipality's share of the national need (default: its share of the population). */
  readonly share: number;
  /** National need in the start year; default from the record. */
  readonly startNeed: number | null;
  /** Persons a year under the commitment; null = the mean yearly settlement of the yearly mode. */
  readonly commitmentPerYear: number | null;
  /** ± band of the commitment, as a share of C (0 = exactly C). */
  readonly band: number;
  /** Years K the commitment runs from the start year; null = the whole horizon. Later years follow the yearly requests. */
  readonly commitmentYears: number | null;
  readonly dwellingLeadMonths: number;
  readonly placeLeadMonths: number;
  readonly releaseNoticeMonths: number;
  /** Month (1–12) in which an in-year revision becomes known. */
  readonly revisionMonth: number;
}

export const DEFAULT_SIMULATION: Omit<SimulationOptions, 'share'> = {
  paths: 10_000,
  seed: 2026,
  startNeed: null,
  commitmentPerYear: null,
  band: 0,
  commitmentYears: null,
  dwellingLeadMonths: 12,
  placeLeadMonths: 4,
  releaseNoticeMonths: 12,
  revisionMonth: 6,
};

export interface SimulationResult {
  readonly paths: number;
  readonly commitmentPerYear: number;
  readonly yearly: ModeSummary;
  readonly commitment: ModeSummary;
}

export interface Simulation {
  readonly total: number;
  /** Evaluates the next `count` paths; returns how many are done. */
  step(count: number): number;
  result(): SimulationResult;
}

/** Draws every path's requests and settlements (cheap), then evaluates them in steps. */
export function createSimulation(
  scenario: Scenario,
  reference: ReferenceData,
  record: readonly NationalRecordYear[],
  options: SimulationOptions,
): Simulation {
  const kernels: Kernels = buildKernels(scenario, reference);
  const history = nationalHistory(record);
  const H = kernels.horizon;
  const paths = Math.max(1, Math.floor(options.paths));
  const { requests, settled } = drawPaths(history, options.startNeed ?? startNeed(record, scenario.startYear), options.share, H, paths, options.seed);
  const mean = settled.reduce((a, b) => a + b, 0) / settled.length;
  const c = options.commitmentPerYear ?? mean;
  const store = (): Record<Metric, Float64Array> =>
    Object.fromEntries(METRICS.map((m) => [m, new Float64Array(paths * H)])) as Record<Metric, Float64Array>;
  const yearly = store();
  const commitment = store();
  const scratch: PathScratch = newScratch(H);
  const K = Math.min(H, Math.max(0, Math.floor(options.commitmentYears ?? H)));
  const committed = new Float64Array(H);
  const plan = new Float64Array(H);
  let done = 0;
  return {
    total: paths,
    step(count) {
      const end = Math.min(paths, done + count);
      for (let p = done; p < end; p++) {
        const req = requests.subarray(p * H, p * H + H);
        const set = settled.subarray(p * H, p * H + H);
        evaluatePath(kernels, scenario, options, { committedYears: 0, requests: req, settled: set }, scratch, yearly, p);
        for (let t = 0; t < H; t++) {
          const band = options.band > 0 ? Math.min(c * (1 + options.band), Math.max(c * (1 - options.band), set[t] ?? 0)) : c;
          plan[t] = t < K ? c : (req[t] ?? 0);
          committed[t] = t < K ? band : (set[t] ?? 0);
        }
        evaluatePath(kernels, scenario, options, { committedYears: K, requests: plan, settled: committed }, scratch, commitment, p);
      }
      done = end;
      return done;
    },
    result() {
      return { paths: done, commitmentPerYear: c, yearly: summarise(yearly, done, H), commitment: summarise(commitment, done, H) };
    },
  };
}

/** Requests (the municipality's share of the need) and settlements (after revision), per path and year. */
export function drawPaths(history: NationalHistory, need0: number, share: number, H: number, paths: number, seed: number) {
  const rng = xoroshiro128plus(seed);
  const requests = new Float64Array(paths * H);
  const settled = new Float64Array(paths * H);
  const { logChanges, revisions, lowest, highest } = history;
  for (let p = 0; p < paths; p++) {
    let need = need0;
    for (let t = 0; t < H; t++) {
      if (t > 0) need = Math.min(highest, Math.max(lowest, need * Math.exp(logChanges[uniformInt(rng, 0, logChanges.length - 1)] ?? 0)));
      const revision = revisions[uniformInt(rng, 0, revisions.length - 1)] ?? 1;
      requests[p * H + t] = share * need;
      settled[p * H + t] = share * Math.min(highest, Math.max(lowest, need * revision));
    }
  }
  return { requests, settled };
}

/** Runs the whole simulation at once (tests, the command line, the benchmark). */
export function simulate(
  scenario: Scenario,
  reference: ReferenceData,
  record: readonly NationalRecordYear[],
  options: SimulationOptions,
): SimulationResult {
  const sim = createSimulation(scenario, reference, record, options);
  sim.step(sim.total);
  return sim.result();
}

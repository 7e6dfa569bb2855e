import { availableDwellings } from '../housing';
import type { Scenario } from '../scenario';
import type { NationalRecordYear, ReferenceData } from '../types';
import { bandFactors, drawIndices, factorsOf } from './draws';
import { buildKernels, type Kernels } from './kernel';
import { nationalHistory } from './national';
import { METRICS, pathEvaluator, planCapacity, type Metric, type PathInput } from './path';
import { defaultCommitmentYears, plannedLevel } from './plan-level';
import { differences, summarise, type ModeSummary, type Quantiles } from './summary';

/**
 * Monte Carlo of the two modes on the plan's own numbers (docs/model.md#predictability).
 *
 * Both modes start from the plan: its persons per year (decision, else request, else the
 * persons entered) are the expected level N(t), or the commitment C the planner sets for the
 * years it covers; its dwellings, pipeline, releases and places are the capacity.
 * - Yearly mode: year t's number N(t) × f is known in October of t − 1 and revised during the
 *   year to N(t) × f × r; f and r are drawn from the record's relative changes and revisions,
 *   normalised to mean 1. Capacity follows what is known, with lead times and notice.
 * - Commitment mode: the committed years settle N(t), within the band ±b where the revision
 *   clamped to the band lets them vary; known from the start. Later years are yearly.
 * Both modes see the same draws, so their difference is the value of predictability, not noise.
 */
export interface SimulationOptions {
  readonly paths: number;
  readonly seed: number;
  /** 1 = the record's variation as observed; 0 = every factor 1 (both modes the same). */
  readonly volatility: number;
  /** Persons a year under the commitment; null = the plan's own numbers. */
  readonly commitmentPerYear: number | null;
  /** ± band of the commitment, as a share of the number (0 = exactly it). */
  readonly band: number;
  /** Years K the commitment runs from the start year; null = through the plan's last year with persons. */
  readonly commitmentYears: number | null;
  readonly dwellingLeadMonths: number;
  readonly placeLeadMonths: number;
  readonly releaseNoticeMonths: number;
  /** Month (1–12) in which an in-year revision becomes known. */
  readonly revisionMonth: number;
}

export const DEFAULT_SIMULATION: SimulationOptions = {
  paths: 10_000,
  seed: 2026,
  volatility: 1,
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
  /** The expected level per plan year both modes share: N(t), or C in the committed years. */
  readonly plannedPerYear: readonly number[];
  /** Years the commitment covers, from the start year. */
  readonly commitmentYears: number;
  readonly band: number;
  /** The plan limits programme places in at least one year (else places are not compared). */
  readonly placesLimited: boolean;
  readonly yearly: ModeSummary;
  readonly commitment: ModeSummary;
  /** Per path, yearly mode minus commitment mode, summed over the horizon: its quantiles. */
  readonly difference: Readonly<Record<Metric, Quantiles>>;
}

/** What each path gave, per metric: row p × H + y for path p (from the part's first) and plan year y. */
export interface PathRows {
  readonly yearly: Readonly<Record<Metric, Float64Array>>;
  /** The same rows; only the first where the commitment is the same on every path (no band, every year committed). */
  readonly commitment: Readonly<Record<Metric, Float64Array>>;
}

/**
 * Part `index` of `of` evaluates the paths ⌊index × paths ÷ of⌋ to ⌊(index + 1) × paths ÷ of⌋
 * (the draws are those of the whole run), so that parts can run in parallel, and their rows,
 * joined in order, are exactly those of one run.
 */
export interface SimulationPart {
  readonly index: number;
  readonly of: number;
}

export interface Simulation {
  /** Paths in this part. */
  readonly total: number;
  /** Evaluates the next `count` paths; returns how many are done. */
  step(count: number): number;
  /** This part's rows, as far as done. */
  rows(): PathRows;
  /** The summary of this part's paths followed by the later parts' `rows`, in order. */
  result(later?: readonly PathRows[]): SimulationResult;
}

/** The paths of part `part` of a run of `paths`: [from, to). */
export function partRange(paths: number, part: SimulationPart): { readonly from: number; readonly to: number } {
  const share = (i: number) => Math.floor((i * paths) / part.of);
  return { from: share(part.index), to: share(part.index + 1) };
}

const store = (rows: number): Record<Metric, Float64Array> =>
  Object.fromEntries(METRICS.map((m) => [m, new Float64Array(rows)])) as Record<Metric, Float64Array>;

/** Draws every path's factors (cheap), then evaluates them in steps. */
export function createSimulation(
  scenario: Scenario,
  reference: ReferenceData,
  record: readonly NationalRecordYear[],
  options: SimulationOptions,
  part: SimulationPart = { index: 0, of: 1 },
): Simulation {
  const kernels: Kernels = buildKernels(scenario, reference);
  const H = kernels.horizon;
  const paths = Math.max(1, Math.floor(options.paths));
  const K = Math.min(H, Math.max(0, Math.floor(options.commitmentYears ?? defaultCommitmentYears(scenario))));
  const own = plannedLevel(scenario);
  const level = own.map((n, t) => (t < K && options.commitmentPerYear !== null ? options.commitmentPerYear : n));
  const dwellings = availableDwellings(scenario.housing, scenario.startYear, H * 12);
  // Capacity and the need it was built for are the plan's own numbers, whatever C is.
  const plan = planCapacity(kernels, own, dwellings, scenario.years.map((y) => y.programmePlaces));
  const { changes, revisions } = factorsOf(nationalHistory(record), Math.max(0, options.volatility));
  const inBand = bandFactors(revisions, Math.max(0, options.band));
  const draws = drawIndices(changes.length, revisions.length, H, paths, options.seed);
  const { from, to } = partRange(paths, part);
  const count = to - from;
  // Without a band over the whole horizon the commitment mode is the same on every path: one row.
  const fixedCommitment = options.band <= 0 && K === H;
  const yearly = store(count * H);
  const commitment = store((fixedCommitment ? Math.min(count, 1) : count) * H);
  const evaluate = pathEvaluator(kernels, scenario, plan, options);
  const yKnown = new Float64Array(H);
  const ySettled = new Float64Array(H);
  const cKnown = new Float64Array(H);
  const cSettled = new Float64Array(H);
  const yFrom = Float64Array.from({ length: H }, (_, t) => 12 * t - 3);
  const cFrom = Float64Array.from({ length: H }, (_, t) => (t < K ? -3 : 12 * t - 3));
  const yearlyInput: PathInput = { known: yKnown, settled: ySettled, knownFrom: yFrom };
  const commitmentInput: PathInput = { known: cKnown, settled: cSettled, knownFrom: cFrom };
  let done = 0;
  const upTo = (metrics: Record<Metric, Float64Array>) =>
    Object.fromEntries(METRICS.map((m) => [m, metrics[m].subarray(0, done * H)])) as Record<Metric, Float64Array>;
  const rows = (): PathRows => ({ yearly: upTo(yearly), commitment: fixedCommitment ? commitment : upTo(commitment) });
  return {
    total: count,
    step(n) {
      const end = Math.min(count, done + n);
      for (let p = done; p < end; p++) {
        for (let t = 0; t < H; t++) {
          const i = (from + p) * H + t;
          const f = changes[draws.change[i] ?? 0] ?? 1;
          const r = revisions[draws.revision[i] ?? 0] ?? 1;
          const n = level[t] ?? 0;
          yKnown[t] = n * f;
          ySettled[t] = n * f * r;
          cKnown[t] = t < K ? n : n * f;
          cSettled[t] = t < K ? n * (inBand[draws.revision[i] ?? 0] ?? 1) : n * f * r;
        }
        evaluate(yearlyInput, yearly, p);
        if (!fixedCommitment || p === 0) evaluate(commitmentInput, commitment, p);
      }
      done = end;
      return done;
    },
    rows,
    result(later = []) {
      // The parts' rows are read where they are, in order: joining them would copy every row of both modes.
      const all = [upTo(yearly), ...later.map((r) => r.yearly)];
      const n = all.reduce((a, part) => a + part.settled.length, 0) / H;
      // A commitment the same on every path is summarised from one row (stride 0), not copied to each.
      const commitments = fixedCommitment
        ? (done > 0 ? commitment : later.find((r) => r.commitment.settled.length > 0)?.commitment ?? commitment)
        : [upTo(commitment), ...later.map((r) => r.commitment)];
      const stride = fixedCommitment ? 0 : H;
      return {
        paths: n,
        plannedPerYear: level,
        commitmentYears: K,
        band: Math.max(0, options.band),
        placesLimited: scenario.years.some((y) => y.programmePlaces !== null),
        yearly: summarise(all, n, H),
        commitment: summarise(commitments, n, H, stride),
        difference: differences(all, commitments, n, H, stride),
      };
    },
  };
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

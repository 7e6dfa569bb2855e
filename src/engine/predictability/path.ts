import type { Scenario } from '../scenario';
import { capacityPath, needPath, type Target } from './capacity';
import type { Kernels } from './kernel';
import type { SimulationOptions } from './simulate';

/** What is recorded per path and plan year. Unit-months are summed over the year's months. */
export const METRICS = [
  'settled',
  'income',
  'cost',
  'net',
  'dwellingMonthsShort',
  'dwellingMonthsIdle',
  'placeMonthsShort',
  'placeMonthsIdle',
  'mismatchCost',
] as const;
export type Metric = (typeof METRICS)[number];

export interface PathScratch {
  readonly need: Float64Array;
  readonly available: Float64Array;
  readonly participants: Float64Array;
  readonly places: Float64Array;
  readonly targets: Target[];
}

export function newScratch(horizon: number): PathScratch {
  const months = horizon * 12;
  return {
    need: new Float64Array(months),
    available: new Float64Array(months),
    participants: new Float64Array(months),
    places: new Float64Array(months),
    targets: [],
  };
}

export interface PathInput {
  /** Plan years under the commitment (from the start); later years follow the yearly requests. */
  readonly committedYears: number;
  /** Persons requested (yearly) or committed (commitment) per year: what capacity is planned for. */
  readonly requests: ArrayLike<number>;
  readonly settled: ArrayLike<number>;
}

/**
 * What the municipality plans its capacity for, month by month. Both modes stage capacity to
 * the need they expect; they differ in what they know and when. Yearly mode: year t's request
 * is known in October of t − 1 (the first year's at the start), a revision from the revision
 * month of t on. Commitment mode: every committed year is known from the start. `need` holds the need
 * from the persons actually settled; the need expected for month m of year t if year t
 * settles `assumed` is need[m] + (assumed − settled[t]) × kernel[t][m].
 */
function plan(kernel: readonly Float64Array[], need: Float64Array, input: PathInput, lead: number, revisionMonth: number, out: Target[]): Target[] {
  out.length = 0;
  const H = kernel.length;
  for (let t = 0; t < H; t++) {
    const own = kernel[t];
    const settled = input.settled[t] ?? 0;
    const requested = input.requests[t] ?? 0;
    const committed = t < input.committedYears;
    const revised = !committed && settled !== requested;
    const knownAt = t === 0 || committed ? -lead : 12 * t - 3;
    for (let m = t * 12; m < t * 12 + 12; m++) {
      const late = revised && m >= 12 * t + revisionMonth - 1;
      const assumed = late ? settled : requested;
      out.push({ month: m, level: (need[m] ?? 0) + (assumed - settled) * (own?.[m] ?? 0), knownAt: late ? 12 * t + revisionMonth - 1 : knownAt });
    }
  }
  return out;
}

/** Evaluates one path of one mode and writes its yearly metrics at row `p` of `store`. */
export function evaluatePath(
  k: Kernels,
  scenario: Scenario,
  o: Pick<SimulationOptions, 'dwellingLeadMonths' | 'placeLeadMonths' | 'releaseNoticeMonths' | 'revisionMonth'>,
  input: PathInput,
  s: PathScratch,
  store: Record<Metric, Float64Array>,
  p: number,
): void {
  const H = k.horizon;
  const c = scenario.costs;
  needPath(input.settled, k.households, s.need);
  capacityPath(0, plan(k.households, s.need, input, o.dwellingLeadMonths, o.revisionMonth, s.targets), o.dwellingLeadMonths, o.releaseNoticeMonths, s.available);
  needPath(input.settled, k.participants, s.participants);
  capacityPath(0, plan(k.participants, s.participants, input, o.placeLeadMonths, o.revisionMonth, s.targets), o.placeLeadMonths, o.releaseNoticeMonths, s.places);
  for (let y = 0; y < H; y++) {
    let income = 0;
    let cost = (c.administrationPerYear ?? 0);
    for (let cohort = 0; cohort <= y; cohort++) {
      const n = input.settled[cohort] ?? 0;
      income += n * (k.income[cohort]?.[y] ?? 0);
      cost += n * (k.linearCost[cohort]?.[y] ?? 0);
    }
    income += Math.max(0, (input.settled[y] ?? 0) - (input.requests[y] ?? 0)) * (k.aboveRequestRate[y] ?? 0);
    let short = 0;
    let idle = 0;
    let occupied = 0;
    let placeShort = 0;
    let placeIdle = 0;
    let placeMonths = 0;
    for (let t = y * 12; t < y * 12 + 12; t++) {
      const need = s.need[t] ?? 0;
      const have = s.available[t] ?? 0;
      short += Math.max(0, need - have);
      idle += Math.max(0, have - need);
      occupied += Math.min(need, have);
      const part = s.participants[t] ?? 0;
      const places = s.places[t] ?? 0;
      placeShort += Math.max(0, part - places);
      placeIdle += Math.max(0, places - part);
      placeMonths += places;
    }
    const mismatch = c.idleUnitCostPerMonth * idle + c.emergencyHousingPremiumPerHouseholdMonth * short;
    cost += c.housingNetCostPerUnitMonth * occupied + mismatch + (c.programmeCostPerPlaceYear * placeMonths) / 12;
    const row = p * H + y;
    store.settled[row] = input.settled[y] ?? 0;
    store.income[row] = income;
    store.cost[row] = cost;
    store.net[row] = income - cost;
    store.dwellingMonthsShort[row] = short;
    store.dwellingMonthsIdle[row] = idle;
    store.placeMonthsShort[row] = placeShort;
    store.placeMonthsIdle[row] = placeIdle;
    store.mismatchCost[row] = mismatch;
  }
}

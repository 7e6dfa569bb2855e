import type { Scenario } from '../scenario';
import { adjustments, needPath, newAdjustScratch, type AdjustScratch } from './capacity';
import type { Kernels } from './kernel';

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

/**
 * The plan as both modes start from it: its level of persons per year, its capacity month by
 * month (places: NaN in a month without a limit) and the need its own level gives.
 */
export interface PlanCapacity {
  readonly level: Float64Array;
  readonly dwellings: Float64Array;
  readonly places: Float64Array;
  readonly householdsAtLevel: Float64Array;
  readonly participantsAtLevel: Float64Array;
  /** Some month has a place limit: only then are places followed month by month. */
  readonly placesLimited: boolean;
}

export function planCapacity(k: Kernels, level: ArrayLike<number>, dwellings: Float64Array, placesPerYear: readonly (number | null)[]): PlanCapacity {
  const months = k.horizon * 12;
  const lvl = Float64Array.from({ length: k.horizon }, (_, t) => level[t] ?? 0);
  const places = Float64Array.from({ length: months }, (_, m) => placesPerYear[Math.floor(m / 12)] ?? Number.NaN);
  return {
    level: lvl,
    dwellings,
    places,
    placesLimited: places.some((x) => !Number.isNaN(x)),
    householdsAtLevel: needPath(lvl, k.households, new Float64Array(months)),
    participantsAtLevel: needPath(lvl, k.participants, new Float64Array(months)),
  };
}

export interface PathScratch {
  readonly need: Float64Array;
  readonly available: Float64Array;
  readonly participants: Float64Array;
  readonly places: Float64Array;
  readonly target: Float64Array;
  readonly knownAt: Int32Array;
  readonly adjust: AdjustScratch;
}

export function newScratch(horizon: number): PathScratch {
  const months = horizon * 12;
  return {
    need: new Float64Array(months),
    available: new Float64Array(months),
    participants: new Float64Array(months),
    places: new Float64Array(months),
    target: new Float64Array(months),
    knownAt: new Int32Array(months),
    adjust: newAdjustScratch(months),
  };
}

/** One mode on one path: what is known when, and what is settled. */
export interface PathInput {
  /** Persons the municipality expects to settle in each year, before the in-year revision. */
  readonly known: ArrayLike<number>;
  readonly settled: ArrayLike<number>;
  /** Month (from the start) from which year t's expected number is known. */
  readonly knownFrom: ArrayLike<number>;
}

export interface CapacityOptions {
  readonly dwellingLeadMonths: number;
  readonly placeLeadMonths: number;
  readonly releaseNoticeMonths: number;
  /** Month (1–12) in which an in-year revision becomes known. */
  readonly revisionMonth: number;
}

/** One kernel per cohort laid end to end: [c × months + t], so the path loops read one array. */
function flatten(kernel: readonly Float64Array[], months: number): Float64Array {
  const flat = new Float64Array(kernel.length * months);
  kernel.forEach((row, c) => flat.set(row.subarray(0, months), c * months));
  return flat;
}

/** Need in every month from the persons settled per year: Σ_c settled[c] × kernel[c × months + t]. */
function needOf(settled: ArrayLike<number>, kernel: Float64Array, H: number, out: Float64Array): void {
  const months = out.length;
  out.fill(0);
  for (let c = 0; c < H; c++) {
    const n = settled[c] ?? 0;
    if (n === 0) continue;
    const base = c * months;
    for (let t = c * 12; t < months; t++) out[t] = (out[t] ?? 0) + n * (kernel[base + t] ?? 0);
  }
}

/**
 * The change to the plan's capacity the municipality wants each month, and when it knows it:
 * the need it expects (the year's expected number until the revision is known, the number
 * settled from then on) minus the need of the plan's level. A fall releases only what the
 * expected need leaves over of the plan's capacity: units the plan lacks are never given up.
 * Then the capacity the mode has each month: the plan's own, changed as the mode learns.
 */
function follow(
  plan: Float64Array,
  need: Float64Array,
  atLevel: Float64Array,
  kernel: Float64Array,
  input: PathInput,
  lead: number,
  o: CapacityOptions,
  s: PathScratch,
  out: Float64Array,
): void {
  const months = need.length;
  const target = s.target;
  const knownAt = s.knownAt;
  for (let t = 0; t * 12 < months; t++) {
    const surprise = (input.settled[t] ?? 0) - (input.known[t] ?? 0);
    const revisedAt = 12 * t + o.revisionMonth - 1;
    const knownFrom = input.knownFrom[t] ?? 0;
    const base = t * months;
    const end = Math.min(months, 12 * t + 12);
    for (let m = 12 * t; m < end; m++) {
      const before = surprise !== 0 && m < revisedAt;
      const expected = before ? (need[m] ?? 0) - surprise * (kernel[base + m] ?? 0) : (need[m] ?? 0);
      let change = expected - (atLevel[m] ?? 0);
      const cap = plan[m] ?? 0;
      if (change < 0) change = Math.max(change, Math.min(0, expected - cap));
      target[m] = Number.isNaN(cap) ? 0 : change;
      knownAt[m] = surprise !== 0 && !before ? revisedAt : knownFrom;
    }
  }
  adjustments(target, knownAt, lead, o.releaseNoticeMonths, s.adjust, out, plan);
}

/** Evaluates one path of one mode and writes its yearly metrics at row `p` of `store`. */
export type PathEvaluator = (input: PathInput, store: Record<Metric, Float64Array>, p: number) => void;

/**
 * Everything that is the same on every path prepared once (kernels laid flat, the costs read
 * out), so that the evaluation of a path is loops over typed arrays only.
 */
export function pathEvaluator(k: Kernels, scenario: Scenario, plan: PlanCapacity, o: CapacityOptions): PathEvaluator {
  const H = k.horizon;
  const months = H * 12;
  const c = scenario.costs;
  const households = flatten(k.households, months);
  const participantsKernel = flatten(k.participants, months);
  const income = flatten(k.income, H);
  const linearCost = flatten(k.linearCost, H);
  const aboveRequest = Float64Array.from({ length: H }, (_, y) => k.aboveRequestRate[y] ?? 0);
  const { fixedIncome, fixedLinearCost } = k;
  const s = newScratch(H);
  // Participants matter for places only where the plan limits them, and for the cost per place.
  const participants = plan.placesLimited || c.programmeCostPerPlaceYear > 0;
  const unlimited = Uint8Array.from(plan.places, (x) => (Number.isNaN(x) ? 1 : 0));
  const { administrationPerYear, idleUnitCostPerMonth, emergencyHousingPremiumPerHouseholdMonth, housingNetCostPerUnitMonth } = c;
  const placeCostPerYear = c.programmeCostPerPlaceYear;
  return (input, store, p) => {
    const { need, available } = s;
    needOf(input.settled, households, H, need);
    follow(plan.dwellings, need, plan.householdsAtLevel, households, input, o.dwellingLeadMonths, o, s, available);
    if (participants) needOf(input.settled, participantsKernel, H, s.participants);
    if (plan.placesLimited) follow(plan.places, s.participants, plan.participantsAtLevel, participantsKernel, input, o.placeLeadMonths, o, s, s.places);
    for (let y = 0; y < H; y++) {
      let inc = fixedIncome[y] ?? 0;
      let cost = administrationPerYear + (fixedLinearCost[y] ?? 0);
      for (let cohort = 0; cohort <= y; cohort++) {
        const n = input.settled[cohort] ?? 0;
        inc += n * (income[cohort * H + y] ?? 0);
        cost += n * (linearCost[cohort * H + y] ?? 0);
      }
      const settled = input.settled[y] ?? 0;
      inc += Math.max(0, settled - (input.known[y] ?? 0)) * (aboveRequest[y] ?? 0);
      let short = 0;
      let idle = 0;
      let occupied = 0;
      let placeShort = 0;
      let placeIdle = 0;
      let placeMonths = 0;
      for (let t = y * 12; t < y * 12 + 12; t++) {
        const n = need[t] ?? 0;
        const have = available[t] ?? 0;
        if (n > have) {
          short += n - have;
          occupied += have;
        } else {
          idle += have - n;
          occupied += n;
        }
        if (!participants) continue;
        const part = s.participants[t] ?? 0;
        if (unlimited[t] === 1) {
          placeMonths += part;
          continue;
        }
        const places = s.places[t] ?? 0;
        if (part > places) placeShort += part - places;
        else placeIdle += places - part;
        placeMonths += places;
      }
      // Capacity that does not match need: idle dwellings, households in temporary housing, idle places.
      const mismatch = idleUnitCostPerMonth * idle + emergencyHousingPremiumPerHouseholdMonth * short + (placeCostPerYear * placeIdle) / 12;
      cost += housingNetCostPerUnitMonth * occupied + mismatch + (placeCostPerYear * placeMonths) / 12;
      const row = p * H + y;
      store.settled[row] = settled;
      store.income[row] = inc;
      store.cost[row] = cost;
      store.net[row] = inc - cost;
      store.dwellingMonthsShort[row] = short;
      store.dwellingMonthsIdle[row] = idle;
      store.placeMonthsShort[row] = placeShort;
      store.placeMonthsIdle[row] = placeIdle;
      store.mismatchCost[row] = mismatch;
    }
  };
}

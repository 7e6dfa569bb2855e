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

/**
 * The change to the plan's capacity the municipality wants each month, and when it knows it:
 * the need it expects (the year's expected number until the revision is known, the number
 * settled from then on) minus the need of the plan's level. A fall releases only what the
 * expected need leaves over of the plan's capacity: units the plan lacks are never given up.
 */
function targets(need: Float64Array, atLevel: Float64Array, capacity: Float64Array, kernel: readonly Float64Array[], input: PathInput, revisionMonth: number, s: PathScratch): void {
  const months = need.length;
  for (let m = 0; m < months; m++) {
    const t = (m / 12) | 0;
    const surprise = (input.settled[t] ?? 0) - (input.known[t] ?? 0);
    const revisedAt = 12 * t + revisionMonth - 1;
    const before = surprise !== 0 && m < revisedAt;
    const expected = before ? (need[m] ?? 0) - surprise * (kernel[t]?.[m] ?? 0) : (need[m] ?? 0);
    let change = expected - (atLevel[m] ?? 0);
    const cap = capacity[m] ?? 0;
    if (change < 0) change = Math.max(change, Math.min(0, expected - cap));
    s.target[m] = Number.isNaN(cap) ? 0 : change;
    s.knownAt[m] = surprise !== 0 && !before ? revisedAt : (input.knownFrom[t] ?? 0);
  }
}

/** Capacity the mode has each month: the plan's own, changed as the mode learns its numbers. */
function followed(
  plan: Float64Array,
  need: Float64Array,
  atLevel: Float64Array,
  kernel: readonly Float64Array[],
  input: PathInput,
  lead: number,
  o: CapacityOptions,
  s: PathScratch,
  out: Float64Array,
): void {
  targets(need, atLevel, plan, kernel, input, o.revisionMonth, s);
  adjustments(s.target, s.knownAt, lead, o.releaseNoticeMonths, s.adjust, out);
  for (let m = 0; m < out.length; m++) out[m] = Math.max(0, (plan[m] ?? 0) + (out[m] ?? 0));
}

/** Evaluates one path of one mode and writes its yearly metrics at row `p` of `store`. */
export function evaluatePath(
  k: Kernels,
  scenario: Scenario,
  plan: PlanCapacity,
  o: CapacityOptions,
  input: PathInput,
  s: PathScratch,
  store: Record<Metric, Float64Array>,
  p: number,
): void {
  const H = k.horizon;
  const c = scenario.costs;
  needPath(input.settled, k.households, s.need);
  followed(plan.dwellings, s.need, plan.householdsAtLevel, k.households, input, o.dwellingLeadMonths, o, s, s.available);
  // Participants matter for places only where the plan limits them, and for the cost per place.
  const participants = plan.placesLimited || c.programmeCostPerPlaceYear > 0;
  if (participants) needPath(input.settled, k.participants, s.participants);
  if (plan.placesLimited) followed(plan.places, s.participants, plan.participantsAtLevel, k.participants, input, o.placeLeadMonths, o, s, s.places);
  for (let y = 0; y < H; y++) {
    let income = 0;
    let cost = c.administrationPerYear;
    for (let cohort = 0; cohort <= y; cohort++) {
      const n = input.settled[cohort] ?? 0;
      income += n * (k.income[cohort]?.[y] ?? 0);
      cost += n * (k.linearCost[cohort]?.[y] ?? 0);
    }
    income += Math.max(0, (input.settled[y] ?? 0) - (input.known[y] ?? 0)) * (k.aboveRequestRate[y] ?? 0);
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
      if (!participants) continue;
      const part = s.participants[t] ?? 0;
      if (Number.isNaN(plan.places[t])) {
        placeMonths += part;
        continue;
      }
      const places = s.places[t] ?? 0;
      placeShort += Math.max(0, part - places);
      placeIdle += Math.max(0, places - part);
      placeMonths += places;
    }
    // Capacity that does not match need: idle dwellings, households in temporary housing, idle places.
    const mismatch = c.idleUnitCostPerMonth * idle + c.emergencyHousingPremiumPerHouseholdMonth * short + (c.programmeCostPerPlaceYear * placeIdle) / 12;
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

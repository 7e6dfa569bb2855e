import { availableDwellings } from './housing';
import { buildKernels, type Kernels } from './predictability/kernel';
import { needPath } from './predictability/capacity';
import { defaultCommitmentYears, plannedLevel } from './predictability/plan-level';
import type { Scenario } from './scenario';
import type { ReferenceData } from './types';

/**
 * What a commitment needs (docs/model.md#what-a-commitment-needs; the inverse of max-commitment.ts): for
 * the number a year the planner commits to, with its band, the dwellings and programme places
 * to add to the plan, and by when, so that no month falls short. Need is the engine's, at the
 * top of the band (C × (1 + b)) in the committed years and at the plan's level after them.
 * The shortfall's running maximum, rounded up to whole units, rises month by month; what it
 * rises by within a calendar year is one addition, ready by the first month of that year that
 * would fall short (units added stay, so a later month short by less needs nothing more).
 */
export interface Addition {
  /** First month (`2027-03`) the units must be ready. */
  readonly readyBy: string;
  readonly units: number;
  /** Month to order or decide them, one lead time before; before the start = already late. */
  readonly orderBy: string;
  readonly late: boolean;
}

export interface CommitmentNeeds {
  /** Persons a year committed to (the plan's own level when null was given: its mean). */
  readonly perYear: readonly number[];
  readonly band: number;
  readonly dwellings: readonly Addition[];
  /** Empty where the plan sets no place limit. */
  readonly places: readonly Addition[];
  readonly dwellingsTotal: number;
  readonly placesTotal: number;
  readonly placesLimited: boolean;
}

export interface CommitmentRequest {
  /** Persons a year; null = the plan's own numbers. */
  readonly perYear: number | null;
  readonly band: number;
  /** Years the commitment covers from the start; null = through the plan's last year with persons. */
  readonly years: number | null;
  readonly dwellingLeadMonths: number;
  readonly placeLeadMonths: number;
}

/** `2026-01` for month index 0 of a plan starting in 2026; negative indexes run before it. */
export function monthKey(startYear: number, index: number): string {
  const year = startYear + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Tolerance: the kernels carry the engine's six-decimal output. */
const EPS = 1e-6;

function additions(need: Float64Array, capacity: (m: number) => number | null, lead: number, startYear: number): Addition[] {
  const out: Addition[] = [];
  let added = 0;
  for (let m = 0; m < need.length; m++) {
    const cap = capacity(m);
    if (cap === null) continue;
    const short = Math.ceil((need[m] ?? 0) - cap - EPS);
    if (short > added) {
      const last = out[out.length - 1];
      if (last && last.readyBy.slice(0, 4) === monthKey(startYear, m).slice(0, 4)) out[out.length - 1] = { ...last, units: last.units + short - added };
      else out.push({ readyBy: monthKey(startYear, m), units: short - added, orderBy: monthKey(startYear, m - lead), late: m - lead < 0 });
      added = short;
    }
  }
  return out;
}

export function commitmentNeeds(scenario: Scenario, reference: ReferenceData, request: CommitmentRequest, kernels: Kernels = buildKernels(scenario, reference)): CommitmentNeeds {
  const H = scenario.years.length;
  const K = Math.min(H, Math.max(0, Math.floor(request.years ?? defaultCommitmentYears(scenario))));
  const band = Math.max(0, request.band);
  const own = plannedLevel(scenario);
  const perYear = own.map((n, t) => (t < K && request.perYear !== null ? request.perYear : n));
  const top = perYear.map((n, t) => (t < K ? n * (1 + band) : n));
  const months = H * 12;
  const households = needPath(top, kernels.households, new Float64Array(months));
  const participants = needPath(top, kernels.participants, new Float64Array(months));
  const dwellings = availableDwellings(scenario.housing, scenario.startYear, months);
  const placesLimited = scenario.years.some((y) => y.programmePlaces !== null);
  const d = additions(households, (m) => dwellings[m] ?? 0, request.dwellingLeadMonths, scenario.startYear);
  const p = additions(participants, (m) => scenario.years[Math.floor(m / 12)]?.programmePlaces ?? null, request.placeLeadMonths, scenario.startYear);
  const sum = (list: readonly Addition[]) => list.reduce((s, a) => s + a.units, 0);
  return { perYear, band, dwellings: d, places: p, dwellingsTotal: sum(d), placesTotal: sum(p), placesLimited };
}

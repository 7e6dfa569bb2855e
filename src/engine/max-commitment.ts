import { availableDwellings } from './housing';
import { monthKeys } from './months';
import { buildKernels, type Kernels } from './predictability/kernel';
import type { Scenario } from './scenario';
import type { ReferenceData } from './types';

/**
 * The largest commitment capacity allows (docs/model.md#largest-commitment-capacity-allows): the
 * largest steady number C a year, in the scenario's mix of persons, that the dwellings (stock,
 * pipeline, releases) and the programme places of the scenario carry with no month of shortage.
 * Need is linear in C (households(t) = C × Σ_c kernel[c][t]), so C = ⌊min over months of capacity ÷
 * need per person a year⌋, and the binding constraint is the one with the smaller limit. With a
 * band («up to b more»), the largest C such that C × (1 + b) has no shortage: ⌊limit ÷ (1 + b)⌋.
 */
export interface MaxCommitment {
  /** Persons a year; null when nothing binds (no one needs a dwelling or a place). */
  readonly perYear: number | null;
  readonly binding: 'housing' | 'places' | null;
  /** First month (`2027-08`) with a shortage at (C + 1) × (1 + band). */
  readonly bindsFrom: string | null;
  /** The limit each constraint sets on its own (persons a year, unrounded); null = none. */
  readonly housingLimit: number | null;
  readonly placesLimit: number | null;
}

/** Tolerance for need equal to capacity: the kernels carry the engine's six-decimal output. */
const EPS = 1e-7;

function perPersonYear(kernel: readonly Float64Array[], months: number): Float64Array {
  const out = new Float64Array(months);
  for (const row of kernel) for (let t = 0; t < months; t++) out[t] = (out[t] ?? 0) + (row[t] ?? 0);
  return out;
}

function limit(capacity: (t: number) => number | null, need: Float64Array): number | null {
  let best: number | null = null;
  for (let t = 0; t < need.length; t++) {
    const cap = capacity(t);
    const n = need[t] ?? 0;
    if (cap === null || n <= EPS) continue;
    const c = cap / n;
    if (best === null || c < best) best = c;
  }
  return best;
}

function firstShort(capacity: (t: number) => number | null, need: Float64Array, c: number): number | null {
  for (let t = 0; t < need.length; t++) {
    const cap = capacity(t);
    if (cap !== null && c * (need[t] ?? 0) > cap + EPS) return t;
  }
  return null;
}

export function maxCommitment(scenario: Scenario, reference: ReferenceData, kernels: Kernels = buildKernels(scenario, reference), band = 0): MaxCommitment {
  const months = scenario.years.length * 12;
  const dwellings = availableDwellings(scenario.housing, scenario.startYear, months);
  const households = perPersonYear(kernels.households, months);
  const participants = perPersonYear(kernels.participants, months);
  const housingCap = (t: number) => dwellings[t] ?? 0;
  const placesCap = (t: number) => scenario.years[Math.floor(t / 12)]?.programmePlaces ?? null;
  const housingLimit = limit(housingCap, households);
  const placesLimit = limit(placesCap, participants);
  if (housingLimit === null && placesLimit === null) {
    return { perYear: null, binding: null, bindsFrom: null, housingLimit, placesLimit };
  }
  const binding = placesLimit === null || (housingLimit !== null && housingLimit <= placesLimit) ? 'housing' : 'places';
  const top = 1 + Math.max(0, band);
  const perYear = Math.floor(Math.min(housingLimit ?? Infinity, placesLimit ?? Infinity) / top + EPS);
  const next = (perYear + 1) * top;
  const t = binding === 'housing' ? firstShort(housingCap, households, next) : firstShort(placesCap, participants, next);
  return {
    perYear,
    binding,
    bindsFrom: t === null ? null : (monthKeys(scenario.startYear, scenario.years.length)[t] ?? null),
    housingLimit,
    placesLimit,
  };
}

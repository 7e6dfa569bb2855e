import { addMonths, lightFormat } from 'date-fns';

/**
 * Month arithmetic of the plan. Month index 0 is January of the start year; the plan runs
 * 12 × horizon months. Dates are built from the scenario's years, never from the clock.
 */

const keyCache = new Map<string, readonly string[]>();

/** ISO month keys (`2026-01`) for every month of the plan; memoised, since plans repeat. */
export function monthKeys(startYear: number, horizonYears: number): readonly string[] {
  const cacheKey = `${startYear}:${horizonYears}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const first = new Date(startYear, 0, 1);
  const keys = Array.from({ length: horizonYears * 12 }, (_, i) => lightFormat(addMonths(first, i), 'yyyy-MM'));
  keyCache.set(cacheKey, keys);
  return keys;
}

/**
 * Index of `month` (1–12) of `year` plus `plusMonths`, counted from January of `startYear`:
 * (year − startYear) × 12 + (month − 1) + plusMonths. Whole numbers in, so no calendar is needed
 * (the engine's hot path builds no Date).
 */
export function monthIndex(startYear: number, year: number, month: number, plusMonths = 0): number {
  return (year - startYear) * 12 + (month - 1) + plusMonths;
}

/** Sum of `values` over the twelve months of plan year `yearIndex`. */
export function sumYear(values: ArrayLike<number>, yearIndex: number): number {
  let sum = 0;
  for (let m = yearIndex * 12; m < yearIndex * 12 + 12; m++) sum += values[m] ?? 0;
  return sum;
}

/** Weights scaled to sum to one (all zero → even). */
export function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map(() => 1 / weights.length);
  return weights.map((w) => w / total);
}

import type { MonthlyArrivals, MonthlyReunified } from './arrivals';
import { sumYear } from './months';
import type { Persons } from './types';

/**
 * Cohorts: everyone who arrived in the same plan year (docs/model.md#cohorts).
 * Year of residence n = Y − c + 1, where c is the cohort's year and Y the budget year.
 */
export interface Cohort {
  readonly singleAdults: Persons;
  readonly adultsInFamilies: Persons;
  readonly children: Persons;
  readonly minors: Persons;
  readonly reunifiedAdults: Persons;
  readonly reunifiedChildren: Persons;
}

/**
 * The cohort of each plan year, summed from the monthly arrivals. The sums are rounded to
 * 1e-9 persons: twelve twelfths must give back the whole person the planner entered, or a
 * grant of exactly x.5 kroner would round down instead of up.
 */
export function cohortsByYear(settled: MonthlyArrivals, reunified: MonthlyReunified): Cohort[] {
  const years = settled.singleAdults.length / 12;
  const sum = (monthly: ArrayLike<number>, y: number) => Math.round(sumYear(monthly, y) * 1e9) / 1e9;
  const cohorts: Cohort[] = [];
  for (let y = 0; y < years; y++) {
    cohorts.push({
      singleAdults: sum(settled.singleAdults, y),
      adultsInFamilies: sum(settled.adultsInFamilies, y),
      children: sum(settled.children, y),
      minors: sum(settled.minors, y),
      reunifiedAdults: sum(reunified.adults, y),
      reunifiedChildren: sum(reunified.children, y),
    });
  }
  return cohorts;
}

/** Persons settled in the cohort, unaccompanied minors included, the reunified not. */
export function settledPersons(c: Cohort): Persons {
  return c.singleAdults + c.adultsInFamilies + c.children + c.minors;
}

/** Everyone in the cohort. */
export function cohortPersons(c: Cohort): Persons {
  return settledPersons(c) + c.reunifiedAdults + c.reunifiedChildren;
}

/** Adults who arrived in the cohort (single, in families, reunified). */
export function cohortAdults(c: Cohort): Persons {
  return c.singleAdults + c.adultsInFamilies + c.reunifiedAdults;
}

/**
 * Persons in budget year `y` by year of residence 1–5, then 6 and later. Summed, the buckets
 * equal everyone who has arrived up to and including year `y` (persons are conserved).
 */
export function byYearOfResidence(
  cohorts: readonly Cohort[],
  y: number,
): [Persons, Persons, Persons, Persons, Persons, Persons] {
  const buckets: [Persons, Persons, Persons, Persons, Persons, Persons] = [0, 0, 0, 0, 0, 0];
  for (let c = 0; c <= y; c++) {
    const cohort = cohorts[c];
    if (!cohort) continue;
    const n = Math.min(y - c + 1, 6);
    buckets[n - 1] = (buckets[n - 1] ?? 0) + cohortPersons(cohort);
  }
  return buckets;
}

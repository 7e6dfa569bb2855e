import { cohortPersons, type Cohort } from './cohorts';
import { freshFloats, type Floats } from './floats';
import type { HousingResult } from './housing';
import { staying } from './leaving';
import { sumYear } from './months';
import type { ProgrammeResult } from './programme';
import type { CostLineId } from './projection';
import type { Scenario } from './scenario';

/**
 * Cost lines (docs/model.md#cost-lines). Every unit cost defaults to zero, so the budget
 * never shows invented costs; the introduction benefit is computed (programme.ts).
 * - programme running cost = cost per place-year × place-months / 12 (participant-months where
 *   no places are set);
 * - housing net cost = per unit-month × occupied unit-months, occupied = min(needed, available);
 * - idle units = per unit-month × idle unit-months;
 * - emergency housing = premium per household-month × shortage household-months;
 * - social assistance = per person-year by year of residence 1–5 × persons still here (minors
 *   excluded; × S(n), leaving.ts);
 * - other services (health, care, school, kindergarten; KS finds them under-covered)
 *   = per person-year by year of residence 1–5 × persons still here, minors included;
 * - care of unaccompanied minors = per minor-year × minor-years (the grant's basis);
 * - administration = the yearly amount entered.
 */
export function costLines(
  scenario: Scenario,
  cohorts: readonly Cohort[],
  housing: HousingResult,
  programme: ProgrammeResult,
  minorYears: ArrayLike<number>,
  stay: readonly number[],
  floats: Floats = freshFloats,
): Record<CostLineId, ArrayLike<number>> {
  const years = cohorts.length;
  const c = scenario.costs;
  const months = years * 12;
  // Per plan year, place-months (participant-months where no places are set) and occupied
  // unit-months, min(needed, available), summed month by month.
  const placeMonths = floats(years);
  const occupied = floats(years);
  for (let t = 0; t < months; t++) {
    const y = Math.floor(t / 12);
    placeMonths[y] = (placeMonths[y] ?? 0) + (programme.places[t] ?? programme.participants[t] ?? 0);
    occupied[y] = (occupied[y] ?? 0) + Math.min(housing.needed[t] ?? 0, housing.available[t] ?? 0);
  }
  const perYear = (f: (y: number) => number) => {
    const out: number[] = [];
    for (let y = 0; y < years; y++) out.push(f(y));
    return out;
  };
  return {
    introductionBenefit: programme.benefit,
    programmeRunning: perYear((y) => (c.programmeCostPerPlaceYear * (placeMonths[y] ?? 0)) / 12),
    housingNet: perYear((y) => c.housingNetCostPerUnitMonth * (occupied[y] ?? 0)),
    idleUnits: perYear((y) => c.idleUnitCostPerMonth * sumYear(housing.idle, y)),
    emergencyHousing: perYear((y) => c.emergencyHousingPremiumPerHouseholdMonth * sumYear(housing.shortage, y)),
    socialAssistance: perYear((y) => {
      let sum = 0;
      const rates = c.socialAssistanceByYearOfResidence;
      for (let i = 0; i < rates.length; i++) {
        const cohort = cohorts[y - i];
        if (cohort) sum += (rates[i] ?? 0) * (cohortPersons(cohort) - cohort.minors) * staying(stay, i + 1);
      }
      return sum;
    }),
    otherServices: perYear((y) => {
      let sum = 0;
      const rates = c.otherServicesByYearOfResidence;
      for (let i = 0; i < rates.length; i++) {
        const cohort = cohorts[y - i];
        const rate = rates[i] ?? 0;
        if (cohort && rate > 0) sum += rate * cohortPersons(cohort) * staying(stay, i + 1);
      }
      return sum;
    }),
    minorsCare: perYear((y) => c.careCostPerMinorYear * (minorYears[y] ?? 0)),
    administration: perYear(() => c.administrationPerYear),
  };
}

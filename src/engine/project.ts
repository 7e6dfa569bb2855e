import { plannedArrivals, reunifiedArrivals } from './arrivals';
import { budgetTotals, budgetYears, ECONOMY_PLAN_YEARS } from './budget';
import { byYearOfResidence, cohortsByYear } from './cohorts';
import { costLines } from './costs';
import { beyondDecision } from './decision';
import { highNeedsGrant } from './high-needs-grant';
import { moveWithSettlement, projectHousing } from './housing';
import { integrationGrant } from './integration-grant';
import { stayingShares } from './leaving';
import { blockGrantLine, minorsCareRefundLine } from './local-income';
import { investmentBudget } from './investment';
import type { GrantContext, Line } from './lines';
import { minorAgeShares, minorsInCareByMonth } from './minor-ages';
import { minorsGrant } from './minors-grant';
import { monthKeys, sumYear } from './months';
import { applyOverrides } from './overrides';
import { norwegianTrainingGrant } from './norwegian-training';
import { oneOffGrants } from './one-off-grants';
import { projectProgramme } from './programme';
import { COST_LINES, GRANT_LINES, type GrantLineId, type Projection } from './projection';
import { floatBlock } from './floats';
import { estimateIndex, isIndexedYear, rateBook, type RateBook } from './rates';
import { requestGrants } from './above-request';
import type { Scenario } from './scenario';
import type { ReferenceData } from './types';

/**
 * Rounding, documented in src/engine/README.md: money is summed unrounded and rounded to whole
 * kroner once per line and year; persons and households are expected values, cleaned of
 * floating-point noise to six decimals.
 */
const kroner = (x: number) => Math.round(x);
const clean = (x: number) => Math.max(0, Math.round(x * 1e6) / 1e6);
/**
 * `clean` of each value, as the plain array the Projection holds: a loop into an array of the
 * right length (no iterator, no callback, no growing by push, which costs twice the loop).
 */
function cleanAll(xs: ArrayLike<number>): number[] {
  const out = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = clean(xs[i] ?? 0);
  return out;
}
/** Each year's sum rounded to whole kroner, as a plain array. */
function wholeKroner(xs: ArrayLike<number>): number[] {
  const out = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = kroner(xs[i] ?? 0);
  return out;
}

const books = new WeakMap<ReferenceData, RateBook>();
function bookFor(reference: ReferenceData): RateBook {
  let book = books.get(reference);
  if (!book) {
    book = rateBook(reference);
    books.set(reference, book);
  }
  return book;
}

/** The reference with the scenario's rate overrides applied (re-basing later estimates), and its rate book. */
export function effectiveRates(scenario: Scenario, baseReference: ReferenceData): { reference: ReferenceData; book: RateBook } {
  if (scenario.rateOverrides.length === 0) return { reference: baseReference, book: bookFor(baseReference) };
  const base = bookFor(baseReference);
  const reference = applyOverrides(baseReference, scenario.rateOverrides, (year) => base.table(year), estimateIndex(base, baseReference));
  return { reference, book: bookFor(reference) };
}

/** The projection of a scenario on the reference data: persons, grants, capacity, budget. */

export function projectScenario(scenario: Scenario, baseReference: ReferenceData): Projection {
  const { reference, book } = effectiveRates(scenario, baseReference);
  const horizon = scenario.years.length;
  const years = Array.from({ length: horizon }, (_, y) => scenario.startYear + y);
  const staying = stayingShares(scenario.leaving.byYearOfResidence);
  // Every month-by-month series of this projection from one block (floats.ts): up to 19 series
  // of the plan's months, and per plan year a row of years and the programme's ring of months
  // (a longer ring, or a longer plan, takes a second block).
  const floats = floatBlock(horizon * (12 * 19 + horizon + 60));
  const housing = projectHousing(scenario.housing, plannedArrivals(scenario, floats), scenario.startYear, staying, floats);
  const settledSingles = years.map((_, y) => sumYear(housing.settled.singleAdults, y));
  const reunified = reunifiedArrivals(scenario, settledSingles, floats);
  const cohorts = cohortsByYear(housing.settled, reunified);
  const ctx: GrantContext = { scenario, cohorts, book, staying };

  const integration = integrationGrant(ctx);
  const oneOff = oneOffGrants(ctx);
  const minors = minorsGrant(ctx, housing.settled.minors);
  const highNeeds = highNeedsGrant(ctx, {
    tier1: moveWithSettlement(scenario.years.map((y) => y.highNeedsTier1), housing.settledShare),
    tier2: moveWithSettlement(scenario.years.map((y) => y.highNeedsTier2), housing.settledShare),
  });
  const request = requestGrants(ctx);
  const programme = projectProgramme(scenario, housing.settled, reunified, book, staying, floats);
  const costValues = costLines(scenario, cohorts, housing, programme, minors.minorYears, staying, floats);
  const lines: Record<GrantLineId, Line> = {
    integrationYear1SingleAdult: integration.year1SingleAdult,
    integrationYear1AdultInFamily: integration.year1AdultInFamily,
    integrationYear1Child: integration.year1Child,
    integrationYear1Minor: integration.year1Minor,
    integrationYear2: integration.later[0],
    integrationYear3: integration.later[1],
    integrationYear4: integration.later[2],
    integrationYear5: integration.later[3],
    elderly: oneOff.elderly,
    kindergarten: oneOff.kindergarten,
    minorsYoungBand: minors.youngBand,
    minorsOlderBand: minors.olderBand,
    minorsOneOff: minors.oneOff,
    highNeedsTier1: highNeeds.tier1,
    highNeedsTier2: highNeeds.tier2,
    aboveRequest: request.aboveRequest,
    unusedDecidedPlace: request.unusedDecidedPlace,
    norwegianTraining: norwegianTrainingGrant(ctx),
    policyBonus: request.policyBonus,
    minorsCareRefund: minorsCareRefundLine(scenario, costValues.minorsCare),
    blockGrant: blockGrantLine(scenario, cohorts, housing.settled, reunified, staying),
  };
  const grants = GRANT_LINES.map(({ id, code }) => ({
    id,
    code,
    values: wholeKroner(lines[id].values),
    status: lines[id].status,
  }));

  const costs = COST_LINES.map((id) => ({
    id,
    values: wholeKroner(costValues[id]),
    estimated: years.map((_, y) => id === 'introductionBenefit' && programme.benefitEstimated[y] === true),
  }));
  const budget = budgetYears(years, grants, costs);
  const beyond = beyondDecision(scenario.years, cohorts);

  return {
    startYear: scenario.startYear,
    years,
    persons: years.map((year, y) => ({
      year,
      settled: {
        singleAdults: clean(cohorts[y]?.singleAdults ?? 0),
        adultsInFamilies: clean(cohorts[y]?.adultsInFamilies ?? 0),
        children: clean(cohorts[y]?.children ?? 0),
        unaccompaniedMinors: clean(cohorts[y]?.minors ?? 0),
      },
      reunified: clean((cohorts[y]?.reunifiedAdults ?? 0) + (cohorts[y]?.reunifiedChildren ?? 0)),
      byYearOfResidence: byYearOfResidence(cohorts, y).map(clean) as [number, number, number, number, number, number],
      waitingForDwelling: clean(housing.personsWaiting[y * 12 + 11] ?? 0),
      beyondDecision: clean(beyond[y] ?? 0),
    })),
    grants,
    costs,
    monthly: {
      months: monthKeys(scenario.startYear, horizon),
      programme: {
        participants: cleanAll(programme.participants),
        places: programme.places,
        waiting: cleanAll(programme.waiting),
        idlePlaces: cleanAll(programme.idlePlaces),
      },
      housing: {
        householdsNeedingDwelling: cleanAll(housing.needed),
        available: cleanAll(housing.available),
        shortage: cleanAll(housing.shortage),
        idle: cleanAll(housing.idle),
        minorsInCare: cleanAll(minorsInCareByMonth(housing.settled.minors, minorAgeShares(scenario.minors.ageShares), staying, floats)),
        personsWaiting: cleanAll(housing.personsWaiting),
      },
    },
    budget: {
      years: budget,
      economyPlan: budgetTotals(budget, ECONOMY_PLAN_YEARS),
      horizon: budgetTotals(budget, horizon),
    },
    capital: investmentBudget(scenario, reference),
    indexedYears: years.filter((year) => isIndexedYear(baseReference, year)),
  };
}

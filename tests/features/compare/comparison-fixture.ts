import type { Projection, Scenario } from '../../../src/engine';
import { defaultScenario } from '../../../src/engine';
import { noInvestment } from '../../builders';
import type { ComparisonInput } from '../../../src/report/comparison';

/** One plan year of a hand-made projection: budget, persons settled, and twelve monthly values. */
export interface FixtureYear {
  readonly income: number;
  readonly cost: number;
  readonly settled?: number;
  readonly shortage?: readonly number[];
  readonly waiting?: readonly number[];
}

const twelve = (values: readonly number[] | undefined) => Array.from({ length: 12 }, (_, m) => values?.[m] ?? 0);

/**
 * A hand-made projection: only the parts the comparison reads (budget, persons, monthly
 * housing shortage and programme waiting), so that it can be pinned with literal numbers.
 */
export function fixtureProjection(startYear: number, years: readonly FixtureYear[]): Projection {
  const calendar = years.map((_, i) => startYear + i);
  let cumulative = 0;
  const budgetYears = years.map((y, i) => {
    cumulative += y.income - y.cost;
    return { year: startYear + i, income: y.income, cost: y.cost, net: y.income - y.cost, cumulativeNet: cumulative, estimated: false, incomeEstimated: false, costEstimated: false };
  });
  const totals = (span: typeof budgetYears) => ({
    fromYear: startYear,
    toYear: span[span.length - 1]?.year ?? startYear,
    income: span.reduce((s, y) => s + y.income, 0),
    cost: span.reduce((s, y) => s + y.cost, 0),
    net: span.reduce((s, y) => s + y.net, 0),
    estimated: false,
    incomeEstimated: false,
    costEstimated: false,
  });
  const months = calendar.flatMap((year) => Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`));
  const zeros = months.map(() => 0);
  return {
    startYear,
    years: calendar,
    persons: years.map((y, i) => ({
      year: startYear + i,
      settled: { singleAdults: y.settled ?? 0, adultsInFamilies: 0, children: 0, unaccompaniedMinors: 0 },
      reunified: 0,
      byYearOfResidence: [0, 0, 0, 0, 0, 0],
      waitingForDwelling: 0,
      beyondDecision: 0,
    })),
    grants: [],
    costs: [],
    monthly: {
      months,
      programme: { participants: zeros, places: zeros, waiting: years.flatMap((y) => twelve(y.waiting)), idlePlaces: zeros },
      housing: {
        householdsNeedingDwelling: zeros,
        available: zeros,
        shortage: years.flatMap((y) => twelve(y.shortage)),
        idle: zeros,
        minorsInCare: zeros,
        personsWaiting: zeros,
      },
    },
    budget: { years: budgetYears, economyPlan: totals(budgetYears.slice(0, 4)), horizon: totals(budgetYears) },
    capital: noInvestment(calendar),
    indexedYears: [],
  };
}

/** A comparison input: a named scenario over `years.length` plan years from `startYear`, in `code`. */
export function input(id: string, name: string, startYear: number, years: readonly FixtureYear[], code = '3303'): ComparisonInput {
  const scenario: Scenario = { ...defaultScenario(code, startYear, years.length), name };
  return { id, scenario, projection: fixtureProjection(startYear, years), municipality: null };
}

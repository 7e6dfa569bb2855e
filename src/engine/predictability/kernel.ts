import { DEFAULT_SPLIT } from '../defaults';
import { personsSettled } from '../persons';
import { effectiveRates, projectScenario } from '../project';
import type { Scenario, YearInput } from '../scenario';
import type { ReferenceData } from '../types';

/**
 * The engine's response to one person settled in plan year c, for every later year and month.
 * The engine is linear in the number settled for a fixed composition (an invariant the tests
 * hold), so a path of yearly numbers settled costs a few multiply-adds instead of a projection:
 * income[y] = Σ_c settled[c] × income kernel[c][y], and likewise for costs, dwellings and
 * programme participants. What is not linear (capacity, the extra grant above the request)
 * is computed per path by the simulation.
 */
export interface Kernels {
  readonly horizon: number;
  /** [c][y]: grant income in plan year y per person settled in year c (kroner). */
  readonly income: readonly Float64Array[];
  /** [c][y]: introduction benefit, social assistance and minors' care per person (kroner). */
  readonly linearCost: readonly Float64Array[];
  /** [c][t]: households needing a dwelling in month t per person settled in year c. */
  readonly households: readonly Float64Array[];
  /** [c][t]: programme participants in month t (no place limit) per person settled in year c. */
  readonly participants: readonly Float64Array[];
  /**
   * [y]: what does not scale with the persons settled in the plan, the same on every path:
   * the grants and linear costs of persons settled before the plan, the high-needs grants of the
   * persons the plan names. With them, a mode's income and net are the plan's budget's.
   */
  readonly fixedIncome: Float64Array;
  readonly fixedLinearCost: Float64Array;
  /** Per plan year: kroner per person settled beyond the request (official grant and bonus). */
  readonly aboveRequestRate: readonly number[];
  /** The scenario's persons split by type, shares summing to one (the mix of one person). */
  readonly mix: Readonly<Record<'singleAdults' | 'adultsInFamilies' | 'children' | 'unaccompaniedMinors', number>>;
}

/** Persons in one unit cohort: large, so that whole-krone rounding is negligible per person. */
const UNIT = 1_000_000;

/** The scenario's own split of persons by type, or the default split where it has none. */
export function mixOf(scenario: Scenario): Kernels['mix'] {
  const sum = (k: keyof YearInput) => scenario.years.reduce((s, y) => s + (y[k] as number), 0);
  const totals = {
    singleAdults: sum('singleAdults'),
    adultsInFamilies: sum('adultsInFamilies'),
    children: sum('children'),
    unaccompaniedMinors: sum('unaccompaniedMinors'),
  };
  const all = personsSettled(totals);
  if (all === 0) return { ...DEFAULT_SPLIT, unaccompaniedMinors: 0 };
  return {
    singleAdults: totals.singleAdults / all,
    adultsInFamilies: totals.adultsInFamilies / all,
    children: totals.children / all,
    unaccompaniedMinors: totals.unaccompaniedMinors / all,
  };
}

const LINEAR_COSTS = new Set(['introductionBenefit', 'socialAssistance', 'otherServices', 'minorsCare']);

const NONE_BEFORE = { persons: [0, 0, 0, 0], minors: [0, 0, 0, 0] } as const;

export function buildKernels(scenario: Scenario, reference: ReferenceData): Kernels {
  const horizon = scenario.years.length;
  const mix = mixOf(scenario);
  const unitScenario = (c: number): Scenario => ({
    ...scenario,
    settledBefore: NONE_BEFORE,
    housing: { ...scenario.housing, delaySettlementWithoutDwelling: false },
    years: scenario.years.map((_, y) => ({
      singleAdults: y === c ? mix.singleAdults * UNIT : 0,
      adultsInFamilies: y === c ? mix.adultsInFamilies * UNIT : 0,
      children: y === c ? mix.children * UNIT : 0,
      unaccompaniedMinors: y === c ? mix.unaccompaniedMinors * UNIT : 0,
      highNeedsTier1: 0,
      highNeedsTier2: 0,
      request: null,
      revisedRequest: null,
      decision: null,
      decisionMarginPercent: 0,
      programmePlaces: null,
    })),
  });
  const income: Float64Array[] = [];
  const linearCost: Float64Array[] = [];
  const households: Float64Array[] = [];
  const participants: Float64Array[] = [];
  const linearCostOf = (p: ReturnType<typeof projectScenario>, scale: number) =>
    Float64Array.from(p.years, (_, y) => p.costs.filter((l) => LINEAR_COSTS.has(l.id)).reduce((s, l) => s + (l.values[y] ?? 0), 0) / scale);
  for (let c = 0; c < horizon; c++) {
    const p = projectScenario(unitScenario(c), reference);
    income.push(Float64Array.from(p.budget.years, (y) => y.income / UNIT));
    linearCost.push(linearCostOf(p, UNIT));
    households.push(Float64Array.from(p.monthly.housing.householdsNeedingDwelling, (h) => h / UNIT));
    participants.push(Float64Array.from(p.monthly.programme.participants, (n) => n / UNIT));
  }
  // The plan with no one settled in its years: what is left is the same on every path.
  const fixed = projectScenario(
    {
      ...scenario,
      housing: { ...scenario.housing, delaySettlementWithoutDwelling: false },
      years: scenario.years.map((y) => ({ ...y, singleAdults: 0, adultsInFamilies: 0, children: 0, unaccompaniedMinors: 0, request: null, decision: null, programmePlaces: null })),
    },
    reference,
  );
  const fixedIncome = Float64Array.from(fixed.budget.years, (y) => y.income);
  const fixedLinearCost = linearCostOf(fixed, 1);
  const { book } = effectiveRates(scenario, reference);
  const { grantScale, aboveRequestBonusPerPerson } = scenario.policy;
  const aboveRequestRate = scenario.years.map(
    (_, y) => book.table(scenario.startYear + y).aboveRequest.value * grantScale.aboveRequest + aboveRequestBonusPerPerson,
  );
  return { horizon, income, linearCost, households, participants, fixedIncome, fixedLinearCost, aboveRequestRate, mix };
}

import { personsSettled, type BudgetTotals, type Kroner, type Municipality, type Projection, type Scenario } from '../engine';

/** The figures compared year by year, in the order the table shows them. */
export const MEASURES = ['income', 'cost', 'net', 'settled', 'housingShortage', 'programmeWaiting'] as const;
export type Measure = (typeof MEASURES)[number];

/** One calendar year of a scenario: the budget, persons settled and the worst month of capacity. */
export interface YearFigures {
  readonly income: Kroner;
  readonly cost: Kroner;
  readonly net: Kroner;
  readonly cumulativeNet: Kroner;
  /** Persons settled in the year (all four types, after any wait for a dwelling). */
  readonly settled: number;
  /** Households without a dwelling in the worst month of the year. */
  readonly housingShortage: number;
  /** Participants waiting for an introduction-programme place in the worst month of the year. */
  readonly programmeWaiting: number;
}

/** What the comparison is made of: a scenario from the list with the engine's projection of it. */
export interface ComparisonInput {
  readonly id: string;
  readonly scenario: Scenario;
  readonly projection: Projection;
  readonly municipality: Municipality | null;
}

/** What names a scenario in a list or a comparison: its id and name, municipality and period. */
export interface ScenarioIdentity {
  readonly id: string;
  readonly name: string;
  readonly municipalityCode: string;
  /** Null while no municipality is chosen, or the code is not in the reference data. */
  readonly municipality: Municipality | null;
  readonly fromYear: number;
  readonly toYear: number;
}

export interface ComparedScenario extends ScenarioIdentity {
  /** Persons settled over the plan period. */
  readonly settled: number;
  readonly economyPlan: BudgetTotals;
  readonly horizon: BudgetTotals;
  /** Net over the whole period minus the reference's; null for the reference itself. */
  readonly horizonNetDifference: number | null;
  /** Per calendar year of the comparison (`Comparison.years`); null outside the scenario's period. */
  readonly figures: readonly (YearFigures | null)[];
  /** Per measure and calendar year: this scenario minus the reference; null where either has no value. */
  readonly differences: Readonly<Record<Measure, readonly (number | null)[]>>;
  /** The scenario the others are measured against (the baseline, where it is chosen). */
  readonly isReference: boolean;
  readonly isBaseline: boolean;
}

export interface Comparison {
  /** Every calendar year any chosen scenario covers, in order (the scenarios aligned by calendar year). */
  readonly years: readonly number[];
  /** The reference first, then the others in the order of the list of scenarios. */
  readonly scenarios: readonly ComparedScenario[];
  /** The reference is the planner's baseline (false: the baseline is not among those chosen). */
  readonly referenceIsBaseline: boolean;
  /** The chosen scenarios do not all cover the same years. */
  readonly differentPeriods: boolean;
  /** The chosen scenarios are for more than one municipality. */
  readonly differentMunicipalities: boolean;
}

const max = (values: readonly number[]): number => values.reduce((a, b) => Math.max(a, b), 0);

/**
 * The projection per calendar year. The worst month is the largest monthly value among the
 * months of that year (index 0 is January of the start year, engine README "Units").
 */
export function yearFigures(projection: Projection): ReadonlyMap<number, YearFigures> {
  const { budget, persons, monthly } = projection;
  const monthsOf = (year: number, values: readonly number[]) =>
    values.filter((_, m) => monthly.months[m]?.startsWith(`${year}-`) === true);
  return new Map(
    budget.years.map((b, y): [number, YearFigures] => {
      const s = persons[y]?.settled;
      return [
        b.year,
        {
          income: b.income,
          cost: b.cost,
          net: b.net,
          cumulativeNet: b.cumulativeNet,
          settled: s === undefined ? 0 : personsSettled(s),
          housingShortage: max(monthsOf(b.year, monthly.housing.shortage)),
          programmeWaiting: max(monthsOf(b.year, monthly.programme.waiting)),
        },
      ];
    }),
  );
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Two to four scenarios side by side, aligned by calendar year, each measured against the
 * reference: the baseline if it is among them, else the first. Differences are this scenario
 * minus the reference, year by year, where both cover the year.
 */
export function toComparison(inputs: readonly ComparisonInput[], baselineId: string | null): Comparison | null {
  const referenceInput = inputs.find((i) => i.id === baselineId) ?? inputs[0];
  if (referenceInput === undefined) return null;
  const ordered = [referenceInput, ...inputs.filter((i) => i.id !== referenceInput.id)];
  const byYear = ordered.map((i) => yearFigures(i.projection));
  const from = Math.min(...ordered.map((i) => i.scenario.startYear));
  const to = Math.max(...ordered.map((i) => i.scenario.startYear + i.scenario.years.length - 1));
  const years = range(from, to);
  const figures = byYear.map((map) => years.map((year) => map.get(year) ?? null));
  const reference = figures[0] ?? [];

  const scenarios = ordered.map((input, k): ComparedScenario => {
    const own = figures[k] ?? [];
    const differenceOf = (measure: Measure) =>
      years.map((_, y) => {
        const a = own[y];
        const b = reference[y];
        return a && b ? a[measure] - b[measure] : null;
      });
    const { scenario, projection } = input;
    return {
      id: input.id,
      name: scenario.name,
      municipalityCode: scenario.municipalityCode,
      municipality: input.municipality,
      fromYear: scenario.startYear,
      toYear: scenario.startYear + scenario.years.length - 1,
      settled: own.reduce((sum, f) => sum + (f?.settled ?? 0), 0),
      economyPlan: projection.budget.economyPlan,
      horizon: projection.budget.horizon,
      horizonNetDifference: k === 0 ? null : projection.budget.horizon.net - referenceInput.projection.budget.horizon.net,
      figures: own,
      differences: {
        income: differenceOf('income'),
        cost: differenceOf('cost'),
        net: differenceOf('net'),
        settled: differenceOf('settled'),
        housingShortage: differenceOf('housingShortage'),
        programmeWaiting: differenceOf('programmeWaiting'),
      },
      isReference: k === 0,
      isBaseline: input.id === baselineId,
    };
  });
  const periods = new Set(scenarios.map((s) => `${s.fromYear}-${s.toYear}`));
  return {
    years,
    scenarios,
    referenceIsBaseline: referenceInput.id === baselineId,
    differentPeriods: periods.size > 1,
    differentMunicipalities: new Set(scenarios.map((s) => s.municipalityCode)).size > 1,
  };
}

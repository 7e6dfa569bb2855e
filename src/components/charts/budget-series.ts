import type { Kroner, Projection } from '../../engine';

/** One year of the income-and-cost chart, as the budget has it. */
export interface BudgetSeriesRow {
  readonly year: number;
  readonly income: Kroner;
  readonly cost: Kroner;
  readonly net: Kroner;
  readonly cumulativeNet: Kroner;
  /** Some figure of the year rests on an estimated (or indexed) rate. */
  readonly estimated: boolean;
}

export type BudgetFinding =
  | { readonly kind: 'empty' }
  | { readonly kind: 'surplus' | 'deficit'; readonly firstDeficitYear: number | null; readonly lastYear: number; readonly cumulativeNet: Kroner };

export interface BudgetSeries {
  readonly rows: readonly BudgetSeriesRow[];
  readonly finding: BudgetFinding;
}

/**
 * Income, cost, net and cumulative net per year, taken from the projection's budget as they
 * are (so the chart equals the budget table). The finding: the first year costs exceed grants,
 * if any, and the cumulative net at the end of the horizon.
 */
export function toBudgetSeries(projection: Projection): BudgetSeries {
  const rows = projection.budget.years.map(({ year, income, cost, net, cumulativeNet, estimated }) => ({
    year,
    income,
    cost,
    net,
    cumulativeNet,
    estimated,
  }));
  const last = rows[rows.length - 1];
  if (last === undefined || rows.every((r) => r.income === 0 && r.cost === 0)) return { rows, finding: { kind: 'empty' } };
  // Costs exceed grants when they do by 500 kr or more: a remainder of a few kroner (the last
  // month of a cohort's benefit in a year without grants) rounds to 0 in the printed thousands.
  const firstDeficit = rows.find((r) => Math.round(r.net / 1000) < 0);
  return {
    rows,
    finding: {
      kind: firstDeficit ? 'deficit' : 'surplus',
      firstDeficitYear: firstDeficit?.year ?? null,
      lastYear: last.year,
      cumulativeNet: last.cumulativeNet,
    },
  };
}

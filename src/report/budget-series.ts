import type { BudgetYear, Kroner, Projection } from '../engine';

/** One year of the income-and-cost chart: the budget's year, with whether some figure of it is estimated. */
export type BudgetSeriesRow = Pick<BudgetYear, 'year' | 'income' | 'cost' | 'net' | 'cumulativeNet' | 'estimated'>;

/**
 * A year's shortfall is material, and named in the title as a deficit, when costs exceed grants
 * by more than this share of the year's grant income: a −0,8 mill. kr blip in a plan that nets
 * +137,8 mill. kr is not "costs exceed grants".
 */
export const MATERIAL_DEFICIT_SHARE = 0.02;

/**
 * …and by at least this many kroner, which the title's one decimal shows as 0,1 mill. kr: in a
 * year with no grants left (the last months of a cohort's benefit) any cost is above 2 % of
 * nothing, but «0,0 mill. kr» is no deficit to lead with.
 */
export const MATERIAL_DEFICIT_MINIMUM = 50_000;

export type BudgetFinding =
  | { readonly kind: 'empty' }
  | {
      /** surplus: no year short; minorDeficit: only shortfalls within the material share; deficit: a material one. */
      readonly kind: 'surplus' | 'minorDeficit' | 'deficit';
      /** The first material deficit's year (deficit), or the first small shortfall's (minorDeficit); null for surplus. */
      readonly firstDeficitYear: number | null;
      /** That year's costs less grants, in kroner (positive); 0 for surplus. */
      readonly shortfall: Kroner;
      readonly lastYear: number;
      readonly cumulativeNet: Kroner;
    };

export interface BudgetSeries {
  readonly rows: readonly BudgetSeriesRow[];
  readonly finding: BudgetFinding;
}

/**
 * Income, cost, net and cumulative net per year, taken from the projection's budget as they
 * are (so the chart equals the budget table). The finding: the first year costs exceed grants
 * by more than MATERIAL_DEFICIT_SHARE of its grants, else the first smaller shortfall, if any,
 * and the cumulative net at the end of the horizon.
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
  // Costs exceed grants by any amount, as the chart's table in kroner shows it: a remainder of a
  // few kroner (the last month of a cohort's benefit in a year without grants) is a small
  // shortfall the title names in kroner, not «grants larger than costs every year» beside a
  // negative net.
  const short = rows.filter((r) => r.net < 0);
  const material = short.find((r) => -r.net > MATERIAL_DEFICIT_SHARE * r.income && -r.net >= MATERIAL_DEFICIT_MINIMUM);
  const named = material ?? short[0];
  return {
    rows,
    finding: {
      kind: material ? 'deficit' : named ? 'minorDeficit' : 'surplus',
      firstDeficitYear: named?.year ?? null,
      shortfall: named ? -named.net : 0,
      lastYear: last.year,
      cumulativeNet: last.cumulativeNet,
    },
  };
}

import type { BudgetTotals, BudgetYear, CostLineResult, GrantLineResult } from './projection';

/**
 * The budget (docs/model.md#the-budget): per year, income = Σ grant lines, cost = Σ cost
 * lines, net = income − cost, cumulative net; totals for the four-year economy plan
 * (økonomiplan: the first four plan years) and for the whole horizon. Lines are already whole
 * kroner, so every total adds up exactly to the lines shown.
 */
export function budgetYears(
  years: readonly number[],
  grants: readonly GrantLineResult[],
  costs: readonly CostLineResult[],
): BudgetYear[] {
  let cumulative = 0;
  return years.map((year, y) => {
    const income = grants.reduce((sum, line) => sum + (line.values[y] ?? 0), 0);
    const cost = costs.reduce((sum, line) => sum + (line.values[y] ?? 0), 0);
    const net = income - cost;
    cumulative += net;
    const incomeEstimated = grants.some((line) => line.status[y] === 'estimated' && (line.values[y] ?? 0) !== 0);
    const costEstimated = costs.some((line) => line.estimated[y] === true && (line.values[y] ?? 0) !== 0);
    return { year, income, cost, net, cumulativeNet: cumulative, estimated: incomeEstimated || costEstimated, incomeEstimated, costEstimated };
  });
}

/** Totals over the first `count` plan years. */
export function budgetTotals(years: readonly BudgetYear[], count: number): BudgetTotals {
  const span = years.slice(0, Math.max(1, count));
  const first = span[0];
  const last = span[span.length - 1];
  return {
    fromYear: first?.year ?? 0,
    toYear: last?.year ?? 0,
    income: span.reduce((s, y) => s + y.income, 0),
    cost: span.reduce((s, y) => s + y.cost, 0),
    net: span.reduce((s, y) => s + y.net, 0),
    estimated: span.some((y) => y.estimated),
    incomeEstimated: span.some((y) => y.incomeEstimated),
    costEstimated: span.some((y) => y.costEstimated),
  };
}

export const ECONOMY_PLAN_YEARS = 4;

import { COST_LINES, GRANT_LINES, type FigureStatus, type GrantLineId, type Projection } from '../../../src/engine';
import { noInvestment } from '../../builders';

type Lines = Partial<Record<GrantLineId, readonly number[]>>;

/**
 * A hand-made projection with the given grant lines (kroner per year) and no costs, so that
 * shaping functions can be pinned with literal numbers without running the engine.
 */
export function projectionWith(years: readonly number[], lines: Lines, estimatedFrom = Infinity): Projection {
  const zeros = years.map(() => 0);
  const grants = GRANT_LINES.map(({ id, code }) => {
    const values = lines[id] ?? zeros;
    const status = values.map((v, y): FigureStatus | null =>
      v === 0 ? null : (years[y] ?? 0) >= estimatedFrom ? 'estimated' : 'verified',
    );
    return { id, code, values, status };
  });
  const income = years.map((_, y) => grants.reduce((sum, line) => sum + (line.values[y] ?? 0), 0));
  let cumulative = 0;
  const budgetYears = years.map((year, y) => {
    const net = income[y] ?? 0;
    cumulative += net;
    const estimated = year >= estimatedFrom && net > 0;
    return { year, income: net, cost: 0, net, cumulativeNet: cumulative, estimated, incomeEstimated: estimated, costEstimated: false };
  });
  const totals = (count: number) => {
    const span = budgetYears.slice(0, count);
    const sum = span.reduce((s, y) => s + y.income, 0);
    return {
      fromYear: years[0] ?? 0,
      toYear: span[span.length - 1]?.year ?? 0,
      income: sum,
      cost: 0,
      net: sum,
      estimated: span.some((y) => y.estimated),
      incomeEstimated: span.some((y) => y.incomeEstimated),
      costEstimated: false,
    };
  };
  return {
    startYear: years[0] ?? 0,
    years,
    persons: [],
    grants,
    costs: COST_LINES.map((id) => ({ id, values: zeros, estimated: years.map(() => false) })),
    monthly: {
      months: [],
      programme: { participants: [], places: [], waiting: [], idlePlaces: [] },
      housing: { householdsNeedingDwelling: [], available: [], shortage: [], idle: [], minorsInCare: [], personsWaiting: [] },
    },
    budget: { years: budgetYears, economyPlan: totals(4), horizon: totals(years.length) },
    capital: noInvestment(years),
    indexedYears: [],
  };
}

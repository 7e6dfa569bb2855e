import { atBound } from './estimate';
import { effectiveRates, projectScenario } from './project';
import type { BudgetTotals, Projection } from './projection';
import type { Scenario } from './scenario';
import type { Figure, RateTable, ReferenceData } from './types';

/**
 * What the estimated rates do to the totals (docs/model.md#range-of-the-totals: show the range wherever an
 * estimated rate moves a total). The projection is run again at the low end of every estimated
 * rate (flat at the known rate) and at the high end (indexed by G); known and entered rates, G
 * and every cost stay as they are, so only income, and with it net, moves. Since every grant
 * grows with its rate, low ≤ central ≤ high for every total.
 */

/** A total at the low and the high end of the estimated rates, whole kroner. */
export interface Span {
  readonly low: number;
  readonly high: number;
}

/** Income and net of a span of years at both ends of the range. */
export interface TotalsRange {
  readonly income: Span;
  readonly net: Span;
}

/** The range of the economy plan, the horizon and each plan year. */
export interface ProjectionRange {
  readonly economyPlan: TotalsRange;
  readonly horizon: TotalsRange;
  readonly years: readonly TotalsRange[];
}

/** Every figure of a rate table at one end of its range. */
function tableAt(table: RateTable, bound: 'low' | 'high'): RateTable {
  const walk = (node: unknown): unknown => {
    if (node && typeof node === 'object' && 'value' in node && 'status' in node) return atBound(node as Figure, bound);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return { ...(walk(table) as RateTable), year: table.year };
}

const span = (low: BudgetTotals, high: BudgetTotals): TotalsRange => ({
  income: { low: low.income, high: high.income },
  net: { low: low.net, high: high.net },
});

/**
 * The projection's totals at the low and the high end of the estimated rates. The rate tables
 * of the plan years (overrides applied and later years re-based, years beyond the tables
 * indexed) are set to one end and projected with no further overrides.
 */
export function projectRange(scenario: Scenario, baseReference: ReferenceData): ProjectionRange {
  const { reference, book } = effectiveRates(scenario, baseReference);
  const planYears = scenario.years.map((_, y) => scenario.startYear + y);
  const tables = new Map(reference.rates.map((t) => [t.year, t]));
  for (const year of planYears) if (!tables.has(year)) tables.set(year, book.table(year));
  const plain: Scenario = { ...scenario, rateOverrides: [] };
  const at = (bound: 'low' | 'high'): Projection =>
    projectScenario(plain, { ...reference, rates: [...tables.values()].map((t) => tableAt(t, bound)).sort((a, b) => a.year - b.year) });
  const low = at('low');
  const high = at('high');
  return {
    economyPlan: span(low.budget.economyPlan, high.budget.economyPlan),
    horizon: span(low.budget.horizon, high.budget.horizon),
    years: low.budget.years.map((year, y) => {
      const other = high.budget.years[y] ?? year;
      return { income: { low: year.income, high: other.income }, net: { low: year.net, high: other.net } };
    }),
  };
}

import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/i18n/nb';
import { budgetRows, groupBudgetRows } from '../../../src/report/budget-rows';
import { projectionWith } from './projection-fixture';

describe('the yearly budget rows in their groups', () => {
  const projection = projectionWith(
    [2027, 2028],
    { integrationYear1SingleAdult: [2_350_000, 0], integrationYear2: [0, 2_410_000] },
    2028,
  );

  it('given two grant lines with income, then only they are shown, with IMDi codes, and the rest are counted as hidden', () => {
    const groups = groupBudgetRows(budgetRows(projection, nb));
    expect(groups.income.map((row) => [row.key, row.code])).toEqual([
      ['integrationYear1SingleAdult', 'AR-1 EV'],
      ['integrationYear2', 'AR-2'],
    ]);
    expect(groups.costs).toEqual([]);
    expect(groups.hiddenLines).toBe(19 + 9);
    expect(groups.incomeTotal.values).toEqual([2_350_000, 2_410_000]);
    expect(groups.incomeTotal.estimated).toEqual([false, true]);
    expect(groups.cumulative.values).toEqual([2_350_000, 4_760_000]);
    expect(groups.cumulative.estimated).toEqual([false, true]);
  });

  it('given an estimated grant in 2028 and no costs, then the cost total is not marked as estimated, and net is', () => {
    const groups = groupBudgetRows(budgetRows(projection, nb));
    expect(groups.costTotal.values).toEqual([0, 0]);
    expect(groups.costTotal.estimated).toEqual([false, false]);
    expect(groups.net.estimated).toEqual([false, true]);
  });

  it('given an estimated year followed by a verified one, then the cumulative net stays marked, since it carries the estimate', () => {
    const earlyEstimate = projectionWith([2027, 2028], { integrationYear1SingleAdult: [2_350_000, 0], integrationYear2: [0, 2_410_000] }, 2027);
    const flagged = { ...earlyEstimate, budget: { ...earlyEstimate.budget, years: earlyEstimate.budget.years.map((y, i) => ({ ...y, estimated: i === 0 })) } };
    const groups = groupBudgetRows(budgetRows(flagged, nb));
    expect(groups.net.estimated).toEqual([true, false]);
    expect(groups.cumulative.estimated).toEqual([true, true]);
  });

  it('given showZeroLines, then all 21 grant lines and 9 cost lines are shown', () => {
    const groups = groupBudgetRows(budgetRows(projection, nb), true);
    expect(groups.income).toHaveLength(21);
    expect(groups.costs).toHaveLength(9);
    expect(groups.hiddenLines).toBe(0);
  });
});

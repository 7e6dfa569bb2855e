import { describe, expect, it } from 'vitest';
import { toBudgetTable } from '../../../src/features/forecast';
import { projectionWith } from './projection-fixture';

describe('toBudgetTable', () => {
  const projection = projectionWith(
    [2027, 2028],
    { integrationYear1SingleAdult: [2_350_000, 0], integrationYear2: [0, 2_410_000] },
    2028,
  );

  it('given two grant lines with income, then only they are shown, with IMDi codes, and the rest are counted as hidden', () => {
    const table = toBudgetTable(projection, false);
    expect(table.income.map((row) => row.key)).toEqual([
      { kind: 'grant', id: 'integrationYear1SingleAdult', code: 'AR-1 EV' },
      { kind: 'grant', id: 'integrationYear2', code: 'AR-2' },
    ]);
    expect(table.costs).toEqual([]);
    expect(table.hiddenLines).toBe(17 + 8);
    expect(table.incomeTotal.cells).toEqual([
      { value: 2_350_000, estimated: false },
      { value: 2_410_000, estimated: true },
    ]);
    expect(table.cumulative.cells).toEqual([
      { value: 2_350_000, estimated: false },
      { value: 4_760_000, estimated: true },
    ]);
  });

  it('given showZeroLines, then all 19 grant lines and 8 cost lines are shown', () => {
    const table = toBudgetTable(projection, true);
    expect(table.income).toHaveLength(19);
    expect(table.costs).toHaveLength(8);
    expect(table.hiddenLines).toBe(0);
  });
});

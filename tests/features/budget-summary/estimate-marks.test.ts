import { describe, expect, it } from 'vitest';
import { estimateMarks } from '../../../src/features/budget-summary/summary-tables';
import type { BudgetRow } from '../../../src/report/budget-rows';

const row = (key: string, values: number[], estimated: boolean[]): BudgetRow => ({ key, kind: 'grant', label: key, code: null, values, estimated });

describe('where the printed yearly table marks estimates', () => {
  it('given every amount of both years estimated, then the years are marked and no line or amount', () => {
    const marks = estimateMarks([row('a', [1, 2], [true, true]), row('b', [0, 3], [true, true])], 2);
    expect(marks.years).toEqual([true, true]);
    expect(marks.rows).toEqual([false, false]);
    expect([marks.cell(0, 0), marks.cell(1, 1)]).toEqual([false, false]);
  });

  it('given an estimated grant line beside the municipality’s own cost line, then the grant line is marked once and no year or amount', () => {
    const marks = estimateMarks([row('grant', [5, 6], [true, true]), row('cost', [7, 8], [false, false])], 2);
    expect(marks.years).toEqual([false, false]);
    expect(marks.rows).toEqual([true, false]);
    expect([marks.cell(0, 0), marks.cell(0, 1), marks.cell(1, 0)]).toEqual([false, false, false]);
  });

  it('given lines estimated in one year each and verified in the other, then each estimated amount is marked in its cell; zeros never', () => {
    const marks = estimateMarks([row('a', [1, 2], [true, false]), row('b', [3, 0], [false, true])], 2);
    expect(marks.years).toEqual([false, false]);
    expect(marks.rows).toEqual([false, false]);
    expect([marks.cell(0, 0), marks.cell(0, 1), marks.cell(1, 0), marks.cell(1, 1)]).toEqual([true, false, false, false]);
  });
});

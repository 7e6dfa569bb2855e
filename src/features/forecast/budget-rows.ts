import type { BudgetCell } from '../../components/money-cell';
import type { CostLineId, GrantLineId, Projection } from '../../engine';

export type { BudgetCell };

export type BudgetRowKey =
  | { readonly kind: 'grant'; readonly id: GrantLineId; readonly code: string | null }
  | { readonly kind: 'cost'; readonly id: CostLineId }
  | { readonly kind: 'incomeTotal' | 'costTotal' | 'net' | 'cumulative' };

export interface BudgetRow {
  readonly key: BudgetRowKey;
  readonly cells: readonly BudgetCell[];
}

export interface BudgetTable {
  readonly years: readonly number[];
  readonly income: readonly BudgetRow[];
  readonly incomeTotal: BudgetRow;
  readonly costs: readonly BudgetRow[];
  readonly costTotal: BudgetRow;
  readonly net: BudgetRow;
  readonly cumulative: BudgetRow;
  /** Lines left out because they are zero in every year. */
  readonly hiddenLines: number;
}

const allZero = (row: BudgetRow) => row.cells.every((cell) => cell.value === 0);

/**
 * The yearly budget as table rows: each grant line (with IMDi's code), the income total,
 * each cost line, the cost total, net and cumulative net, all taken from the projection as
 * they are. Lines that are zero in every year are left out unless `showZeroLines`.
 */
export function toBudgetTable(projection: Projection, showZeroLines: boolean): BudgetTable {
  const { years, grants, costs, budget } = projection;
  const income: BudgetRow[] = grants.map((line) => ({
    key: { kind: 'grant', id: line.id, code: line.code },
    cells: years.map((_, y) => ({ value: line.values[y] ?? 0, estimated: line.status[y] === 'estimated' })),
  }));
  const costRows: BudgetRow[] = costs.map((line) => ({
    key: { kind: 'cost', id: line.id },
    cells: years.map((_, y) => ({ value: line.values[y] ?? 0, estimated: line.estimated[y] === true })),
  }));
  const anyEstimated = (rows: readonly BudgetRow[], y: number) => rows.some((row) => row.cells[y]?.estimated === true);
  const totalRow = (kind: 'incomeTotal' | 'costTotal', pick: 'income' | 'cost', rows: readonly BudgetRow[]): BudgetRow => ({
    key: { kind },
    cells: budget.years.map((year, y) => ({ value: year[pick], estimated: anyEstimated(rows, y) })),
  });
  const shown = (rows: BudgetRow[]) => (showZeroLines ? rows : rows.filter((row) => !allZero(row)));
  const visibleIncome = shown(income);
  const visibleCosts = shown(costRows);
  return {
    years,
    income: visibleIncome,
    incomeTotal: totalRow('incomeTotal', 'income', income),
    costs: visibleCosts,
    costTotal: totalRow('costTotal', 'cost', costRows),
    net: { key: { kind: 'net' }, cells: budget.years.map((year) => ({ value: year.net, estimated: year.estimated })) },
    cumulative: {
      key: { kind: 'cumulative' },
      cells: budget.years.map((year, y) => ({
        value: year.cumulativeNet,
        estimated: budget.years.slice(0, y + 1).some((earlier) => earlier.estimated),
      })),
    },
    hiddenLines: income.length - visibleIncome.length + costRows.length - visibleCosts.length,
  };
}

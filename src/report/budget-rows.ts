import { COST_LINES, GRANT_LINES, type Projection } from '../engine';
import type { Messages } from '../i18n';

/**
 * The rows of the yearly budget, in the order every view shows them: grant lines with IMDi's
 * codes, income total, cost lines, cost total, net, cumulative net. The dashboard table, the
 * command-line planner and the exports all read these rows, so a number is the same everywhere.
 */
export interface BudgetRow {
  readonly key: string;
  readonly kind: 'grant' | 'cost' | 'total';
  readonly label: string;
  readonly code: string | null;
  readonly values: readonly number[];
  /** Per year: the value rests on an estimated rate. */
  readonly estimated: readonly boolean[];
}

export function budgetRows(projection: Projection, messages: Messages): BudgetRow[] {
  const { budget, grants, costs } = projection;
  const grantRows: BudgetRow[] = GRANT_LINES.map(({ id }) => {
    const line = grants.find((l) => l.id === id);
    return {
      key: id,
      kind: 'grant',
      label: messages.grantLines[id],
      code: line?.code ?? null,
      values: line?.values ?? [],
      estimated: (line?.status ?? []).map((s) => s === 'estimated'),
    };
  });
  const costRows: BudgetRow[] = COST_LINES.map((id) => {
    const line = costs.find((l) => l.id === id);
    return { key: id, kind: 'cost', label: messages.costLines[id], code: null, values: line?.values ?? [], estimated: line?.estimated ?? [] };
  });
  type Year = Projection['budget']['years'][number];
  const total = (key: TotalKey, label: string, pick: (y: Year) => number, estimated: (y: number) => boolean): BudgetRow => ({
    key,
    kind: 'total',
    label,
    code: null,
    values: budget.years.map(pick),
    estimated: budget.years.map((_, y) => estimated(y)),
  });
  // A total rests on an estimate when one of its own lines does: the income total on a grant
  // line, the cost total on a cost line, net on either, the cumulative net on any year so far.
  const f = messages.forecast;
  return [
    ...grantRows,
    total('income', f.incomeTotal, (y) => y.income, (y) => budget.years[y]?.incomeEstimated === true),
    ...costRows,
    total('cost', f.costTotal, (y) => y.cost, (y) => budget.years[y]?.costEstimated === true),
    total('net', f.netRow, (y) => y.net, (y) => budget.years[y]?.estimated === true),
    total('cumulativeNet', f.cumulativeRow, (y) => y.cumulativeNet, (y) => budget.years.slice(0, y + 1).some((earlier) => earlier.estimated)),
  ];
}

type TotalKey = 'income' | 'cost' | 'net' | 'cumulativeNet';

/** The rows of the yearly budget in the groups a screen shows them in, lines of only zeros left out unless asked for. */
export interface BudgetGroups {
  readonly income: readonly BudgetRow[];
  readonly incomeTotal: BudgetRow;
  readonly costs: readonly BudgetRow[];
  readonly costTotal: BudgetRow;
  readonly net: BudgetRow;
  readonly cumulative: BudgetRow;
  /** Lines left out because they are zero in every year. */
  readonly hiddenLines: number;
}

export function groupBudgetRows(rows: readonly BudgetRow[], showZeroLines = false): BudgetGroups {
  const totalOf = (key: TotalKey) => {
    const row = rows.find((r) => r.key === key);
    if (row === undefined) throw new Error(`budget rows without the ${key} total`);
    return row;
  };
  const grants = rows.filter((r) => r.kind === 'grant');
  const costs = rows.filter((r) => r.kind === 'cost');
  const shown = (lines: BudgetRow[]) => (showZeroLines ? lines : lines.filter(hasValue));
  const income = shown(grants);
  const costLines = shown(costs);
  return {
    income,
    incomeTotal: totalOf('income'),
    costs: costLines,
    costTotal: totalOf('cost'),
    net: totalOf('net'),
    cumulative: totalOf('cumulativeNet'),
    hiddenLines: grants.length - income.length + costs.length - costLines.length,
  };
}

/** A row is worth showing when some year holds a non-zero value (totals always are). */
export function hasValue(row: BudgetRow): boolean {
  return row.kind === 'total' || row.values.some((v) => v !== 0);
}

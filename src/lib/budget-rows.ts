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
  const total = (key: string, label: string, pick: (y: Projection['budget']['years'][number]) => number): BudgetRow => ({
    key,
    kind: 'total',
    label,
    code: null,
    values: budget.years.map(pick),
    estimated: budget.years.map((y) => y.estimated),
  });
  const f = messages.forecast;
  return [
    ...grantRows,
    total('income', f.incomeTotal, (y) => y.income),
    ...costRows,
    total('cost', f.costTotal, (y) => y.cost),
    total('net', f.netRow, (y) => y.net),
    total('cumulativeNet', f.cumulativeRow, (y) => y.cumulativeNet),
  ];
}

/** A row is worth showing when some year holds a non-zero value (totals always are). */
export function hasValue(row: BudgetRow): boolean {
  return row.kind === 'total' || row.values.some((v) => v !== 0);
}

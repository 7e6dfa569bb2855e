import { MoneyCell } from '../../components/money-cell';
import type { BudgetTotals, Projection } from '../../engine';
import type { Messages } from '../../i18n';
import { budgetRows, hasValue } from '../../lib/budget-rows';

const ROWS = ['income', 'cost', 'net'] as const;

/** The four-year economy plan beside the whole horizon. */
export function PlanTable({ projection, t }: { readonly projection: Projection; readonly t: Messages }) {
  const { economyPlan, horizon } = projection.budget;
  const columns: readonly { key: string; label: string; totals: BudgetTotals }[] = [
    { key: 'plan', label: t.forecast.economyPlan(economyPlan.fromYear, economyPlan.toYear), totals: economyPlan },
    { key: 'horizon', label: t.forecast.horizon(horizon.fromYear, horizon.toYear), totals: horizon },
  ];
  return (
    <table className="print-table print-plan">
      <caption>{t.budgetSummary.planCaption}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((c) => (
            <th key={c.key} scope="col" className="numeric">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row} className={row === 'net' ? 'total' : undefined}>
            <th scope="row">{t.forecast[row]}</th>
            {columns.map((c) => (
              <MoneyCell
                key={c.key}
                cell={{ value: c.totals[row], estimated: c.totals.estimated }}
                marker={t.forecast.estimatedMarker}
                markerText={t.forecast.estimatedSr}
                withUnit
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every budget line with a value, year by year over the whole horizon (budget-rows, as every view). */
export function YearTable({ projection, t }: { readonly projection: Projection; readonly t: Messages }) {
  const rows = budgetRows(projection, t).filter(hasValue);
  return (
    <table className="print-table print-years">
      <caption>{t.budgetSummary.budgetCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.forecast.line}</th>
          <th scope="col">{t.budgetSummary.code}</th>
          {projection.years.map((year) => (
            <th key={year} scope="col" className="numeric">
              {year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.kind === 'total' ? `total ${row.key}` : row.kind}>
            <th scope="row">{row.label}</th>
            <td className="code">{row.code ?? ''}</td>
            {projection.years.map((year, y) => (
              <MoneyCell
                key={year}
                cell={{ value: row.values[y] ?? 0, estimated: row.estimated[y] === true }}
                marker={t.forecast.estimatedMarker}
                markerText={t.forecast.estimatedSr}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

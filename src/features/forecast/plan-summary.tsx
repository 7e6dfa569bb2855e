import type { BudgetTotals } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { MoneyCell } from '../../components/money-cell';

interface PlanSummaryProps {
  readonly economyPlan: BudgetTotals;
  readonly horizon: BudgetTotals;
}

const ROWS = ['income', 'cost', 'net'] as const;

/** The four-year economy plan (økonomiplan) beside the whole horizon. */
export function PlanSummary({ economyPlan, horizon }: PlanSummaryProps) {
  const t = useMessages();
  const columns = [
    { key: 'plan', totals: economyPlan, label: t.forecast.economyPlan(economyPlan.fromYear, economyPlan.toYear) },
    { key: 'horizon', totals: horizon, label: t.forecast.horizon(horizon.fromYear, horizon.toYear) },
  ];
  return (
    <section className="plan-summary" aria-labelledby="plan-summary-heading">
      <h3 id="plan-summary-heading">{t.forecast.summaryHeading}</h3>
      <div className="table-scroll" role="region" aria-label={t.forecast.summaryCaption} tabIndex={0}>
        <table className="data-table summary-table">
          <caption className="visually-hidden">{t.forecast.summaryCaption}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column.key} scope="col" className="numeric">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row} className={row === 'net' ? 'total-row net' : row}>
                <th scope="row">{t.forecast[row]}</th>
                {columns.map((column) => (
                  <MoneyCell
                    key={column.key}
                    cell={{ value: column.totals[row], estimated: column.totals.estimated }}
                    marker={t.forecast.estimatedMarker}
                    markerText={t.forecast.estimatedSr}
                    withUnit
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

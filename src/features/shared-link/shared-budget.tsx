import { MoneyCell } from '../../components/money-cell';
import type { Projection } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import type { BudgetRow } from '../../lib/budget-rows';
import { PlanSummary } from '../forecast/plan-summary';
import { sharedBudgetRows } from './selectors';

function Row({ row }: { readonly row: BudgetRow }) {
  const t = useMessages().forecast;
  return (
    <tr className={row.kind === 'total' ? 'shared-total-row' : undefined}>
      <th scope="row">
        {row.label}
        {row.code && <span className="shared-line-code">{row.code}</span>}
      </th>
      {row.values.map((value, y) => (
        <MoneyCell key={y} cell={{ value, estimated: row.estimated[y] === true }} marker={t.estimatedMarker} markerText={t.estimatedSr} />
      ))}
    </tr>
  );
}

/** The shared scenario's budget: the economy plan and horizon totals, and the yearly table. */
export function SharedBudget({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const v = t.sharedLink.view;
  const rows = sharedBudgetRows(projection, t);
  const span = projection.years.length + 1;
  return (
    <section className="shared-budget" aria-labelledby="plan-summary-heading">
      <PlanSummary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} />
      <h3>{v.tableHeading}</h3>
      <div className="table-scroll" role="region" aria-labelledby="shared-budget-caption" tabIndex={0}>
        <table className="data-table shared-budget-table">
          <caption id="shared-budget-caption">{v.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.forecast.line}</th>
              {projection.years.map((year) => (
                <th key={year} scope="col" className="numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="shared-group-row">
              <th scope="rowgroup" colSpan={span}>
                {t.forecast.incomeHeading}
              </th>
            </tr>
            {rows.income.map((row) => (
              <Row key={row.key} row={row} />
            ))}
          </tbody>
          <tbody>
            <tr className="shared-group-row">
              <th scope="rowgroup" colSpan={span}>
                {t.forecast.costHeading}
              </th>
            </tr>
            {rows.costs.map((row) => (
              <Row key={row.key} row={row} />
            ))}
          </tbody>
          <tbody>
            {rows.net.map((row) => (
              <Row key={row.key} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="shared-legend">
        <span className="estimate-marker" aria-hidden="true">
          {t.forecast.estimatedMarker}
        </span>
        <span className="visually-hidden">{t.forecast.estimatedLegendSr}</span> {t.forecast.estimatedLegend}
      </p>
    </section>
  );
}

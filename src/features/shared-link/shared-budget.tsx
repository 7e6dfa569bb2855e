import type { BudgetTotals, Projection } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import type { BudgetRow } from '../../lib/budget-rows';
import { useFormat } from '../../i18n/use-format';
import { sharedBudgetRows } from './selectors';

/** A money cell: "≈" (and "anslått" for screen readers) where the figure rests on an estimated rate. */
function Money({ value, estimated, unit = false }: { readonly value: number; readonly estimated: boolean; readonly unit?: boolean }) {
  const f = useMessages().forecast;
  const { formatKroner, formatNumber } = useFormat();
  const marked = estimated && value !== 0;
  return (
    <td className={['numeric', value < 0 ? 'negative' : null].filter(Boolean).join(' ')}>
      {marked && (
        <>
          <span className="estimate-marker" aria-hidden="true">
            {f.estimatedMarker}
          </span>
          <span className="visually-hidden">{f.estimatedSr} </span>
        </>
      )}
      {unit ? formatKroner(value) : formatNumber(value)}
    </td>
  );
}

const TOTALS = ['income', 'cost', 'net'] as const;

function Summary({ economyPlan, horizon }: { readonly economyPlan: BudgetTotals; readonly horizon: BudgetTotals }) {
  const t = useMessages();
  const v = t.sharedLink.view;
  const columns = [
    { key: 'plan', totals: economyPlan, label: t.forecast.economyPlan(economyPlan.fromYear, economyPlan.toYear) },
    { key: 'horizon', totals: horizon, label: t.forecast.horizon(horizon.fromYear, horizon.toYear) },
  ];
  return (
    <>
      <h3 id="shared-summary-heading">{v.summaryHeading}</h3>
      <div className="table-scroll" role="region" aria-label={v.summaryCaption} tabIndex={0}>
        <table className="data-table shared-summary">
          <caption className="visually-hidden">{v.summaryCaption}</caption>
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
            {TOTALS.map((row) => (
              <tr key={row} className={row === 'net' ? 'shared-total-row' : undefined}>
                <th scope="row">{t.forecast[row]}</th>
                {columns.map((c) => (
                  <Money key={c.key} value={c.totals[row]} estimated={c.totals.estimated} unit />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Row({ row }: { readonly row: BudgetRow }) {
  return (
    <tr className={row.kind === 'total' ? 'shared-total-row' : undefined}>
      <th scope="row">
        {row.label}
        {row.code && <span className="shared-line-code">{row.code}</span>}
      </th>
      {row.values.map((value, y) => (
        <Money key={y} value={value} estimated={row.estimated[y] === true} />
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
    <section className="shared-budget" aria-labelledby="shared-summary-heading">
      <Summary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} />
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

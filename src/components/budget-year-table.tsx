import type { BudgetGroups, BudgetRow } from '../report/budget-rows';
import { useMessages } from '../i18n/use-messages';
import { MoneyCell } from './money-cell';
import './budget-year-table.css';

function Row({ row, className }: { readonly row: BudgetRow; readonly className?: string }) {
  const t = useMessages().forecast;
  return (
    <tr className={className}>
      <th scope="row">
        {row.label}
        {row.code && (
          <>
            {' '}
            <span className="line-code">{row.code}</span>
          </>
        )}
      </th>
      {row.values.map((value, y) => (
        <MoneyCell key={y} cell={{ value, estimated: row.estimated[y] === true }} marker={t.estimatedMarker} markerText={t.estimatedSr} />
      ))}
    </tr>
  );
}

interface BudgetYearTableProps {
  readonly years: readonly number[];
  readonly groups: BudgetGroups;
  readonly caption: string;
  readonly captionId: string;
}

/**
 * The yearly budget as a table, the same on the plan and in a shared link: income by grant line
 * with IMDi's codes and its total, costs by line and their total, net and cumulative net, every
 * amount in kroner with ≈ where it rests on an estimated rate. Scrolls sideways in its own region.
 */
export function BudgetYearTable({ years, groups, caption, captionId }: BudgetYearTableProps) {
  const t = useMessages();
  const span = years.length + 1;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table budget-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.forecast.line}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="numeric">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={span}>
              {t.forecast.incomeHeading}
            </th>
          </tr>
          {groups.income.map((row) => (
            <Row key={row.key} row={row} />
          ))}
          <Row row={groups.incomeTotal} className="total-row income" />
        </tbody>
        <tbody>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={span}>
              {t.forecast.costHeading}
            </th>
          </tr>
          {groups.costs.map((row) => (
            <Row key={row.key} row={row} />
          ))}
          <Row row={groups.costTotal} className="total-row cost" />
        </tbody>
        <tbody>
          <Row row={groups.net} className="total-row net" />
          <Row row={groups.cumulative} className="cumulative-row" />
        </tbody>
      </table>
    </div>
  );
}

import { useId } from 'react';
import type { Projection } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import type { Messages } from '../../i18n';
import { useAppStore } from '../../store';
import { toBudgetTable, type BudgetRow, type BudgetRowKey } from './budget-rows';
import { MoneyCell } from '../../components/money-cell';

function rowLabel(key: BudgetRowKey, t: Messages) {
  switch (key.kind) {
    case 'grant':
      return (
        <>
          {t.grantLines[key.id]}
          {key.code && (
            <>
              {' '}
              <span className="line-code">{key.code}</span>
            </>
          )}
        </>
      );
    case 'cost':
      return t.costLines[key.id];
    case 'incomeTotal':
      return t.forecast.incomeTotal;
    case 'costTotal':
      return t.forecast.costTotal;
    case 'net':
      return t.forecast.netRow;
    case 'cumulative':
      return t.forecast.cumulativeRow;
  }
}

const rowId = (key: BudgetRowKey) => ('id' in key ? key.id : key.kind);

function Row({ row, className, t }: { readonly row: BudgetRow; readonly className?: string; readonly t: Messages }) {
  return (
    <tr className={className}>
      <th scope="row">{rowLabel(row.key, t)}</th>
      {row.cells.map((cell, y) => (
        <MoneyCell key={y} cell={cell} marker={t.forecast.estimatedMarker} markerText={t.forecast.estimatedSr} />
      ))}
    </tr>
  );
}

/** The yearly budget: grant lines, income total, cost lines, cost total, net, cumulative. */
export function BudgetTable({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const captionId = useId();
  const showZeroLines = useAppStore((state) => state.ui.showZeroLines);
  const setShowZeroLines = useAppStore((state) => state.setShowZeroLines);
  const table = toBudgetTable(projection, showZeroLines);
  const span = table.years.length + 1;

  return (
    <section className="budget" aria-labelledby={`${captionId}-heading`}>
      <h3 id={`${captionId}-heading`}>{t.forecast.tableHeading}</h3>
      <div className="table-options">
        <label className="checkbox">
          <input type="checkbox" checked={showZeroLines} onChange={(e) => setShowZeroLines(e.target.checked)} />
          {t.forecast.showZeroLines}
        </label>
        {table.hiddenLines > 0 && <span className="muted">{t.forecast.hiddenLines(table.hiddenLines)}</span>}
      </div>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table budget-table">
          <caption id={captionId}>{t.forecast.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.forecast.line}</th>
              {table.years.map((year) => (
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
            {table.income.map((row) => (
              <Row key={rowId(row.key)} row={row} t={t} />
            ))}
            <Row row={table.incomeTotal} className="total-row income" t={t} />
          </tbody>
          <tbody>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={span}>
                {t.forecast.costHeading}
              </th>
            </tr>
            {table.costs.map((row) => (
              <Row key={rowId(row.key)} row={row} t={t} />
            ))}
            <Row row={table.costTotal} className="total-row cost" t={t} />
          </tbody>
          <tbody>
            <Row row={table.net} className="total-row net" t={t} />
            <Row row={table.cumulative} className="cumulative-row" t={t} />
          </tbody>
        </table>
      </div>
      <p className="legend">
        <span className="estimate-marker" aria-hidden="true">
          {t.forecast.estimatedMarker}
        </span>
        <span className="visually-hidden">{t.forecast.estimatedLegendSr}</span> {t.forecast.estimatedLegend}
      </p>
      <p className="muted">{t.forecast.costsNote}</p>
    </section>
  );
}

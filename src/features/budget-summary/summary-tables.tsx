import { MoneyCell } from '../../components/money-cell';
import { PlanTotalsTable } from '../../components/plan-totals-table';
import type { Projection } from '../../engine';
import type { Messages } from '../../i18n';
import { budgetRows, hasValue } from '../../lib/budget-rows';

/** The four-year economy plan beside the whole horizon, as on the plan, its caption shown. */
export function PlanTable({ projection, t }: { readonly projection: Projection; readonly t: Messages }) {
  const { economyPlan, horizon } = projection.budget;
  return <PlanTotalsTable economyPlan={economyPlan} horizon={horizon} caption={t.budgetSummary.planCaption} captionShown className="print-table print-plan" />;
}

/** The most years one printed table holds: ten columns of thousands fit A4's 180 mm beside the labels. */
const YEARS_PER_TABLE = 10;

/** The horizon's year indices in tables of at most ten: one table, or two halves of a longer horizon. */
export function yearChunks(count: number): number[][] {
  const tables = Math.ceil(count / YEARS_PER_TABLE);
  const size = Math.ceil(count / Math.max(tables, 1));
  const indices = Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: tables }, (_, t) => indices.slice(t * size, (t + 1) * size));
}

/**
 * Every budget line with a value, year by year over the whole horizon (budget-rows, as every
 * view), in thousands of kroner as economy plans are printed; a horizon of more than ten years
 * goes in two tables, one above the other.
 */
export function YearTable({ projection, t }: { readonly projection: Projection; readonly t: Messages }) {
  const rows = budgetRows(projection, t).filter(hasValue);
  const chunks = yearChunks(projection.years.length);
  // A year whose every amount rests on an estimated rate is marked once, at the year, to keep the
  // columns narrow enough for ten of them on A4; other years mark each estimated amount.
  const wholeYearEstimated = projection.years.map(
    (_, y) => rows.some((r) => r.estimated[y] === true && r.values[y] !== 0) && rows.every((r) => r.values[y] === 0 || r.estimated[y] === true),
  );
  return chunks.map((chunk) => {
    const first = projection.years[chunk[0]!]!;
    const last = projection.years[chunk[chunk.length - 1]!]!;
    return (
      <table key={first} className="print-table print-years">
        <caption>{t.budgetSummary.budgetCaption(chunks.length > 1 ? `${first}–${last}` : null)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.forecast.line}</th>
            <th scope="col">{t.budgetSummary.code}</th>
            {chunk.map((y) => (
              <th key={y} scope="col" className="numeric">
                {wholeYearEstimated[y] && (
                  <>
                    <span className="estimate-marker" aria-hidden="true">
                      {t.forecast.estimatedMarker}
                    </span>
                    <span className="visually-hidden">{t.forecast.estimatedSr} </span>
                  </>
                )}
                {projection.years[y]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.kind === 'total' ? `total ${row.key}` : row.kind}>
              <th scope="row">{row.label}</th>
              <td className="code">{row.code ?? ''}</td>
              {chunk.map((y) => (
                <MoneyCell
                  key={y}
                  cell={{ value: row.values[y] ?? 0, estimated: row.estimated[y] === true && !wholeYearEstimated[y] }}
                  marker={t.forecast.estimatedMarker}
                  markerText={t.forecast.estimatedSr}
                  inThousands
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  });
}

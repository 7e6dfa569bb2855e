import { MoneyCell } from '../../components/money-cell';
import { PlanTotalsTable } from '../../components/plan-totals-table';
import type { Projection } from '../../engine';
import type { Messages } from '../../i18n';
import { budgetRows, hasValue, type BudgetRow } from '../../report/budget-rows';

/** The four-year economy plan beside the whole horizon, as on the plan, its caption shown. */
export function PlanTable({ projection, t }: { readonly projection: Projection; readonly t: Messages }) {
  const { economyPlan, horizon } = projection.budget;
  return <PlanTotalsTable economyPlan={economyPlan} horizon={horizon} caption={t.budgetSummary.planCaption} captionShown className="print-table print-plan" />;
}

export interface EstimateMarks {
  /** Years whose every amount rests on an estimated rate: marked once, at the year. */
  readonly years: readonly boolean[];
  /** Lines whose every other amount does: marked once, at the line. */
  readonly rows: readonly boolean[];
  /** An estimated amount marked in its own cell: neither its year nor its line is marked. */
  readonly cell: (row: number, year: number) => boolean;
}

/**
 * Where the printed yearly table marks estimates: "≈" at a year or a line where all its amounts
 * (zeros aside) rest on estimated rates, else the amount in italics. A "≈" in every cell
 * widened the ten columns past A4 and the browser shrank the page; marks at years and lines,
 * and italics, take no width of the amounts.
 */
export function estimateMarks(rows: readonly BudgetRow[], years: number): EstimateMarks {
  const estimated = (r: number, y: number) => rows[r]?.estimated[y] === true && (rows[r]?.values[y] ?? 0) !== 0;
  const plain = (r: number, y: number) => !estimated(r, y) && (rows[r]?.values[y] ?? 0) !== 0;
  const yearIndices = Array.from({ length: years }, (_, y) => y);
  const rowIndices = rows.map((_, r) => r);
  const yearMarks = yearIndices.map((y) => rowIndices.some((r) => estimated(r, y)) && !rowIndices.some((r) => plain(r, y)));
  const unmarkedYears = yearIndices.filter((y) => !yearMarks[y]);
  const rowMarks = rowIndices.map((r) => unmarkedYears.some((y) => estimated(r, y)) && !unmarkedYears.some((y) => plain(r, y)));
  return {
    years: yearMarks,
    rows: rowMarks,
    cell: (r, y) => estimated(r, y) && !yearMarks[y] && !rowMarks[r],
  };
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
  const marks = estimateMarks(rows, projection.years.length);
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
                {marks.years[y] && (
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
          {rows.map((row, r) => (
            <tr key={row.key} className={row.kind === 'total' ? `total ${row.key}` : row.kind}>
              <th scope="row">
                {marks.rows[r] && (
                  <>
                    <span className="estimate-marker" aria-hidden="true">
                      {t.forecast.estimatedMarker}
                    </span>
                    <span className="visually-hidden">{t.forecast.estimatedSr} </span>
                  </>
                )}
                {row.label}
              </th>
              <td className="code">{row.code ?? ''}</td>
              {chunk.map((y) => (
                <MoneyCell
                  key={y}
                  cell={{ value: row.values[y] ?? 0, estimated: marks.cell(r, y) }}
                  marker={t.forecast.estimatedMarker}
                  markerText={t.forecast.estimatedSr}
                  inThousands
                  markByStyle
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  });
}

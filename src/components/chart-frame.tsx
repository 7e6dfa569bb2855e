import { useId, useState, type ReactNode } from 'react';
import './components.css';
import { downloadText, toCsv, type CsvCell } from '../lib/csv';

/** The chart's numbers as a table: the fallback for screen readers and the CSV download. */
export interface ChartTable {
  readonly caption: string;
  /** Column headers; the first heads the row headers. */
  readonly columns: readonly string[];
  /** Rows for display: a header and formatted cells. */
  readonly rows: readonly { readonly header: string; readonly cells: readonly string[] }[];
  /** The same numbers unformatted, header row first, for the CSV file. */
  readonly csv: readonly (readonly CsvCell[])[];
}

export interface ChartFrameLabels {
  readonly showTable: string;
  readonly downloadCsv: string;
}

interface ChartFrameProps {
  /** A sentence stating the finding, e.g. "Tilskuddene topper seg i 2028 med 12,3 mill. kr". */
  readonly title: string;
  /** The numbers, or a function that gives them: then they are shaped only when the table is opened or downloaded. */
  readonly table: ChartTable | (() => ChartTable);
  readonly csvFilename: string;
  /** Where the numbers come from, and the assumptions behind them. */
  readonly source: string;
  readonly labels: ChartFrameLabels;
  /** The chart itself, drawn for sighted users (hidden from screen readers: they get the table). */
  readonly children: ReactNode;
  /** Text under the chart that everyone reads, e.g. what a hatch or a marker means. */
  readonly note?: ReactNode;
}

/**
 * The one frame every chart sits in: a title that states the finding, the
 * chart, its numbers as a table in a disclosure, a CSV download and a source note.
 */
export function ChartFrame({ title, table: tableOrThunk, csvFilename, source, labels, children, note }: ChartFrameProps) {
  const resolve = () => (typeof tableOrThunk === 'function' ? tableOrThunk() : tableOrThunk);
  const titleId = useId();
  // The table is built only once opened: a chart of 120 months would otherwise shape and redraw 120 hidden rows on every edit.
  const [open, setOpen] = useState(false);
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      <div className="chart-body" aria-hidden="true">
        {children}
      </div>
      {note !== undefined && <p className="chart-note">{note}</p>}
      <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{labels.showTable}</summary>
        {open && <ChartTableView table={resolve()} />}
      </details>
      <figcaption className="chart-footer">
        <span className="chart-source">{source}</span>
        <button type="button" className="button-secondary" onClick={() => downloadText(csvFilename, toCsv(resolve().csv))}>
          {labels.downloadCsv}
        </button>
      </figcaption>
    </figure>
  );
}

/** The chart's numbers as a table in a scrollable region. */
function ChartTableView({ table }: { readonly table: ChartTable }) {
  return (
    <div className="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={column} scope="col" className={i === 0 ? undefined : 'numeric'}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.header}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={table.columns[i + 1] ?? i} className="numeric">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

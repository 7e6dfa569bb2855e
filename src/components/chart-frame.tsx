import { isValidElement, memo, useId, useState, type ReactNode } from 'react';
import './components.css';
import { downloadText, toCsv, type CsvCell } from '../lib/csv';
import { sameValues } from './chart-kit';
import { useInView } from './use-in-view';

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
  /**
   * The chart itself, drawn for sighted users (hidden from screen readers: they get the table).
   * It is drawn once the chart comes into view, and while out of view it keeps its last drawing:
   * an edit does not draw what nobody sees (see `drawUnseen`).
   */
  readonly children: ReactNode;
  /**
   * The drawing's box, kept while the drawing is not there yet (its code still loading, or the
   * chart not yet seen), so that nothing below moves when it comes. Width as CSS (default 100 %).
   */
  readonly drawingSize?: { readonly width?: number | string; readonly height: number };
  /** Under the drawing, always up to date (e.g. the legend, whose items follow the data). */
  readonly legend?: ReactNode;
  /** Draw and update it even out of view: a chart laid out for paper or a slide, drawn at a fixed size. */
  readonly drawUnseen?: boolean;
  /** Text under the chart that everyone reads, e.g. what a hatch or a marker means. */
  readonly note?: ReactNode;
}

/**
 * The one frame every chart sits in: a title that states the finding, the
 * chart, its numbers as a table in a disclosure, a CSV download and a source note.
 */
export function ChartFrame({ title, table: tableOrThunk, csvFilename, source, labels, children, note, drawingSize, legend, drawUnseen = false }: ChartFrameProps) {
  const resolve = () => (typeof tableOrThunk === 'function' ? tableOrThunk() : tableOrThunk);
  const titleId = useId();
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const inView = useInView(drawUnseen ? null : body) || drawUnseen;
  // Not drawn at all until first seen; after that, kept (frozen while out of view).
  const [seen, setSeen] = useState(inView);
  if (inView && !seen) setSeen(true);
  // The table is built only once opened: a chart of 120 months would otherwise shape and redraw 120 hidden rows on every edit.
  const [open, setOpen] = useState(false);
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      <div className="chart-body" aria-hidden="true" ref={setBody}>
        {drawingSize === undefined ? (
          seen && <Drawing inView={inView}>{children}</Drawing>
        ) : (
          <div className="chart-drawing" style={{ width: drawingSize.width ?? '100%', height: drawingSize.height }}>
            {seen && <Drawing inView={inView}>{children}</Drawing>}
          </div>
        )}
        {legend}
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

/**
 * The same drawing: the same component with the same props (arrays element by element, see
 * sameValues). A chart whose series did not change after an edit (memoStableByProjection) is not
 * drawn again.
 */
const sameDrawing = (a: ReactNode, b: ReactNode) =>
  a === b || (isValidElement(a) && isValidElement(b) && a.type === b.type && a.key === b.key && sameValues(a.props as object, b.props as object));

/**
 * The drawing, rendered again only while in view: out of view its props count as unchanged, so
 * React keeps the last drawing and Recharts does no work until the chart is seen again (and
 * draws the data of now when it is). While the page is printed every chart counts as in view.
 *
 * A new drawing is rendered in the render that brings it: after an edit, the deferred render of
 * the projection (`useDeferredProjection`), which comes after the keystroke's own render, so the
 * keystroke's frame does not wait for Recharts and a new keystroke interrupts the drawing. The
 * same drawing as before (same component, same props) keeps its element, so React does not
 * render it again. (An earlier version drew in a transition started from an effect of that
 * render: one render more and often one painted frame between. In six runs of
 * `npm run bench:browser` on 4 December 2026 the charts on screen were updated 48.5–59.4 ms
 * after an edit this way (median of each run), 56.0–60.9 ms in three runs of the earlier one;
 * the next frame 14.5–16.8 ms either way.)
 */
const Drawing = memo(
  function Drawing({ children }: { readonly inView: boolean; readonly children: ReactNode }) {
    const [shown, setShown] = useState<ReactNode>(children);
    const drawing = sameDrawing(shown, children) ? shown : children;
    if (drawing !== shown) setShown(drawing);
    return drawing;
  },
  (_before, after) => !after.inView,
);

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

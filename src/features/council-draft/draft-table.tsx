import { useId } from 'react';
import type { DraftTable as Table } from '../../report/council-draft';

/** A table of the draft as the document will hold it, in a region that scrolls sideways on a phone. */
export function DraftTable({ table }: { readonly table: Table }) {
  const captionId = useId();
  return (
    <div className="table-scroll draft-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.head.map((cell, i) => (
              <th key={cell} scope="col" className={i === 0 ? undefined : 'numeric'}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.cells[0]} className={row.total ? 'total-row' : undefined}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="numeric">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

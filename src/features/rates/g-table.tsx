import { useId } from 'react';
import type { GFigure } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { describeSource } from '../../report/source-text';
import { FigureValue, StatusBadge } from './figure-cells';

/** G per plan year with its status and source (the introduction benefit is 2 G a year). */
export function GTable({ rows }: { readonly rows: readonly GFigure[] }) {
  const t = useMessages();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table rates-table">
        <caption id={captionId} className="visually-hidden">
          {t.rates.gCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.rates.gYear}</th>
            <th scope="col" className="numeric">
              {t.rates.gValue}
            </th>
            <th scope="col">{t.rates.status}</th>
            <th scope="col">{t.rates.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.year}>
              <th scope="row">{g.year}</th>
              <FigureValue figure={g} />
              <td>
                <StatusBadge status={g.status} />
              </td>
              <td className="rate-source">{describeSource(g.source, t.rates)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

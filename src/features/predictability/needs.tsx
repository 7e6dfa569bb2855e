import { useId } from 'react';
import type { Addition, CommitmentNeeds } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { needsSentence } from '../../report/capacity-text';

function AdditionTable({ caption, rows }: { readonly caption: string; readonly rows: readonly Addition[] }) {
  const t = useMessages().predictability.needs;
  const { formatMonth, formatNumber } = useFormat();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="needs-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.readyBy}</th>
            <th scope="col">{t.units}</th>
            <th scope="col">{t.orderBy}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.readyBy}>
              <th scope="row">{formatMonth(a.readyBy)}</th>
              <td>{formatNumber(a.units)}</td>
              <td>{a.late ? t.late(formatMonth(a.orderBy)) : formatMonth(a.orderBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The inverse of the largest commitment: for the number the planner commits to (with its band),
 * the dwellings and programme places to add to the plan, and by when, so that no month falls
 * short. A planner answers IMDi with it.
 */
export function Needs({ needs, firstYear, lastYear }: { readonly needs: CommitmentNeeds; readonly firstYear: number; readonly lastYear: number }) {
  const t = useMessages().predictability.needs;
  const sentence = needsSentence(needs, firstYear, lastYear, t, useFormat());
  return (
    <section className="needs" aria-labelledby="needs-heading">
      <h3 id="needs-heading">{t.heading}</h3>
      <p className="needs-sentence" data-testid="needs-sentence">
        {sentence}
      </p>
      {needs.dwellings.length > 0 && <AdditionTable caption={t.dwellingsCaption} rows={needs.dwellings} />}
      {needs.placesLimited && needs.places.length > 0 && <AdditionTable caption={t.placesCaption} rows={needs.places} />}
      <p className="muted">{needs.placesLimited ? t.note : t.noPlaces}</p>
    </section>
  );
}

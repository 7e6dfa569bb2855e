import { useId } from 'react';
import type { NationalRecordYear } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { NeedShare } from './share';

/**
 * What IMDi might ask of the municipality (docs/model.md#predictability): its share of the national
 * need applied to IMDi's national requests of the record. A view beside the record chart; it
 * does not set the plan's numbers or the commitment.
 */
export function ImdiMightAsk({ share, record, planned, startYear }: { readonly share: NeedShare; readonly record: readonly NationalRecordYear[]; readonly planned: number | null; readonly startYear: number }) {
  const t = useMessages().predictability.share;
  const { formatNumber, formatPercent } = useFormat();
  const captionId = useId();
  const years = [...record].sort((a, b) => a.year - b.year);
  const percent = share.kind === 'missing' ? '' : formatPercent(share.share, 2);
  const basis = share.kind === 'missing' ? t.missing : share.kind === 'population' ? t.population(percent, share.name) : t.requests(percent, share.years);
  const asked = share.kind === 'missing' ? [] : years.map((y) => ({ year: y.year, national: y.request, own: Math.round(y.request * share.share) }));
  const first = asked[0];
  const last = asked[asked.length - 1];
  const low = Math.min(...asked.map((a) => a.own));
  const high = Math.max(...asked.map((a) => a.own));
  return (
    <section className="imdi-might-ask" aria-labelledby="imdi-heading">
      <h3 id="imdi-heading">{t.heading}</h3>
      <p className={share.kind === 'missing' ? 'share-note field-warning' : 'share-note'}>{basis}</p>
      {first && last && (
        <>
          <p>{t.finding(formatNumber(low), formatNumber(high), first.year, last.year, last.year, formatNumber(last.own), planned === null ? null : formatNumber(planned), startYear)}</p>
          <details>
            <summary>{t.tableSummary}</summary>
            <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table>
                <caption id={captionId}>{t.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.year}</th>
                    <th scope="col">{t.national}</th>
                    <th scope="col">{t.own}</th>
                  </tr>
                </thead>
                <tbody>
                  {asked.map((a) => (
                    <tr key={a.year}>
                      <th scope="row">{a.year}</th>
                      <td>{formatNumber(a.national)}</td>
                      <td>{formatNumber(a.own)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}

import { useId } from 'react';
import type { Formatter } from '../../lib/format';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { CheckedSum, Refusal, RefusedLine } from './circular-parse';
import type { PreviewRow } from './circular-store';
import { FigureValue, StatusBadge } from './figure-cells';

/** Why a line was not used, in the UI's language. */
export function refusalText(reason: Refusal, year: number, t: Messages['circular'], format: Formatter): string {
  switch (reason.kind) {
    case 'unknown':
      return t.reasons.unknown;
    case 'ambiguous':
      return t.reasons.ambiguous;
    case 'no-heading':
      return t.reasons.noHeading;
    case 'not-total':
      return t.reasons.notTotal;
    case 'several-figures':
      return t.reasons.severalFigures;
    case 'no-label':
      return t.reasons.noLabel;
    case 'not-whole-kroner':
      return t.reasons.notWholeKroner(reason.cell);
    case 'wrong-year':
      return t.reasons.wrongYear(reason.tableYear, year);
    case 'conflict':
      return t.reasons.conflict(reason.otherLine);
    case 'ambiguous-figure':
      return t.reasons.ambiguousFigure(format.formatKroner(reason.value), format.formatKroner(reason.alternative));
  }
}

/**
 * What was read, beside the year's current figures: the row as IMDi prints it, the rate it
 * becomes, the figure read, the current figure and its status, and the difference.
 */
export function CircularPreview({ rows, year }: { readonly rows: readonly PreviewRow[]; readonly year: number }) {
  const t = useMessages();
  const rates = t.rates;
  const format = useFormat();
  const captionId = useId();
  if (rows.length === 0) return null;
  const c = t.circular;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table circular-preview">
        <caption id={captionId}>{c.previewCaption(year)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.printed}</th>
            <th scope="col">{c.maps}</th>
            <th scope="col" className="numeric">
              {c.read}
            </th>
            <th scope="col" className="numeric">
              {c.current}
            </th>
            <th scope="col">{c.currentStatus}</th>
            <th scope="col" className="numeric">
              {c.difference}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ read, current, difference, store }) => (
            <tr key={read.path}>
              <th scope="row">{read.printed}</th>
              <td data-label={c.maps}>{rates.labels[read.path]}</td>
              <td className="numeric circular-read" data-label={c.read}>
                {format.formatNumber(read.value)}
              </td>
              <FigureValue figure={current} label={c.current} />
              <td data-label={c.currentStatus}>
                <StatusBadge status={current.status} />
              </td>
              <td className="numeric" data-label={c.difference}>
                {difference !== 0 ? format.formatSignedNumber(difference) : store ? c.same : c.sameAsVerified}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The table's sums, each checked against the parts read (never stored). */
export function CircularSums({ sums }: { readonly sums: readonly CheckedSum[] }) {
  const t = useMessages().circular;
  const format = useFormat();
  const headingId = useId();
  if (sums.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="circular-sums">
      <h4 id={headingId}>{t.sumsHeading}</h4>
      <ul>
        {sums.map((sum) => {
          const value = format.formatKroner(sum.value);
          const text =
            sum.check.kind === 'matches'
              ? t.sumMatches(sum.line, sum.printed, value)
              : sum.check.kind === 'differs'
                ? t.sumDiffers(sum.line, sum.printed, value, format.formatKroner(sum.check.parts))
                : t.sumUnchecked(sum.line, sum.printed, value);
          return (
            <li key={sum.line} className={sum.check.kind === 'differs' ? 'field-error' : undefined}>
              {text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The lines not used, each with the reason. */
export function CircularRefused({ refused, year }: { readonly refused: readonly RefusedLine[]; readonly year: number }) {
  const t = useMessages().circular;
  const format = useFormat();
  const headingId = useId();
  if (refused.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="circular-refused">
      <h4 id={headingId}>{t.refusedHeading(refused.length)}</h4>
      <ul>
        {refused.map((line) => (
          <li key={line.line}>{t.refusedLine(line.line, line.text, refusalText(line.reason, year, t, format))}</li>
        ))}
      </ul>
    </section>
  );
}

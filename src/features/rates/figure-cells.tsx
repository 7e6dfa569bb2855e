import type { Figure, FigureStatus } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';

/** The status of a figure as a badge: "Bekreftet", "Anslått", "Lagt inn av deg", … */
export function StatusBadge({ status }: { readonly status: FigureStatus }) {
  const t = useMessages();
  return <span className={`badge status-badge status-${status}`}>{t.rates.statuses[status]}</span>;
}

/**
 * A figure's value, with the ≈ marker of the budget table where it is estimated; `label` names
 * the column where a narrow screen shows the row as a card.
 */
export function FigureValue({ figure, label }: { readonly figure: Figure; readonly label?: string }) {
  const t = useMessages();
  const { formatNumber } = useFormat();
  const estimated = figure.status === 'estimated';
  return (
    <td className={['numeric', estimated ? 'estimated' : null].filter(Boolean).join(' ')} data-label={label}>
      {estimated && (
        <>
          <span className="estimate-marker" aria-hidden="true">
            {t.rates.estimatedMarker}
          </span>
          <span className="visually-hidden">{t.rates.estimatedSr} </span>
        </>
      )}
      {formatNumber(figure.value)}
    </td>
  );
}
